import type { MessageHead } from '../email/message-head';

// Which messages of an archive are summarised, decided from the headers alone.

export interface ArchiveFilter {
  /** Only messages with a list or bulk-mail header (personal mail is skipped unparsed). */
  newslettersOnly: boolean;
  /** Only messages dated on or after this instant; an undated message is kept (nothing says it is older). */
  since: Date | null;
}

export function wantsMessage(filter: ArchiveFilter): (head: MessageHead) => boolean {
  return (head) => {
    if (filter.newslettersOnly && !head.newsletter) return false;
    if (filter.since && head.date && head.date.getTime() < filter.since.getTime()) return false;
    return true;
  };
}

/**
 * `--since` as a user writes it: a day ("2024-03-01", from local midnight) or an ISO date-time.
 * Null when it is not a real date.
 */
export function parseSince(text: string): Date | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const date = new Date(y, m - 1, d);
    return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d
      ? date
      : null;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text.trim())) return null;
  const t = Date.parse(text.trim());
  return Number.isNaN(t) ? null : new Date(t);
}
