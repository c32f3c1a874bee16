import type { EmailSnapshot } from '../../email/snapshot';
import { wallClockDate } from '../../email/dates';
import type { Block, EmailDoc, ParseHtml } from './document';
import { htmlToBlocks, INVISIBLE } from './html-blocks';
import { textToBlocks } from './text-blocks';
import { markBoilerplate } from './boilerplate';
import { mayBePlainHtml, textFromPlainHtml } from './plain-html';

/** Below this much content text, an HTML part is a shell (an image, a "view online" stub). */
const MIN_HTML_CONTENT = 40;

function htmlBlocks(
  html: string,
  parseHtml: ParseHtml,
): { blocks: Block[]; source: EmailDoc['source'] } | null {
  try {
    const doc = parseHtml(html);
    // A text email as webmail renders it (lines and <br>s) is read as the text it is.
    const plain = mayBePlainHtml(html) ? textFromPlainHtml(doc) : null;
    return plain !== null
      ? { blocks: textToBlocks(plain), source: 'text' }
      : { blocks: htmlToBlocks(doc), source: 'html' };
  } catch {
    // A parser that gives up on hostile markup must not take the whole summary down.
    return null;
  }
}

/** A header as the reader sees it: zero-width and bidi controls out, whitespace collapsed. */
export function visibleHeader(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * The snapshot the extractors read: its Subject and From name without invisible or reordering
 * characters (U+202E turns "gpj.exe" around, U+200B splits a name a reader sees whole).
 */
function withVisibleHeaders(snapshot: EmailSnapshot): EmailSnapshot {
  const name = snapshot.from.name === null ? null : visibleHeader(snapshot.from.name) || null;
  const subject = visibleHeader(snapshot.subject);
  if (name === snapshot.from.name && subject === snapshot.subject) return snapshot;
  return { ...snapshot, subject, from: { ...snapshot.from, name } };
}

/** Turns a snapshot into the block list every extractor reads. Never mutates the snapshot. */
export function buildDocument(original: EmailSnapshot, parseHtml: ParseHtml): EmailDoc {
  const snapshot = withVisibleHeaders(original);
  const emailDate = wallClockDate(snapshot.date);
  const text = snapshot.text ?? '';
  if (snapshot.html && snapshot.html.trim()) {
    const parsed = htmlBlocks(snapshot.html, parseHtml);
    if (parsed) {
      const { blocks, source } = parsed;
      markBoilerplate(blocks);
      const content = blocks.reduce((n, b) => n + (b.boilerplate ? 0 : b.text.length), 0);
      // HTML preferred, unless it carries next to nothing and a real text part exists.
      if (content >= MIN_HTML_CONTENT || text.trim().length <= content) {
        return { snapshot, blocks, emailDate, source };
      }
    } else if (!text.trim()) {
      const stripped = snapshot.html.replace(/<[^>]*>/g, ' ');
      const fallback = textToBlocks(stripped);
      markBoilerplate(fallback);
      return { snapshot, blocks: fallback, emailDate, source: 'text' };
    }
  }
  const blocks = textToBlocks(text);
  markBoilerplate(blocks);
  return { snapshot, blocks, emailDate, source: 'text' };
}
