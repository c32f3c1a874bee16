import type { Block, InlineLink } from './document';

// Plain-text mail (and the printed-email .txt archive shape) into blocks: paragraphs are separated
// by blank lines; a short stand-alone line in ALL CAPS is a heading; `[[link removed]]` markers are
// counted and taken out of the text.

const REMOVED_LINK = /\[\[\s*link removed\s*\]\]/gi;
const URL_IN_TEXT = /\b(?:https?:\/\/|mailto:)[^\s<>()[\]"]+[^\s<>()[\]".,;:!?'’”]/gi;

export function textToBlocks(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];

  const flush = (): void => {
    if (para.length === 0) return;
    const raw = para.join('\n');
    para = [];
    pushBlock(blocks, raw);
  };

  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '' || /^[-=_*~ ]{3,}$/.test(trimmed)) {
      flush();
      continue;
    }
    const withoutMarkers = trimmed.replace(REMOVED_LINK, '').trim();
    // A stand-alone ALL-CAPS line is a heading even without blank lines around it.
    if (withoutMarkers && isCapsHeading(withoutMarkers)) {
      flush();
      pushBlock(blocks, trimmed);
      continue;
    }
    para.push(line);
  }
  flush();
  return blocks.map((b, index) => ({ ...b, index }));
}

function pushBlock(blocks: Block[], raw: string): void {
  const removedLinks = (raw.match(REMOVED_LINK) ?? []).length;
  const links: InlineLink[] = [];
  for (const m of raw.matchAll(URL_IN_TEXT)) links.push({ text: m[0], href: m[0] });
  let text = raw.replace(REMOVED_LINK, ' ').replace(/\s+/g, ' ').trim();
  let emphasis = false;
  // `_ text _` and `*text*` are how text mail keeps italics and bold.
  const italic = /^_\s*(.+?)\s*_$/.exec(text);
  if (italic?.[1]) {
    text = italic[1];
    emphasis = true;
  }
  let strong = false;
  const bold = /^\*\s*([^*]+?)\s*\*$/.exec(text);
  if (bold?.[1]) {
    text = bold[1];
    strong = true;
  }
  if (!text && removedLinks === 0 && links.length === 0) return;
  if (!text && removedLinks > 0) {
    // A bare marker line belongs to the previous block (the link that was there).
    const prev = blocks[blocks.length - 1];
    if (prev) prev.removedLinks += removedLinks;
    return;
  }
  const heading = isCapsHeading(text) && !raw.includes('\n\n');
  blocks.push({
    kind: heading ? 'heading' : 'paragraph',
    level: heading ? 2 : 0,
    text,
    links,
    strong,
    emphasis,
    removedLinks,
    boilerplate: false,
    index: blocks.length,
  });
}

/** A short line of capital letters (any script with case), not a sentence, not an acronym. */
export function isCapsHeading(line: string): boolean {
  const t = line.trim();
  if (t.length < 4 || t.length > 120) return false;
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return false;
  if (letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return false;
  return t.split(/\s+/).length <= 14;
}
