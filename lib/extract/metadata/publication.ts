import type { EmailDoc } from '../blocks/document';
import { foldText, isPersonName } from '../text/byline-names';
import { locateHeadline } from './headline';
import { locateByline } from './byline';
import { findDates } from '../text/meta-date-text';
import { cleanSubject, envelope } from './meta-lead';
import {
  EXPLICIT_SOURCE,
  PUBLISHED_BY,
  RECEIVE_UPDATES,
  SELF_DESCRIPTION,
  SELF_NAMING,
  firstNamed,
  tidyName,
} from './meta-self-naming';
import { perDocument, piecesAtMost } from '../blocks/block-cache';

// Who published the article, which may differ from who sent the email (a digest republishing a
// piece, a campaign forwarding one). Strongest evidence first:
// 1. "Originally published in X" / "This article first appeared in X" / "A version … appeared in X";
// 2. the publication named on the byline line ("Jane Doe · January 20, 2026 · Labor Notes");
// 3. campaign mail ("Paid for by …") is no publication unless it names its own updates;
// 4. the newsletter describing itself ("X is a weekly newsletter");
// 5. a Substack-style From name "Jane Doe from X"; 6. the From name when it is a brand;
// 7. the masthead above the headline; 8. "Thanks for subscribing to X", "this is X", …;
// 9. a copyright holder that is not a person.

const PAID_FOR = /\bpaid for by\s+([^.|]+?)(?:,?\s+inc\.?)?(?:\s+and\b|[.|]|$)/i;

/** Alt text that says nothing of whose logo it is. */
const GENERIC_ALT =
  /^(?:logo|header|banner|image|img|photo|picture|bild|imagen|immagine|imagem|afbeelding|spacer|icon|\d+)$/i;

/**
 * The newsletter's logo at the top, by its alt text: a linked image alone in its block, before
 * any text ("Harbor Morning" on <a href="/"><img alt="Harbor Morning logo"></a>).
 */
function mastheadLogo(doc: EmailDoc): string | null {
  for (const b of doc.blocks.slice(0, 6)) {
    if (b.text.trim()) {
      if (/\p{L}/u.test(b.text) && !b.boilerplate) return null; // text has started
      continue;
    }
    const alt = b.links.length === 1 ? b.links[0]!.text.trim() : '';
    const name = alt
      .replace(/\s*[-–|]?\s*(?:logo|header|banner)$/i, '')
      .replace(/^(?:logo|header|banner)\s*[-–|:]?\s*/i, '')
      .trim();
    if (!name || GENERIC_ALT.test(name) || piecesAtMost(name, 6) > 6) continue;
    if (!/^\p{Lu}/u.test(name) || /[.!?]$/.test(name)) continue;
    return tidyName(name);
  }
  return null;
}

/** A name folded, without a leading article in any of the languages ("Der Stadtbrief" = "Stadtbrief"). */
function withoutArticle(name: string): string {
  return foldText(name).replace(
    /^(?:the|der|die|das|le|la|les|el|los|las|de|het|il|lo|o|a)\s+/,
    '',
  );
}

/** "Labor Notes" after the date on the byline line. */
function fromBylineLine(doc: EmailDoc): string | null {
  const { index: i, authors } = locateByline(doc);
  const b = i >= 0 ? doc.blocks[i] : undefined;
  if (!b) return null;
  const date = findDates(b.text, envelope(doc).date)[0];
  if (!date) return null;
  const after = b.text.slice(date.end).replace(/^[\s|·•,–—-]+/, '');
  const first = after.split(/\s[|·•–—]\s?|\s?[|·•]\s?/)[0] ?? '';
  const name = tidyName(first);
  // "May 7 · Curated by Jane Roe": the part after the date is the byline itself.
  if (name && authors.some((a) => foldText(name).includes(foldText(a)))) return null;
  return name && name.split(/\s+/).length <= 6 && /^\p{Lu}/u.test(name) && !/:/.test(name)
    ? name
    : null;
}

function senderBrand(doc: EmailDoc): string | null {
  const env = envelope(doc);
  const raw = env.fromName?.trim();
  if (!raw) return null;
  const m = /^.+?\s+from\s+(.+)$/i.exec(raw);
  if (m?.[1]) return m[1].trim();
  if (/^team\s/i.test(raw) || /@/.test(raw) || /^x+$/i.test(raw)) return null;
  // A name that shares a word with the sending domain is the brand's ("Blendle Weekoverzicht"
  // from blendle.com); otherwise a person's name is a person, not a publication.
  const domain = foldText(env.fromAddress?.split('@')[1] ?? '').replace(/\s+/g, '');
  const inDomain = foldText(raw)
    .split(' ')
    .some((w) => w.length >= 4 && domain.includes(w));
  if (!inDomain && isPersonName(raw)) return null;
  return raw;
}

/** A short title-like line above the headline: "Open(ish) Machine Learning News", "Axios Chicago". */
function masthead(doc: EmailDoc, headIndex: number, headText: string): string | null {
  const limit = headIndex >= 0 ? headIndex + 1 : 6;
  let seen = 0;
  for (const b of doc.blocks.slice(0, Math.min(limit, 10))) {
    const t = b.text.trim();
    if (!t) continue;
    seen++;
    if (piecesAtMost(t, 20) > 20) break; // body text has started
    if (b.boilerplate || b.kind === 'list-item' || b.kind === 'button' || b.emphasis) continue;
    if (b.kind === 'paragraph' && !b.strong && seen > 4) continue;
    const words = t.split(/\s+/);
    if (words.length > 6 || !/\p{L}{2}/u.test(t)) continue;
    if (/[.!?:,]$|\s:\s/.test(t) || findDates(t, null).length > 0) continue;
    if (
      /\b(?:presented|sponsored|brought to you)\s+by\b|^(?:read|view|open|share)(?:\s|$)/i.test(t)
    )
      continue;
    if (b.index === headIndex && foldText(t) === foldText(headText)) continue;
    if (isPersonName(t)) continue;
    return t.replace(/\s+/g, ' ');
  }
  return null;
}

/** The name in an issue-title subject: "Hacker Newsletter #434", "TTSO du Mardi 31 janvier 2023". */
function nameInIssueSubject(rawSubject: string): string | null {
  const subject = cleanSubject(rawSubject);
  const date = findDates(subject, null).find((d) => d.hasYear);
  const issue = /(?:#\s?\d+|\b(?:issue|no\.?|nr\.?|vol\.?|edition)\s*#?\d+)/i.exec(subject);
  const cut = Math.min(date?.start ?? Infinity, issue?.index ?? Infinity);
  if (!Number.isFinite(cut) || cut === 0) return null;
  const name = subject
    .slice(0, cut)
    .replace(
      /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b/gi,
      '',
    )
    .replace(/\s+(?:du|de|of|for|van|vom|del|le|la)\s*$/i, '')
    .replace(/[\s[\]|:,–—-]+$/, '')
    .replace(/^[\s[]+|\]/g, '')
    .trim();
  return name && name.split(/\s+/).length <= 5 ? name : null;
}

/** "TTSO" becomes "TTSO (Time To Sign Off)" when the email spells the acronym out somewhere. */
function withExpansion(name: string, texts: string[]): string {
  if (!/^\p{Lu}{2,6}$/u.test(name)) return name;
  const re = new RegExp(`\\b${[...name].map((c) => `${c}[\\p{L}'’]*`).join('\\s+')}\\b`, 'u');
  for (const t of texts) {
    const m = re.exec(t);
    if (m && m[0] !== name) return `${name} (${m[0]})`;
  }
  return name;
}

// Asked by the summary and again by the actions extractor: worked out once per document (never
// mutated, so the answer cannot go stale).
export const extractPublication: (doc: EmailDoc) => string | null = perDocument(findPublication);

function findPublication(doc: EmailDoc): string | null {
  const all = doc.blocks.filter((b) => b.text.trim());
  const explicit = firstNamed(all, EXPLICIT_SOURCE) ?? firstNamed(all, PUBLISHED_BY, true);
  if (explicit) return explicit;
  const onByline = fromBylineLine(doc);
  if (onByline) return onByline;

  const paid = all.map((b) => PAID_FOR.exec(b.text)).find(Boolean);
  if (paid?.[1]) {
    // Campaign mail: only a newsletter it names is a publication, given its full committee name.
    const own = firstNamed(all, [RECEIVE_UPDATES]);
    if (!own) return null;
    const committee = paid[1].replace(/,?\s*inc\.?$/i, '').trim();
    return foldText(committee).startsWith(foldText(own)) ? committee : own;
  }
  const head = locateHeadline(doc);
  const top = masthead(doc, head.index, head.headline);
  const described = firstNamed(all, SELF_DESCRIPTION);
  const brandName = senderBrand(doc);
  // "Der Stadtbrief Freiburg ist ein Newsletter …" from "Stadtbrief Freiburg": the sender's form.
  if (described && brandName && withoutArticle(described) === withoutArticle(brandName)) {
    return brandName;
  }
  if (described) {
    // The masthead often spells the same name more fully ("FS | BRAIN FOOD" for "Brain Food").
    const sameName = top && foldText(top) === foldText(described);
    return top && !sameName && foldText(top).includes(foldText(described)) ? top : described;
  }
  if (brandName) return brandName;
  if (top) return top;
  const logo = mastheadLogo(doc);
  if (logo) return logo;
  const fromSubject = nameInIssueSubject(envelope(doc).subject);
  if (fromSubject)
    return withExpansion(
      fromSubject,
      all.map((b) => b.text),
    );
  const selfNamed = firstNamed(all, SELF_NAMING);
  if (selfNamed) return selfNamed;
  for (const b of all) {
    const m =
      /(?:©|\(c\))\s*(?:\d{4}\s*)?(?:[-–]\s*(?:\d{4}|present)\s*)?([^\d|©]{3,60}?)(?=\s+\d|\s*[|,.]|\s+(?:all rights|unsubscribe)|$)/i.exec(
        b.text,
      );
    const name = m?.[1] ? tidyName(m[1].replace(/,?\s*(?:llc|inc|ltd|l\.p)\.?$/i, '')) : null;
    if (name && !isPersonName(name)) return name;
  }
  return null;
}
