import type { Block, BlockKind, InlineLink } from './document';
import { isSpaceCode, piecesAtMost } from './block-cache';
import { classOf, enterElement, HIDDEN, styleRulesOf, textHidden } from './hidden';

// HTML mail into blocks. Email HTML is tables all the way down: a block is the innermost element
// that holds text directly (p, li, h1–h6, a table cell without nested blocks, a div of text).
// Hidden content (hidden.ts: preheaders, mso-hide, display:none, the email's own <style> rules),
// scripts, styles and tracking pixels are skipped before any extractor sees them.

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'TD',
  'TH',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TBODY',
  'TR',
  'UL',
  'OL',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'MAIN',
  'CENTER',
  'FIGURE',
  'FIGCAPTION',
  'ASIDE',
  'NAV',
  'DL',
  'DT',
  'DD',
  'HR',
  'BODY',
  'HTML',
  'FORM',
]);
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'HEAD',
  'TITLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'META',
  'LINK',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
]);
const REMOVED_LINK = /\[\[?\s*link removed\s*\]\]?/gi;
/**
 * Characters that render as nothing: soft hyphens, zero-width spaces and joiners, word joiners,
 * BOMs, the combining grapheme joiner preheaders are padded with. Removed, never turned into
 * spaces, since they can sit inside a word ("Hos\u00adpital").
 */
// Zero-width and bidi control characters hide or reorder text; ZWJ/ZWNJ are kept because emoji
// sequences and Persian words need them.
// One character class (not an alternation), which V8 scans much faster.
export const INVISIBLE =
  /[\u034f\u00ad\u061c\u180e\u200b\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Stands for a <br> in gathered text, so line structure survives whitespace collapsing. */
const BR = '\u2028';
// Iterative walk: deeply nested mail must not blow the stack.
const MAX_NODES = 400_000;

interface Acc {
  kind: BlockKind;
  level: number;
  parts: string[];
  links: InlineLink[];
  strongChars: number;
  emChars: number;
  textChars: number;
  /** Largest font size (px) under which visible text stood. */
  maxSize: number;
  /** Text characters set in that large font. */
  sizeChars: number;
  buttonish: boolean;
}

function blockKind(tag: string): { kind: BlockKind; level: number } {
  if (/^H[1-6]$/.test(tag)) return { kind: 'heading', level: Number(tag[1]) };
  if (tag === 'LI') return { kind: 'list-item', level: 0 };
  if (tag === 'BLOCKQUOTE') return { kind: 'blockquote', level: 0 };
  if (tag === 'PRE') return { kind: 'preformatted', level: 0 };
  return { kind: 'paragraph', level: 0 };
}

const BUTTON_CLASS = /btn|button|cta\b/i;
const FILLED = /background(-color)?\s*:\s*(?!none|transparent|#fff\b|#ffffff\b|white\b)/i;

/**
 * Visible text of a small element, or null when it is too big to be a button cell. Bounded: it
 * stops after a few dozen nodes, so checking every link stays linear on huge mail.
 */
function smallText(el: Element): string | null {
  let out = '';
  let nodes = 0;
  const todo: Node[] = [el];
  while (todo.length > 0) {
    const n = todo.pop()!;
    if (++nodes > 40) return null;
    if (n.nodeType === 3) {
      out += n.nodeValue ?? '';
      if (out.length > 200) return null;
      continue;
    }
    const kids: Node[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) {
      kids.push(c);
      if (kids.length > 12) return null;
    }
    for (let i = kids.length - 1; i >= 0; i--) todo.push(kids[i]!);
  }
  return out.replace(/\s+/g, ' ').trim();
}

function looksLikeButton(a: Element): boolean {
  const style = a.getAttribute('style') ?? '';
  const cls = classOf(a) ?? '';
  if (BUTTON_CLASS.test(cls)) return true;
  if (FILLED.test(style) && /padding|display\s*:\s*(inline-)?block/i.test(style)) return true;
  if (/border\s*:\s*\d/i.test(style) && /padding/i.test(style) && /border-radius/i.test(style)) {
    return true;
  }
  // A link that is the only text of a filled cell or table (bulletproof buttons), up to 3 levels up.
  const own = smallText(a);
  if (!own) return false;
  let p = a.parentElement;
  for (let depth = 0; p && depth < 4; depth++, p = p.parentElement) {
    const ps = p.getAttribute('style') ?? '';
    const pc = classOf(p) ?? '';
    const filled = p.hasAttribute('bgcolor') || FILLED.test(ps) || BUTTON_CLASS.test(pc);
    const text = smallText(p);
    if (text === null || text !== own) return false;
    if (filled) return true;
  }
  return false;
}

/** Font size in px from an inline style or a <font size>, or null when the element sets none. */
function fontSizePx(el: Element, style: string): number | null {
  const m = /font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt|em|rem)?/i.exec(style);
  if (m) {
    const v = Number(m[1]);
    const unit = (m[2] ?? 'px').toLowerCase();
    return unit === 'pt' ? v * 1.333 : unit === 'em' || unit === 'rem' ? v * 16 : v;
  }
  if (el.tagName.toUpperCase() === 'FONT') {
    const size = Number(el.getAttribute('size'));
    if (size >= 5) return size >= 6 ? 24 : 18;
  }
  return null;
}

/** Characters of `t` that are not whitespace (as \s sees it), without building a new string. */
function nonSpaceLength(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c >= 0xa0 && isSpaceCode(c)) continue;
    n++;
  }
  return n;
}

/** Short, not a sentence: a heading candidate when it is set bold or large. */
function looksLikeHeadingText(text: string): boolean {
  if (text.length < 2 || text.length > 120 || !/\p{L}/u.test(text)) return false;
  if (/[.,;:]$/.test(text) && !/\.\.\.$|…$/.test(text)) return false;
  return piecesAtMost(text, 14) <= 14;
}

/** More buttons than this side by side is a link list, not a button row. */
const MAX_BUTTON_ROW = 6;

/**
 * The links of a block that is nothing but 2+ links with text (a row of buttons), with their
 * visible labels; null for anything else.
 */
function buttonRow(
  text: string,
  links: InlineLink[],
): { label: string; link: InlineLink }[] | null {
  if (links.length < 2 || links.length > MAX_BUTTON_ROW) return null;
  const row = links.map((link) => ({
    link,
    label: link.text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim(),
  }));
  if (row.some((r) => !r.label)) return null;
  const squeeze = (t: string): string => t.replace(/\s+/g, '');
  return squeeze(row.map((r) => r.label).join('')) === squeeze(text) ? row : null;
}

export function htmlToBlocks(doc: Document): Block[] {
  const blocks: Block[] = [];
  // Some parsers leave <body> empty for a fragment and hang the content elsewhere: walk the root.
  const body = doc.body;
  const root = body && body.firstChild ? body : doc.documentElement;
  if (!root) return blocks;

  const stack: Acc[] = [];
  const newAcc = (tag: string): Acc => ({
    ...blockKind(tag),
    parts: [],
    links: [],
    strongChars: 0,
    emChars: 0,
    textChars: 0,
    maxSize: 0,
    sizeChars: 0,
    buttonish: false,
  });
  const flush = (acc: Acc): void => {
    // Most flushes (entering or leaving a layout cell) have gathered only whitespace: nothing to
    // build, and no counter can be set without text or a link.
    if (acc.textChars === 0 && acc.links.length === 0) {
      acc.parts.length = 0;
      return;
    }
    const raw = acc.parts.join('');
    // Every marker starts with "[": most blocks have none, and skip the three scans.
    const marked = raw.includes('[');
    const removedLinks = marked ? (raw.match(REMOVED_LINK) ?? []).length : 0;
    const clean = marked
      ? raw.replace(/\s*\[\[?\s*link removed\s*\]\]?(?=[,.;:!?])/gi, '').replace(REMOVED_LINK, ' ')
      : raw;
    const lines = clean
      .split(BR)
      .map((l) =>
        l
          .replace(INVISIBLE, '')
          .replace(/[\s\u00a0]+/g, ' ')
          .trim(),
      )
      .filter(Boolean);
    const text = lines.join(' ');
    acc.parts = [];
    const links = acc.links;
    acc.links = [];
    const strong = acc.textChars > 0 && acc.strongChars >= acc.textChars * 0.9;
    const emphasis = acc.textChars > 0 && acc.emChars >= acc.textChars * 0.9;
    const buttonish = acc.buttonish;
    const big = acc.textChars > 0 && acc.sizeChars >= acc.textChars * 0.9 ? acc.maxSize : 0;
    acc.strongChars = acc.emChars = acc.textChars = acc.sizeChars = acc.maxSize = 0;
    acc.buttonish = false;
    if (!text && links.length === 0) {
      const prev = blocks[blocks.length - 1];
      if (prev && removedLinks) prev.removedLinks += removedLinks;
      return;
    }
    // A row of buttons side by side ("Donate" "Sign the petition") is as many buttons, not one
    // label run together.
    const row = buttonish ? buttonRow(text, links) : null;
    if (row) {
      for (const link of row) {
        blocks.push({
          kind: 'button',
          level: 0,
          text: link.label,
          links: [link.link],
          strong,
          emphasis,
          removedLinks: 0,
          boilerplate: false,
          index: blocks.length,
          lines: [link.label],
        });
      }
      if (blocks.length && removedLinks) blocks[blocks.length - 1]!.removedLinks += removedLinks;
      return;
    }
    let kind = acc.kind;
    let level = acc.level;
    if (buttonish && links.length <= 2 && text.length <= 60) kind = 'button';
    else if (kind === 'paragraph' && (strong || big >= 18) && looksLikeHeadingText(text)) {
      // Email templates set headings as styled cells: a short bold or large line is a heading.
      kind = 'heading';
      level = big >= 24 ? 1 : big >= 18 ? 2 : 3;
      // Bold alone is weaker evidence than size: a bold sentence in a letter is emphasis.
      if (level === 3 && piecesAtMost(text, 10) > 10) {
        kind = 'paragraph';
        level = 0;
      }
    }
    blocks.push({
      kind,
      level: kind === 'heading' ? level : 0,
      text,
      links,
      strong,
      emphasis,
      removedLinks,
      boilerplate: false,
      index: blocks.length,
      lines,
    });
  };

  // Each frame: node to visit, and what to do when leaving it.
  type Frame = {
    node: Node;
    exit: boolean;
    strong: number;
    em: number;
    size: number;
    link: InlineLink | null;
    /** Inherited visibility flags (hidden.ts): text under any of them is not shown. */
    vis: number;
  };
  const rules = styleRulesOf(doc);
  const work: Frame[] = [
    { node: root, exit: false, strong: 0, em: 0, size: 0, link: null, vis: 0 },
  ];
  stack.push(newAcc('DIV'));
  let visited = 0;
  let quoteDepth = 0;
  let itemDepth = 0;

  while (work.length > 0) {
    const frame = work.pop()!;
    const node = frame.node;
    if (++visited > MAX_NODES) break;
    const acc = stack[stack.length - 1]!;

    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      const n = nonSpaceLength(t);
      if (n > 0 && frame.vis !== 0 && textHidden(frame.vis)) continue;
      acc.parts.push(t);
      acc.textChars += n;
      if (frame.strong > 0) acc.strongChars += n;
      if (frame.em > 0) acc.emChars += n;
      if (n > 0 && frame.size > 0) {
        if (frame.size > acc.maxSize) {
          // A larger size than seen so far: only text at this size counts as "large".
          acc.sizeChars = acc.maxSize > 0 && frame.size - acc.maxSize < 1 ? acc.sizeChars : 0;
          acc.maxSize = frame.size;
        }
        if (frame.size >= acc.maxSize) acc.sizeChars += n;
      }
      if (frame.link) frame.link.text += t;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();

    if (frame.exit) {
      if (BLOCK_TAGS.has(tag)) {
        if (tag === 'BLOCKQUOTE') quoteDepth--;
        if (tag === 'LI') itemDepth--;
        const done = stack.pop()!;
        flush(done);
      } else if (tag === 'A' && frame.link) {
        frame.link.text = frame.link.text.replace(/\s+/g, ' ').trim();
      }
      continue;
    }
    // Many elements carry no attribute at all: then there is no style or class to read.
    const hasAttributes = el.hasAttributes();
    const style = hasAttributes ? (el.getAttribute('style') ?? '') : '';
    if (SKIP_TAGS.has(tag)) continue;
    const vis = enterElement(el, rules, frame.vis, style || null);
    if (vis === HIDDEN) continue;
    if (tag === 'BR') {
      // Two <br> in a row end a paragraph inside one cell; one <br> is a line break.
      let k = acc.parts.length - 1;
      while (k >= 0 && acc.parts[k]!.trim() === '' && acc.parts[k] !== BR) k--;
      if (k >= 0 && acc.parts[k] === BR) {
        acc.parts.length = k;
        flush(acc);
      } else acc.parts.push(BR);
      continue;
    }
    if (tag === 'IMG') {
      const w = el.getAttribute('width');
      const h = el.getAttribute('height');
      if (w === '1' || h === '1' || w === '0' || h === '0') continue; // tracking pixel
      const alt = (el.getAttribute('alt') ?? '').trim();
      if (frame.link && alt && !frame.link.text.trim()) frame.link.text = alt;
      continue;
    }

    let strong = frame.strong;
    let em = frame.em;
    let link = frame.link;
    if (tag === 'B' || tag === 'STRONG') strong++;
    if (tag === 'I' || tag === 'EM') em++;
    if (style) {
      if (/font-weight\s*:\s*(bold|[6-9]00)/i.test(style)) strong++;
      if (/font-style\s*:\s*italic/i.test(style)) em++;
    }
    const size = (style || tag === 'FONT' ? fontSizePx(el, style) : null) ?? frame.size;

    if (BLOCK_TAGS.has(tag)) {
      // Entering a nested block closes the text gathered so far in the enclosing one.
      flush(acc);
      const next = newAcc(tag);
      // A paragraph inside a blockquote or a list item keeps that kind (<blockquote><p>…).
      if (next.kind === 'paragraph' && quoteDepth > 0) next.kind = 'blockquote';
      else if (next.kind === 'paragraph' && itemDepth > 0) next.kind = 'list-item';
      if (tag === 'BLOCKQUOTE') quoteDepth++;
      if (tag === 'LI') itemDepth++;
      stack.push(next);
    }
    if (tag === 'A') {
      link = { text: '', href: el.getAttribute('href') };
      const target = stack[stack.length - 1]!;
      target.links.push(link);
      if (looksLikeButton(el)) target.buttonish = true;
    }
    work.push({ node: el, exit: true, strong, em, size, link: frame.link, vis });
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      work.push({ node: kids[i]!, exit: false, strong, em, size, link, vis });
    }
  }
  while (stack.length > 0) flush(stack.pop()!);
  for (const b of blocks) {
    for (const l of b.links)
      l.text = l.text
        .replace(INVISIBLE, '')
        .replace(/[\s\u2028]+/g, ' ')
        .trim();
  }
  return blocks.map((b, index) => ({ ...b, index }));
}
