import type { EmailDoc } from './document';

/** YYYY-MM-DD of a Date in UTC. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The article's own date when stated, else the email's. First cut: the email's. */
export function extractArticleDate(doc: EmailDoc): string | null {
  return doc.emailDate ? isoDay(doc.emailDate) : null;
}
