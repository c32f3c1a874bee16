import { simpleParser, type AddressObject } from 'mailparser';
import { EmailSnapshotSchema, type EmailSnapshot } from './snapshot';

// Raw RFC 822 message through mailparser (Node only: CLI, tests, eval). HTML part preferred, text
// part otherwise; mailparser decodes transfer encodings and any charset.

function firstAddress(from: AddressObject | AddressObject[] | undefined): {
  name: string | null;
  address: string | null;
} {
  const obj = Array.isArray(from) ? from[0] : from;
  const first = obj?.value[0];
  return { name: first?.name?.trim() || null, address: first?.address?.trim() || null };
}

export class EmailParseError extends Error {}

export async function loadEml(raw: Buffer | string): Promise<EmailSnapshot> {
  const source = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  if (source.length === 0) throw new EmailParseError('empty file');
  const head = source.subarray(0, 8192).toString('latin1');
  if (!/^[\w-]+:/m.test(head)) throw new EmailParseError('not an email message (no headers)');
  const mail = await simpleParser(source, { skipImageLinks: true, skipTextToHtml: true });
  const html = typeof mail.html === 'string' && mail.html.trim() ? mail.html : null;
  const text = mail.text?.trim() ? mail.text : null;
  if (!html && !text) throw new EmailParseError('the message has no text or HTML body');
  return EmailSnapshotSchema.parse({
    subject: mail.subject?.trim() ?? '',
    from: firstAddress(mail.from),
    date: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date.toISOString() : null,
    html,
    text,
    provider: 'file',
  });
}
