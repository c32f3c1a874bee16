import { EmailSnapshotSchema, type EmailSnapshot } from './snapshot';

// The printed-email archive shape: `From …`, `Subject …`, `Date …` lines (with or without a
// colon), a blank line, then the text body.

const HEADER = /^(From|Subject|Date|To)\s*:?\s+(.*)$/i;

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
  for (; i < lines.length && i < 12; i++) {
    const line = lines[i]!;
    const m = HEADER.exec(line);
    if (!m) break;
    headers[m[1]!.toLowerCase()] = m[2]!.trim();
  }
  const body = lines.slice(i).join('\n');
  const parsedDate = headers.date ? parsePrintedDate(headers.date) : null;
  return EmailSnapshotSchema.parse({
    subject: headers.subject ?? '',
    from: headers.from ? parseFromLine(headers.from) : { name: null, address: null },
    date: parsedDate,
    html: null,
    text: body,
    provider: 'file',
  });
}

/** "January 21, 2026 1:00 AM" and RFC 2822 dates; null when unreadable. */
function parsePrintedDate(value: string): string | null {
  const d = new Date(value.replace(/\s+at\s+/i, ' '));
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
