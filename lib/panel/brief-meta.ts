import type { Summary } from '../schema';

// The brief's byline line: authors, publication, and "via" the sender where they differ.

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export function senderVia(summary: Summary): string | null {
  const sender = summary.sender.name ?? summary.sender.address;
  if (!sender) return null;
  if (!summary.publication) return sender;
  const a = norm(sender);
  const b = norm(summary.publication);
  return a.includes(b) || b.includes(a) ? null : sender;
}

export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "12 March 2026" in the reader's locale, from YYYY-MM-DD, without a time-zone shift. */
export function formatIsoDate(iso: string, locale?: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}
