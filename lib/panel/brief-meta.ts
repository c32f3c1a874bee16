import type { Summary } from '../schema';

// The brief's byline line: authors, publication, and "via" the sender where they differ.

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A redaction placeholder or no name at all: only x's, punctuation, digits, "redacted"… */
export function isPlaceholderName(name: string): boolean {
  const n = norm(name.replace(/@.*$/, ''));
  return (
    n.length === 0 ||
    /^x+$/.test(n) ||
    /^\p{N}+$/u.test(n) ||
    /^(redacted|unknown|anonymous|noreply|none|null|sender|name)$/.test(n)
  );
}

export function senderVia(summary: Summary): string | null {
  const sender = (summary.sender.name ?? summary.sender.address ?? '').trim();
  if (!sender || isPlaceholderName(sender)) return null;
  if (!summary.publication) return sender;
  const a = norm(sender);
  const b = norm(summary.publication);
  return a.includes(b) || b.includes(a) ? null : sender;
}

export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const isoToDate = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** A YYYY-MM-DD day in the reader's locale, without a time-zone shift; the text itself if invalid. */
function formatDay(iso: string, locale: string | undefined, o: Intl.DateTimeFormatOptions): string {
  const d = isoToDate(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(locale, { ...o, timeZone: 'UTC' });
}

/** "12 March 2026". */
export const formatIsoDate = (iso: string, locale?: string) =>
  formatDay(iso, locale, { year: 'numeric', month: 'long', day: 'numeric' });

/** "Sat, 5 Dec 2026": an event's day, weekday first. */
export const formatEventDate = (iso: string, locale?: string) =>
  formatDay(iso, locale, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' });

/** The parts of a calendar-page date tile — "Jan", "23", "2026" — in the reader's locale. */
export function dateTileParts(
  iso: string,
  locale?: string,
): { month: string; day: string; year: string } | null {
  const d = isoToDate(iso);
  if (Number.isNaN(d.getTime())) return null;
  const part = (o: Intl.DateTimeFormatOptions) =>
    d.toLocaleDateString(locale, { ...o, timeZone: 'UTC' });
  return {
    month: part({ month: 'short' }).replace(/\.$/, ''),
    day: String(d.getUTCDate()),
    year: String(d.getUTCFullYear()),
  };
}

const MONTHS = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t(?:ember)?)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
];
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+';

/**
 * A call to action's label without the date it repeats, when the date written at its end (or
 * start) is the action's own date: "Day of protest January 23" → "Day of protest", so the date
 * shows once, in its chip. Anything else, and any label that would be left empty, is unchanged.
 */
export function labelWithoutDate(label: string, iso: string | null): string {
  if (!iso) return label;
  const m = /^\d{4}-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return label;
  const month = MONTHS[Number(m[1]) - 1];
  if (!month) return label;
  const day = `0?${Number(m[2])}(?:st|nd|rd|th)?`;
  const year = `(?:,?\\s+${iso.slice(0, 4)})?`;
  const date = `(?:${WEEKDAY})?(?:${month}\\.?\\s+${day}|${day}\\s+(?:of\\s+)?${month}\\.?)${year}`;
  const tail = new RegExp(`[\\s,:–—-]*(?:\\b(?:on|this|next)\\s+)?${date}\\s*[.!]?$`, 'iu');
  const head = new RegExp(`^${date}\\s*[:,–—-]\\s*`, 'iu');
  for (const re of [tail, head]) {
    const rest = label.replace(re, '').trim();
    if (rest !== label.trim() && /\p{L}{2}/u.test(rest)) return rest;
  }
  return label;
}

/**
 * The brief's one byline line, as its parts in order: "By …", the publication ("via" the sender
 * where they differ), the date and the reading time. Joined with " · " where shown or copied.
 */
export function bylineParts(summary: Summary, locale?: string): string[] {
  const via = senderVia(summary);
  const source = [summary.publication, via ? `via ${via}` : null].filter(Boolean).join(' ');
  return [
    summary.authors.length > 0 ? `By ${joinNames(summary.authors)}` : null,
    source || null,
    summary.date ? formatIsoDate(summary.date, locale) : null,
    summary.readingMinutes <= 1 ? '1 min read' : `${summary.readingMinutes} min read`,
  ].filter((p): p is string => p !== null);
}
