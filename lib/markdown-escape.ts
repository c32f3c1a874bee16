import { safeHref } from './panel/safe-url';

// Text from an email written into Markdown (the Obsidian notes, "Copy quote → Markdown") must read
// as the same text in any Markdown viewer: no image, iframe, link or formatting the email wrote as
// text. Every pass here is a single scan (split, replace with a character class): linear in the
// input, whatever it holds.

/** Characters that start Markdown or HTML inline syntax, escaped with a backslash (CommonMark). */
const INLINE_SYNTAX = /[\\`*_[\]<>~|$]/g;

/** A line that would start a heading, list, quote or setext underline. */
const LINE_START = /^(\s*)(?:([#>+=-])|(\d+)([.)]))/;

/** Words a viewer would turn into a link on its own (GFM, Obsidian, markdown-it linkify). */
const LINK_MARKERS = ['://', 'www.', 'mailto:'];

/** A code span around `text` (shown verbatim, never linked), fenced longer than any run inside. */
function codeSpan(text: string): string {
  let longest = 0;
  let run = 0;
  for (const ch of text) {
    run = ch === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function escapeWord(word: string): string {
  const lower = word.toLowerCase();
  const at = word.indexOf('@');
  const email = at >= 0 && word.indexOf('.', at) > at + 1; // GFM links bare addresses too
  if (email || LINK_MARKERS.some((m) => lower.includes(m))) return codeSpan(word);
  // Obsidian hides text between %% marks (a comment).
  return word.replace(INLINE_SYNTAX, '\\$&').replace(/%%/g, '%\\%');
}

function escapeLine(line: string): string {
  const escaped = line
    .split(/(\s+)/)
    .map((part, i) => (i % 2 ? part : escapeWord(part)))
    .join('');
  return escaped.replace(
    LINE_START,
    (_all, space: string, mark?: string, digits?: string, dot?: string) =>
      mark ? `${space}\\${mark}` : `${space}${digits ?? ''}\\${dot ?? ''}`,
  );
}

/** Email text as literal Markdown text: each line keeps its words, none of them live. */
export function markdownText(text: string): string {
  return text.split('\n').map(escapeLine).join('\n');
}

/** One line of Markdown text (headings, list items): line breaks become spaces. */
export function markdownInline(text: string): string {
  return markdownText(text.replace(/\s+/g, ' ').trim());
}

/**
 * A link destination, or null when the URL is not http(s)/mailto. Parentheses are
 * percent-encoded so a `)` in the URL cannot close the link early; the URL parser has already
 * encoded spaces, quotes and angle brackets.
 */
export function markdownUrl(raw: string | null | undefined): string | null {
  const href = safeHref(raw);
  return href ? href.replace(/\(/g, '%28').replace(/\)/g, '%29') : null;
}

/** `[text](url)`, or the escaped text alone when the URL is not one a reader may follow. */
export function markdownLink(text: string, url: string | null | undefined): string {
  const href = markdownUrl(url);
  return href ? `[${markdownInline(text)}](${href})` : markdownInline(text);
}
