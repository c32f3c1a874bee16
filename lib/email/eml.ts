import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { oneLine, withoutNul } from '../control-chars';
import { EmailSnapshotSchema, type EmailSnapshot } from './snapshot';
import { headerOffsetMinutes, isoWithOffset } from './dates';
import { EmailParseError } from './errors';
import { binaryReason } from './binary';
import { FallbackIconv, rawHeaderFallback, relabelUtf8Parts } from './utf8-fallback';
import { parseFromLine } from './printed-text';

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
  return {
    name: oneLine(first?.name ?? '') || null,
    address: oneLine(first?.address ?? '') || null,
  };
}

/** Throws EmailParseError unless the bytes look like an RFC 822 message. */
export function assertLooksLikeEmail(source: Buffer): void {
  if (source.length === 0) throw new EmailParseError('empty file');
  const binary = binaryReason(source);
  if (binary) throw new EmailParseError(binary);
  const head = source.subarray(0, 8192);
  const text = head.toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  if (!text.trim()) throw new EmailParseError('empty file');
  // The header block: everything up to the first blank line.
  const headerBlock = text.split(/\r?\n\r?\n/, 1)[0] ?? '';
  if (!/^[\w-]+[ \t]*:/.test(headerBlock.trimStart()) || !KNOWN_HEADER.test(headerBlock)) {
    throw new EmailParseError('not an email message (no mail headers at the top)');
  }
}

/** mailparser as the loader uses it: no HTML-to-text or text-to-HTML work the parser redoes. */
function parse(source: Buffer, withFallback: boolean): Promise<ParsedMail> {
  return simpleParser(source, {
    skipImageLinks: true,
    skipTextToHtml: true,
    // The HTML is what the parser reads; converting it to text too costs time and, on a huge
    // body, prints a warning of its own to stderr.
    skipHtmlToText: true,
    ...(withFallback ? { Iconv: FallbackIconv } : {}),
  });
}

/** Attached messages (a newsletter forwarded "as attachment") are followed this deep. */
const MAX_NESTING = 3;
/** An outer message with fewer words than this is only a wrapper around what it forwards. */
const WRAPPER_WORDS = 60;

function wordCount(html: string | null, text: string | null): number {
  const plain = text ?? (html ?? '').replace(/<[^<>]*>/g, ' ');
  return plain.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export async function loadEml(raw: Buffer | string, depth = 0): Promise<EmailSnapshot> {
  let source = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  // An mbox export starts with a "From sender date" envelope line: not part of the message.
  if (source.subarray(0, 5).toString('latin1') === 'From ') {
    const nl = source.indexOf(10);
    source = nl > 0 ? source.subarray(nl + 1) : source;
  }
  assertLooksLikeEmail(source);
  let mail: ParsedMail;
  try {
    mail = await parse(source, false);
    // A body declared UTF-8 that is not (Latin-1 bytes): decode those parts as windows-1252,
    // as the .html loader does, instead of showing U+FFFD.
    const decoded = `${typeof mail.html === 'string' ? mail.html : ''}${mail.text ?? ''}`;
    if (decoded.includes('\uFFFD')) {
      const relabelled = relabelUtf8Parts(source);
      if (relabelled) mail = await parse(relabelled, true);
    }
  } catch (e) {
    throw new EmailParseError(
      `unreadable email message: ${oneLine(e instanceof Error ? e.message : String(e))}`,
    );
  }
  const html = typeof mail.html === 'string' && mail.html.trim() ? withoutNul(mail.html) : null;
  const text = mail.text?.trim() ? withoutNul(mail.text) : null;
  // A newsletter forwarded as an attachment: the outer message only wraps it.
  const attached = mail.attachments.find((a) => a.contentType === 'message/rfc822');
  if (attached && depth < MAX_NESTING && wordCount(html, text) < WRAPPER_WORDS) {
    try {
      return await loadEml(attached.content, depth + 1);
    } catch {
      // Not a readable message after all: fall back to the outer one.
    }
  }
  if (!html && !text) throw new EmailParseError('the message has no text or HTML body');
  return EmailSnapshotSchema.parse({
    subject: oneLine(rawHeaderFallback(mail.subject ?? '', mail.headerLines, 'subject')),
    from: senderOf(mail),
    date: messageDate(mail.date, mail.headerLines),
    html,
    text,
    provider: 'file',
    delivery: deliveryOf(mail),
  });
}

/** List mail or not, and how many it was addressed to: evidence for a personal message. */
function deliveryOf(mail: ParsedMail): { list: boolean; recipients: number } {
  const precedence = String(mail.headers.get('precedence') ?? '').toLowerCase();
  const list =
    mail.headers.has('list-unsubscribe') ||
    mail.headers.has('list-id') ||
    /\b(?:bulk|list|junk)\b/.test(precedence);
  const count = (a: AddressObject | AddressObject[] | undefined): number =>
    (Array.isArray(a) ? a : a ? [a] : []).reduce((n, o) => n + o.value.length, 0);
  return { list, recipients: count(mail.to) + count(mail.cc) };
}

/** The sender; a name sent as raw Latin-1 bytes (U+FFFD once decoded) is read from the raw line. */
function senderOf(mail: ParsedMail): { name: string | null; address: string | null } {
  const first = firstAddress(mail.from);
  if (!first.name?.includes('\uFFFD')) return first;
  const again = parseFromLine(rawHeaderFallback(first.name, mail.headerLines, 'from'));
  return again.name && !again.name.includes('\uFFFD')
    ? { name: oneLine(again.name), address: first.address }
    : first;
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
