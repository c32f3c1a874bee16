import { oneLine } from '../control-chars';
import { EmailSnapshotSchema, type EmailSnapshot } from './snapshot';

// A saved email body (.html, no headers). The subject comes from <title> when there is one;
// everything else is left to the extractors.
export function loadHtml(html: string): EmailSnapshot {
  return EmailSnapshotSchema.parse({
    subject: oneLine(decodeEntities(titleText(html))),
    from: { name: null, address: null },
    date: null,
    html,
    text: null,
    provider: 'file',
  });
}

/**
 * The text of the first <title> element, '' when there is none. In three forward searches: the
 * lazy `<title[^>]*>([\s\S]*?)<\/title>` it replaces rescanned the rest of the file from every
 * `<title` that is never closed, quadratic on a file of them.
 */
function titleText(html: string): string {
  // Global regexes with lastIndex: each search starts where the last one ended. (Not
  // toLowerCase() and indexOf: lowering can change the length of the string, and so the offsets.)
  const openTag = /<title(?=[\s/>])/gi;
  const closeTag = /<\/title/gi;
  if (!openTag.exec(html)) return '';
  const open = html.indexOf('>', openTag.lastIndex);
  if (open < 0) return '';
  closeTag.lastIndex = open;
  const close = closeTag.exec(html);
  return close ? html.slice(open + 1, close.index) : '';
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
