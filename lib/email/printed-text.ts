import { EmailSnapshotSchema, type EmailSnapshot } from './snapshot';
import { headerOffsetMinutes, isoWithOffset } from './dates';
import { EmailParseError } from './errors';

// The printed-email archive shape: `From …`, `Subject …`, `Date …` lines (with or without a
// colon, in any order, other header lines such as To/Cc/Sent allowed), then the text body.

const HEADER = /^(From|Subject|Date|Sent|To|Cc|Reply-To)\s*:?\s+(.*)$/i;

export function parseFromLine(value: string): { name: string | null; address: string | null } {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]*)>\s*$/.exec(value);
  if (m) return { name: m[1]?.trim() || null, address: m[2]?.trim() || null };
  const v = value.trim();
  if (/^\S+@\S+$/.test(v)) return { name: null, address: v };
  return { name: v || null, address: null };
}

export function loadPrintedText(content: string): EmailSnapshot {
  const lines = content
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const headers: Record<string, string> = {};
  let i = 0;
  // Leading blank lines before the header lines are tolerated.
  while (i < lines.length && i < 5 && lines[i]!.trim() === '') i++;
  for (; i < lines.length && i < 16; i++) {
    const m = HEADER.exec(lines[i]!);
    if (!m) break;
    const key = m[1]!.toLowerCase();
    headers[key === 'sent' ? 'date' : key] ??= m[2]!.trim();
  }
  const body = lines.slice(i).join('\n');
  if (!body.trim()) throw new EmailParseError('the email has no body text');
  return EmailSnapshotSchema.parse({
    subject: headers.subject ?? '',
    from: headers.from ? parseFromLine(headers.from) : { name: null, address: null },
    date: headers.date ? parsePrintedDate(headers.date) : null,
    html: null,
    text: body,
    provider: 'file',
  });
}

/**
 * "January 21, 2026 1:00 AM", "Wed, Jan 21, 2026 at 1:00 AM" and RFC 2822 dates. With an offset
 * in the text the result keeps it; without one it is the wall-clock time as printed (no zone), so
 * the machine's time zone never moves the day. Null when unreadable.
 */
export function parsePrintedDate(value: string): string | null {
  const cleaned = value.replace(/\s+at\s+/i, ' ').trim();
  const d = new Date(cleaned);
  if (Number.isNaN(d.getTime())) return null;
  const offset = headerOffsetMinutes(cleaned);
  if (offset !== null) return isoWithOffset(d, offset);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
