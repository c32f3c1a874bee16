import { oneLine, stripControlChars } from './control-chars';
import { safeHref } from './panel/safe-url';

// Text from an email written into Markdown (the CLI's brief, the Obsidian notes, "Copy quote →
// Markdown") stays text. A viewer (GitHub, Obsidian, markdown-it, marked) would otherwise render
// what the email wrote as Markdown or HTML: an image that calls a tracker, a link under any label,
// raw HTML, and autolinks made from bare addresses. Markdown and HTML characters are escaped, a
// line cannot start a heading, list or quote, and anything an autolinker would pick up (a URL, a
// www. or e-mail address, a domain name) goes in a code span, where no viewer links. Every pass is
// a single scan: linear in the input, whatever it holds.

/** Characters Markdown (CommonMark, GFM, Obsidian) gives a meaning in running text. */
const MARKDOWN_CHARS = /[\\`*_[\]~#$|]/g;
/** HTML: tags, comments, angle-bracket autolinks and entities. */
const HTML_CHARS = /[&<>]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** A list item, quote or heading marker at the start of a line. */
const LEADING_MARKER = /^(\s*)(?:([-+=>#])|(\d+)([.)]))/;

/**
 * A run of text an autolinker would turn into a link: any scheme followed by "//", www., mailto: /
 * xmpp:, an e-mail address, or a name ending in a dot and a top-level-domain-like word.
 */
const LINKISH =
  // The scheme is bounded ({0,31}) so a long word is not rescanned from each of its letters.
  /[a-z][\w+.-]{0,31}:\/\/|www\.|\b(?:mailto|xmpp):|[^\s@]@[^\s@.]+\.[^\s@]|[a-z\d-]\.[a-z]{2}/i;

/** `&`, `<` and `>` as entities: no tag, comment or entity of the text's own survives. */
export function escapeHtml(text: string): string {
  return text.replace(HTML_CHARS, (c) => ENTITY[c]!);
}

function escapePlain(text: string): string {
  // Obsidian hides text between %% marks (a comment).
  return escapeHtml(text).replace(MARKDOWN_CHARS, '\\$&').replace(/%%/g, '%\\%');
}

/** One line of text as Markdown that shows exactly that text and makes nothing live. */
function escapeLine(line: string): string {
  let out = '';
  let last = 0;
  // Words (runs without space or backtick) that look like links become code spans; a code span
  // cannot hold a backtick it does not end at, so backticks stay outside, escaped.
  for (const m of line.matchAll(/[^\s`]+/g)) {
    if (!LINKISH.test(m[0])) continue;
    out += escapePlain(line.slice(last, m.index));
    out += `\`${m[0]}\``;
    last = m.index + m[0].length;
  }
  out += escapePlain(line.slice(last));
  return out.replace(
    LEADING_MARKER,
    (_all, space: string, mark?: string, digits?: string, dot?: string) =>
      mark ? `${space}\\${mark}` : `${space}${digits ?? ''}\\${dot ?? ''}`,
  );
}

/** Email text as literal Markdown text, line by line: each line keeps its words, none live. */
export function markdownText(text: string): string {
  return stripControlChars(text.replace(/\r\n?/g, '\n')).split('\n').map(escapeLine).join('\n');
}

/** One line of Markdown text (headings, list items, the CLI's brief): line breaks become spaces. */
export function markdownInline(text: string): string {
  return escapeLine(oneLine(text));
}

const utf8 = new TextEncoder();

/** Characters a link destination keeps as they are; anything else is percent-encoded. */
const URL_SAFE = /[A-Za-z0-9\-._~:/?#@!$&+,;=%*]/;

/**
 * A link target for `[label](target)`: only http(s) and mailto, with every character that could
 * end the destination or start a title (parentheses, spaces, quotes, brackets, angle brackets,
 * backslashes, controls) percent-encoded. Null for anything else.
 */
export function markdownUrl(url: string | null | undefined): string | null {
  const href = safeHref(url);
  if (!href) return null;
  let out = '';
  for (const ch of href) {
    if (URL_SAFE.test(ch)) out += ch;
    // UTF-8 bytes; a lone surrogate becomes U+FFFD rather than throwing as encodeURI would.
    else
      for (const b of utf8.encode(ch)) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** A link MailGist makes: the label as inert text, the target encoded; plain text without one. */
export function markdownLink(label: string, url: string | null | undefined): string {
  const target = markdownUrl(url);
  return target ? `[${markdownInline(label)}](${target})` : markdownInline(label);
}
