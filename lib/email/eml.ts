import { simpleParser, type AddressObject } from 'mailparser';
import { EmailSnapshotSchema, type EmailSnapshot } from './snapshot';
import { headerOffsetMinutes, isoWithOffset } from './dates';
import { EmailParseError } from './errors';

// Raw RFC 822 message through mailparser (Node only: CLI, tests, eval). HTML part preferred, text
// part otherwise; mailparser decodes transfer encodings and any charset (iconv-lite).

export { EmailParseError };

/** Header names that real messages carry; a file whose head has none of them is not an email. */
const KNOWN_HEADER =
  /^(from|to|subject|date|received|return-path|message-id|mime-version|content-type|delivered-to|reply-to|sender|x-[\w-]+)\s*:/im;

function firstAddress(from: AddressObject | AddressObject[] | undefined): {
  name: string | null;
  address: string | null;
} {
  const obj = Array.isArray(from) ? from[0] : from;
  const first = obj?.value[0];
  return { name: first?.name?.trim() || null, address: first?.address?.trim() || null };
}

/** Throws EmailParseError unless the bytes look like an RFC 822 message. */
export function assertLooksLikeEmail(source: Buffer): void {
  if (source.length === 0) throw new EmailParseError('empty file');
  const head = source.subarray(0, 8192);
  if (head.includes(0)) throw new EmailParseError('binary file, not an email message');
  const text = head.toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  if (!text.trim()) throw new EmailParseError('empty file');
  // The header block: everything up to the first blank line.
  const headerBlock = text.split(/\r?\n\r?\n/, 1)[0] ?? '';
  if (!/^[\w-]+[ \t]*:/.test(headerBlock.trimStart()) || !KNOWN_HEADER.test(headerBlock)) {
    throw new EmailParseError('not an email message (no mail headers at the top)');
  }
}

export async function loadEml(raw: Buffer | string): Promise<EmailSnapshot> {
  let source = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  // An mbox export starts with a "From sender date" envelope line: not part of the message.
  if (source.subarray(0, 5).toString('latin1') === 'From ') {
    const nl = source.indexOf(10);
    source = nl > 0 ? source.subarray(nl + 1) : source;
  }
  assertLooksLikeEmail(source);
  let mail;
  try {
    mail = await simpleParser(source, { skipImageLinks: true, skipTextToHtml: true });
  } catch (e) {
    throw new EmailParseError(
      `unreadable email message: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  const html = typeof mail.html === 'string' && mail.html.trim() ? mail.html : null;
  const text = mail.text?.trim() ? mail.text : null;
  if (!html && !text) throw new EmailParseError('the message has no text or HTML body');
  return EmailSnapshotSchema.parse({
    subject: mail.subject?.replace(/\s+/g, ' ').trim() ?? '',
    from: firstAddress(mail.from),
    date: messageDate(mail.date, mail.headerLines),
    html,
    text,
    provider: 'file',
  });
}

/** ISO date-time in the sender's own offset (from the raw Date header), else UTC; null if none. */
function messageDate(
  date: Date | undefined,
  headerLines: ReadonlyArray<{ key: string; line: string }>,
): string | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  const line = headerLines.find((h) => h.key === 'date')?.line ?? '';
  const offset = headerOffsetMinutes(line.replace(/^date\s*:\s*/i, ''));
  return offset === null ? date.toISOString() : isoWithOffset(date, offset);
}
