import { EmailSnapshotSchema, type EmailSnapshot } from './snapshot';

// A saved email body (.html, no headers). The subject comes from <title> when there is one;
// everything else is left to the extractors.
export function loadHtml(html: string): EmailSnapshot {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
  return EmailSnapshotSchema.parse({
    subject: decodeEntities(title).replace(/\s+/g, ' ').trim(),
    from: { name: null, address: null },
    date: null,
    html,
    text: null,
    provider: 'file',
  });
}

/** A numeric character reference, or U+FFFD where it names no character (never throws). */
function codePoint(n: number): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff)
    ? String.fromCodePoint(n)
    : '\uFFFD';
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d{1,8});/g, (_, n: string) => codePoint(Number(n)))
    .replace(/&#x([0-9a-f]{1,8});/gi, (_, n: string) => codePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}
