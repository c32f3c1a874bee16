import type { Block, EmailDoc } from '../blocks/document';
import { perDocument } from '../blocks/block-cache';
import { foldText } from '../text/byline-names';
import { findDates } from '../text/meta-date-text';

// Small helpers shared by the headline, byline, publication and date extractors.

/** Content blocks that carry words (not boilerplate, not bare separators or image slots). */
// Four extractors ask per email; the list is read, never changed, so it is built once.
export const meaningfulBlocks: (doc: EmailDoc) => Block[] = perDocument((doc) =>
  doc.blocks.filter((b) => !b.boilerplate && /[\p{L}\p{N}]/u.test(b.text)),
);

/** Folded words of a text (case, accents and punctuation removed). */
export function wordsOf(text: string): string[] {
  return foldText(text).split(' ').filter(Boolean);
}

const REPLY_PREFIX = /^(?:\s*(?:re|fwd?|fw|tr|wg|aw|sv|vs|doorgestuurd)\s*(?:\[\d+\])?\s*:\s*)+/i;

/** The subject without reply/forward prefixes and without decorative emoji at either end. */
export function cleanSubject(subject: string): string {
  return (
    subject
      .replace(REPLY_PREFIX, '')
      // A mailing list's tag ("[transit-advocates] …"), lower-case like list addresses; a
      // newsletter's own bracketed name ("[The CloudSecList] Issue 33") is part of its title.
      .replace(/^\s*\[[a-z0-9][a-z0-9._+@-]*\]\s*/, '')
      .replace(REPLY_PREFIX, '')
      .replace(/^(?:\s|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)+/u, '')
      .replace(/(?:\s|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)+$/u, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Words that make a Subject's first part the newsletter's name, not the story's title. */
const NEWSLETTER_WORD =
  /\b(?:newsletter|nieuwsbrief|rundbrief|rundschreiben|infobrief|lettre|bolet[íi]n|bulletin|digest|weekly|daily|briefing|roundup|notiziario)\b/iu;

/**
 * The Subject's story title: "Philly Bike Action September Newsletter - Take the Lane" →
 * "Take the Lane". The part before a dash, bar or colon goes when it names the newsletter (a
 * newsletter word, or one of the email's own names); anything else stays ("TAKE ACTION: …").
 */
export function subjectTitle(subject: string, ownNames: string[]): string {
  // The name part has no sentence punctuation of its own ("PBA October Newsletter! Oct 12: …").
  const m = /^([^.!?]{3,80}?)\s+[-–—|]\s+(.+)$|^([^.!?]{3,60}?):\s+(.+)$/u.exec(subject);
  if (!m) return subject;
  const head = (m[1] ?? m[3])!;
  const rest = (m[2] ?? m[4])!;
  if (wordsOf(rest).length < 3) return subject;
  const folded = foldText(head);
  const named =
    NEWSLETTER_WORD.test(head) ||
    ownNames.some((n) => n.length >= 3 && (folded === n || folded.startsWith(`${n} `)));
  return named ? rest.trim() : subject;
}

// `--` stands for a run of dashes: `-{2,}` unanchored backtracks quadratically on a long run.
const FORWARD_MARKER =
  /--\s*forwarded message\s*--|^begin forwarded message|^-{2,}\s*original message\s*--/i;
const HEADER_END = String.raw`(?=\s+(?:from|date|sent|subject|to|cc)\s*:|$)`;

/**
 * Who and what the newsletter itself says, seen through a forward: a forwarded message's own
 * From / Date / Subject header block replaces the forwarder's envelope. `subjectIsOwn` is false
 * when the email is a forward whose original subject could not be read.
 */
export interface Envelope {
  subject: string;
  fromName: string | null;
  fromAddress: string | null;
  date: Date | null;
  forwarded: boolean;
  subjectIsOwn: boolean;
}

export const envelope: (doc: EmailDoc) => Envelope = perDocument(readEnvelope);

function readEnvelope(doc: EmailDoc): Envelope {
  const base: Envelope = {
    subject: doc.snapshot.subject,
    fromName: doc.snapshot.from.name,
    fromAddress: doc.snapshot.from.address,
    date: doc.emailDate,
    forwarded: /^\s*(?:fwd?|fw|tr|wg|doorgestuurd)\s*:/i.test(doc.snapshot.subject),
    subjectIsOwn: true,
  };
  const i = doc.blocks.slice(0, 12).findIndex((b) => FORWARD_MARKER.test(b.text.trim()));
  if (i < 0) return { ...base, subjectIsOwn: !base.forwarded };
  const text = doc.blocks
    .slice(i, i + 5)
    .map((b) => b.text)
    .join(' ');
  const header = (name: string): string | null =>
    new RegExp(String.raw`\b${name}\s*:\s*(.+?)${HEADER_END}`, 'i').exec(text)?.[1]?.trim() ?? null;
  const from = header('from');
  const fromMatch = from ? /^"?([^"<]*?)"?\s*<([^>\s]+)>/.exec(from) : null;
  const subject = header('subject');
  const dateText = header('date') ?? header('sent');
  const date = dateText ? (findDates(dateText, null)[0]?.date ?? null) : null;
  return {
    subject: subject ?? base.subject,
    fromName: fromMatch ? fromMatch[1]!.trim() || null : from,
    fromAddress: fromMatch?.[2] ?? null,
    date: date ?? base.date,
    forwarded: true,
    subjectIsOwn: subject !== null,
  };
}

/** The email is someone forwarding a newsletter and its subject is the forwarder's. */
export function isForwarded(doc: EmailDoc): boolean {
  return !envelope(doc).subjectIsOwn;
}

/**
 * A readable title from a post URL's last path segment ("here-s-how-to-fix-twitter-79632ecb" →
 * "Here's how to fix twitter"), or null when the URL has no word slug.
 */
export function titleFromUrlSlug(href: string): string | null {
  let last: string;
  try {
    // Both throw on malformed input (a bad URL, a stray "%"): then there is simply no slug.
    last = decodeURIComponent(new URL(href).pathname.split('/').filter(Boolean).pop() ?? '');
  } catch {
    return null;
  }
  const seg = last.replace(/\.[a-z]{2,5}$/i, '').replace(/-[0-9a-f]{6,}$/i, '');
  const words = seg.split(/[-_]+/).filter(Boolean);
  if (words.length < 3 || words.some((w) => /\d{4,}/.test(w))) return null;
  const text = words
    .join(' ')
    .replace(/\b(\p{L}+) (s|t|re|ll|ve|d|m)\b/gu, (_, w: string, c: string) => `${w}'${c}`);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
