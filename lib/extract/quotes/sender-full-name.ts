import { cleanName, foldText, isPersonName } from '../text/byline-names';

// A speaker the email names by a given name only ("Bernie told the crowd …") is often the person
// who sends it: a campaign or a personal newsletter. Their full name is in the From name, or
// spelled as one word in the sending domain (firstnamelastname.com).

/**
 * The sender's full name for a lone given name, or null: "Bernie" with From "Bernie Sanders", or
 * with an address at berniesanders.example ("Bernie" + "Sanders").
 */
export function senderFullName(
  given: string,
  from: { name: string | null; address: string | null },
): string | null {
  if (given.includes(' ')) return null;
  const key = foldText(given);
  if (key.length < 3 || !/^[a-z]+$/u.test(key)) return null;
  if (from.name && isPersonName(from.name)) {
    const full = cleanName(from.name);
    if (foldText(full.split(' ')[0]!) === key) return full;
  }
  const domain = (from.address ?? '').split('@')[1] ?? '';
  const label = domain.toLowerCase().split('.')[0] ?? '';
  // The rest of the label is the surname: three letters or more, letters only.
  if (!label.startsWith(key) || !/^[a-z]+$/u.test(label)) return null;
  const rest = label.slice(key.length);
  if (rest.length < 3 || rest.length > 16) return null;
  const full = `${given} ${rest[0]!.toUpperCase()}${rest.slice(1)}`;
  // "Acme" at acmenews.example is a brand ("Acme News"), not a person.
  return isPersonName(full) ? full : null;
}
