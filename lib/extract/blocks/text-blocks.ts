import type { Block, InlineLink } from './document';
import { INVISIBLE } from './html-blocks';
import { piecesAtMost } from './block-cache';

// Plain-text mail (and the printed-email .txt archive shape) into blocks: paragraphs are separated
// by blank lines; a short stand-alone line in ALL CAPS is a heading; `[[link removed]]` markers are
// counted and taken out of the text; `_italic_` and `*bold*` markup is read and dropped. The scan
// is one pass over the lines (linear in the input).

/** `[[link removed]]` as archives print it (also the single-bracket form some footers use). */
export const REMOVED_LINK = /\[\[?\s*link removed\s*\]\]?/gi;
const URL_IN_TEXT = /\b(?:https?:\/\/|mailto:)[^\s<>()[\]"]+[^\s<>()[\]".,;:!?'’”]/gi;
/** A line that only draws a rule or decorates (---, ===, * * *, • • •). */
const RULE_LINE = /^[-=_*~•·#+. ]{3,}$/;

export function textToBlocks(text: string): Block[] {
  const lines = repairQuotedPrintable(text).replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];

  const flush = (): void => {
    if (para.length === 0) return;
    const raw = para;
    para = [];
    pushBlock(blocks, raw);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line
      .replace(INVISIBLE, '')
      .replace(/[\s\u00a0]+/g, ' ')
      .trim();
    if (trimmed === '' || RULE_LINE.test(trimmed)) {
      flush();
      continue;
    }
    // Printed mail converted from HTML keeps Markdown headings (`## Title`) and table rows
    // (`| a | b |`): each stands alone, or a title, its subtitle and the byline run together.
    const md = MARKDOWN_HEADING.exec(trimmed);
    if (md) {
      flush();
      pushBlock(blocks, [withoutClosingHashes(md[2]!)], md[1]!.length);
      continue;
    }
    if (TABLE_ROW.test(trimmed)) {
      flush();
      const cells = trimmed
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim())
        .filter(Boolean);
      if (cells.length) pushBlock(blocks, [cells.join(' ')]);
      continue;
    }
    const withoutMarkers = trimmed.replace(REMOVED_LINK, '').trim();
    // A stand-alone ALL-CAPS line is a heading even without blank lines around it, but not a
    // wrapped line that merely happens to be in capitals ("AFL-CIO." ending a sentence).
    if (withoutMarkers && isCapsHeading(withoutMarkers)) {
      const prev = para.length ? para[para.length - 1]!.replace(REMOVED_LINK, '').trim() : '';
      const next = (lines[i + 1] ?? '').trim();
      const endsSentence = /[,;]$|\.$/.test(withoutMarkers) && !/[?!]$/.test(withoutMarkers);
      const midParagraph = prev !== '' && !/[.!?:”"’)]$/.test(prev);
      if (!endsSentence && !(midParagraph && next !== '')) {
        flush();
        pushBlock(blocks, [trimmed]);
        continue;
      }
    }
    para.push(line);
  }
  flush();
  return blocks.map((b, index) => ({ ...b, index }));
}

/**
 * Quoted-printable that reached us undecoded (a mislabelled part, a copy from "show original"):
 * soft line breaks and =XX escapes. Only applied when the text is clearly QP, so an "=" in prose
 * or a URL query is left alone.
 */
export function repairQuotedPrintable(text: string): string {
  const soft = (text.match(/=\r?\n/g) ?? []).length;
  const escapes = (text.match(/=[0-9A-F]{2}/g) ?? []).length;
  if (soft < 3 && escapes < 5) return text;
  if (!/=(?:C3|E2|C2|20|3D)/.test(text)) return text;
  const joined = text.replace(/=\r?\n/g, '');
  // Decode runs of escapes as UTF-8 bytes (the usual case), falling back to Latin-1 per byte.
  return joined.replace(/(?:=[0-9A-F]{2})+/g, (run) => {
    const bytes = Uint8Array.from(run.slice(1).split('='), (h) => parseInt(h, 16));
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return String.fromCharCode(...bytes);
    }
  });
}

function cleanLine(line: string): string {
  let t = line.replace(INVISIBLE, '');
  // Every marker starts with "[": skip both scans on the lines (most) that have none.
  if (t.includes('[')) {
    t = t.replace(/\s*\[\[?\s*link removed\s*\]\]?(?=[,.;:!?])/gi, '').replace(REMOVED_LINK, ' ');
  }
  return t.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Inline `_Title_` italics: the underscores are markup, not text. */
function dropInlineItalics(s: string): string {
  return s.replace(/(^|[\s(“‘"'])_([^_\n]+?)_(?=[\s.,;:!?)”’"']|$)/g, '$1$2');
}

// The closing `##` is cut by hand: a lazy `(.*?)\s*#*$` retries the whole tail at every
// character, quadratic on a line like `# a###…`.
const MARKDOWN_HEADING = /^(#{1,6})\s+(\S.*)$/;

/** `Title ##` → `Title` (never empty: `# ###` keeps its first `#`). */
function withoutClosingHashes(title: string): string {
  let end = title.length;
  while (end > 1 && title[end - 1] === '#') end--;
  while (end > 1 && /\s/.test(title[end - 1]!)) end--;
  return title.slice(0, end);
}
const TABLE_ROW = /^\|.*\|$/;

function pushBlock(blocks: Block[], rawLines: string[], headingLevel = 0): void {
  const raw = rawLines.join('\n');
  const removedLinks = (raw.match(REMOVED_LINK) ?? []).length;
  const links: InlineLink[] = [];
  for (const m of raw.matchAll(URL_IN_TEXT)) links.push({ text: m[0], href: m[0] });
  // A removed link splits `_italic [[link removed]]_ text_` into pieces: rejoin the underscores.
  let text = cleanLine(raw).replace(/_\s+_/g, ' ').replace(/\s+/g, ' ').trim();
  let emphasis = false;
  // `_ text _` and `*text*` are how text mail keeps italics and bold.
  const italic = /^_\s*(.+?)\s*_$/.exec(text);
  if (italic?.[1] && !italic[1].includes('_ ')) {
    text = italic[1];
    emphasis = true;
  } else if (/^_[^_]+_\s*\S/.test(text) && /_$/.test(text)) {
    text = text.replace(/^_|_$/g, '').replace(/_/g, '');
    emphasis = true;
  }
  let strong = false;
  const bold = /^\*\s*([^*]+?)\s*\*$/.exec(text);
  if (bold?.[1]) {
    text = bold[1];
    strong = true;
  }
  text = dropInlineItalics(text);
  // Text without a letter or digit (bullets and rules around removed links) is decoration.
  const meaningful = /[\p{L}\p{N}]/u.test(text);
  if (!meaningful) {
    const prev = blocks[blocks.length - 1];
    if (prev && removedLinks) prev.removedLinks += removedLinks;
    if (links.length === 0) return;
  }
  const lines = rawLines.map(cleanLine).filter((l) => /[\p{L}\p{N}]/u.test(l));
  const heading = headingLevel > 0 || (rawLines.length === 1 && isCapsHeading(text));
  blocks.push({
    kind: heading ? 'heading' : 'paragraph',
    level: heading ? headingLevel || 2 : 0,
    text,
    links,
    strong,
    emphasis,
    removedLinks,
    boilerplate: false,
    index: blocks.length,
    lines,
  });
}

/** A short line of capital letters (any script with case), not a sentence, not an acronym. */
export function isCapsHeading(line: string): boolean {
  const t = line.trim();
  if (t.length < 4 || t.length > 120) return false;
  // A lower-case ASCII letter settles it (the test below would find it), without the scan.
  if (/[a-z]/.test(t)) return false;
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return false;
  if (letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return false;
  return piecesAtMost(t, 14) <= 14;
}
