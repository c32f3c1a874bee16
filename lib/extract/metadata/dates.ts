import type { EmailDoc } from '../blocks/document';
import { locateHeadline } from './headline';
import { locateByline } from './byline';
import { cleanSubject, envelope } from './meta-lead';
import { findDates } from '../text/meta-date-text';

/** YYYY-MM-DD of a Date in UTC. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

const DAY = 86_400_000;

/**
 * The year to read "Oct 27" in when the email has no Date header: a copyright year, else the
 * first date in the body that states its year.
 */
function referenceDate(doc: EmailDoc): Date | null {
  const sent = envelope(doc).date;
  if (sent) return sent;
  for (const b of doc.blocks) {
    const m = /(?:©|\(c\)|copyright)\s*(\d{4})/i.exec(b.text);
    if (m) return new Date(Date.UTC(Number(m[1]), 11, 31));
  }
  for (const b of doc.blocks) {
    const d = findDates(b.text, null)[0];
    if (d) return new Date(d.date.getTime() + 60 * DAY);
  }
  return null;
}

/** A date that stands more or less alone: "Feb 18", "March 7, 2022 | Read Online", "#418 — January 4, 2019". */
function datelineDate(raw: string, ref: Date | null): Date | null {
  // A date inside a web address ("…/2015-04-12/story") dates a page, not this article.
  const text = raw.replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ');
  const found = findDates(text, ref)[0];
  if (!found) return null;
  const rest = (text.slice(0, found.start) + ' ' + text.slice(found.end))
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  return rest.length <= 10 ? found.date : null;
}

/**
 * The article's own date when the body states it next to the title or byline (or the subject
 * names the date), else the email's date. A date later than the email is an event, not
 * the article's.
 */
export function extractArticleDate(doc: EmailDoc): string | null {
  const sent = envelope(doc).date;
  const ref = referenceDate(doc);
  const notAfterEmail = (d: Date): boolean => !sent || d.getTime() <= sent.getTime() + DAY;

  const byline = locateByline(doc).index;
  if (byline >= 0) {
    const b = doc.blocks[byline];
    const d = b ? findDates(b.text, ref)[0]?.date : undefined;
    if (d && notAfterEmail(d)) return isoDay(d);
  }
  const head = locateHeadline(doc).index;
  const zone = new Set<number>();
  for (let i = 0; i < Math.min(8, doc.blocks.length); i++) zone.add(i);
  if (head >= 0)
    for (let i = Math.max(0, head - 4); i < Math.min(doc.blocks.length, head + 8); i++) zone.add(i);
  for (const i of [...zone].sort((a, b) => a - b)) {
    const b = doc.blocks[i];
    if (!b || !b.text.trim()) continue;
    const d = datelineDate(b.text, ref);
    if (d && notAfterEmail(d)) return isoDay(d);
  }
  const inSubject = findDates(cleanSubject(envelope(doc).subject), ref).find((f) => f.hasYear);
  if (inSubject && notAfterEmail(inSubject.date)) return isoDay(inSubject.date);
  return sent ? isoDay(sent) : null;
}
