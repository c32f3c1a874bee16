import type { Block, BlockKind, InlineLink } from './document';

// HTML mail into blocks. Email HTML is tables all the way down: a block is the innermost element
// that holds text directly (p, li, h1–h6, a table cell without nested blocks, a div of text).
// Hidden content (preheaders, mso-hide, display:none), scripts, styles and tracking pixels are
// skipped before any extractor sees them.

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
const HIDDEN_STYLE =
  /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all|max-height\s*:\s*0(?:px)?\s*(?:;|$|!)|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$|!)/i;
const REMOVED_LINK = /\[\[\s*link removed\s*\]\]/gi;
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
  buttonish: boolean;
}

export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  // MJML/Mailchimp set font-size:0 on layout wrappers whose children set their own size: only a
  // leaf with zero-size text is hidden.
  if (style && /font-size\s*:\s*0(?:px)?\s*(?:;|$|!)/i.test(style) && el.children.length === 0) {
    return true;
  }
  const cls = el.getAttribute('class') ?? '';
  return /\b(preheader|preview-?text|hidden|mso-hide)\b/i.test(cls);
}

function blockKind(tag: string): { kind: BlockKind; level: number } {
  if (/^H[1-6]$/.test(tag)) return { kind: 'heading', level: Number(tag[1]) };
  if (tag === 'LI') return { kind: 'list-item', level: 0 };
  if (tag === 'BLOCKQUOTE') return { kind: 'blockquote', level: 0 };
  if (tag === 'PRE') return { kind: 'preformatted', level: 0 };
  return { kind: 'paragraph', level: 0 };
}

function looksLikeButton(a: Element): boolean {
  const style = (a.getAttribute('style') ?? '').toLowerCase();
  const cls = (a.getAttribute('class') ?? '').toLowerCase();
  if (/\b(btn|button|cta)\b/.test(cls)) return true;
  if (/background(-color)?\s*:/.test(style) && /padding/.test(style)) return true;
  const parent = a.parentElement;
  if (parent && (parent.tagName === 'TD' || parent.tagName === 'TH')) {
    const ps = (parent.getAttribute('style') ?? '').toLowerCase();
    if (parent.hasAttribute('bgcolor') || /background(-color)?\s*:/.test(ps)) {
      const own = (parent.textContent ?? '').trim();
      return own.length > 0 && own === (a.textContent ?? '').trim();
    }
  }
  return false;
}

export function htmlToBlocks(doc: Document): Block[] {
  const blocks: Block[] = [];
  const root = doc.body ?? doc.documentElement;
  if (!root) return blocks;

  const stack: Acc[] = [];
  const newAcc = (tag: string): Acc => ({
    ...blockKind(tag),
    parts: [],
    links: [],
    strongChars: 0,
    emChars: 0,
    textChars: 0,
    buttonish: false,
  });
  const flush = (acc: Acc): void => {
    const raw = acc.parts.join('');
    const removedLinks = (raw.match(REMOVED_LINK) ?? []).length;
    const text = raw.replace(REMOVED_LINK, ' ').replace(/\s+/g, ' ').trim();
    acc.parts = [];
    const links = acc.links;
    acc.links = [];
    const strong = acc.textChars > 0 && acc.strongChars >= acc.textChars * 0.9;
    const emphasis = acc.textChars > 0 && acc.emChars >= acc.textChars * 0.9;
    const buttonish = acc.buttonish;
    acc.strongChars = acc.emChars = acc.textChars = 0;
    acc.buttonish = false;
    if (!text && links.length === 0) {
      const prev = blocks[blocks.length - 1];
      if (prev && removedLinks) prev.removedLinks += removedLinks;
      return;
    }
    let kind = acc.kind;
    if (buttonish && links.length === 1 && text.length <= 60) kind = 'button';
    blocks.push({
      kind,
      level: kind === 'heading' ? acc.level : 0,
      text,
      links,
      strong,
      emphasis,
      removedLinks,
      boilerplate: false,
      index: blocks.length,
    });
  };

  // Each frame: node to visit, and what to do when leaving it.
  type Frame = { node: Node; exit: boolean; strong: number; em: number; link: InlineLink | null };
  const work: Frame[] = [{ node: root, exit: false, strong: 0, em: 0, link: null }];
  stack.push(newAcc('DIV'));
  let visited = 0;

  while (work.length > 0) {
    const frame = work.pop()!;
    const node = frame.node;
    if (++visited > MAX_NODES) break;
    const acc = stack[stack.length - 1]!;

    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      acc.parts.push(t);
      const n = t.replace(/\s+/g, '').length;
      acc.textChars += n;
      if (frame.strong > 0) acc.strongChars += n;
      if (frame.em > 0) acc.emChars += n;
      if (frame.link) frame.link.text += t;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();

    if (frame.exit) {
      if (BLOCK_TAGS.has(tag)) {
        const done = stack.pop()!;
        flush(done);
      } else if (tag === 'A' && frame.link) {
        frame.link.text = frame.link.text.replace(/\s+/g, ' ').trim();
      }
      continue;
    }
    if (SKIP_TAGS.has(tag) || isHidden(el)) continue;
    if (tag === 'BR') {
      acc.parts.push('\n');
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
    const style = el.getAttribute('style') ?? '';
    if (/font-weight\s*:\s*(bold|[6-9]00)/i.test(style)) strong++;
    if (/font-style\s*:\s*italic/i.test(style)) em++;

    if (BLOCK_TAGS.has(tag)) {
      // Entering a nested block closes the text gathered so far in the enclosing one.
      flush(acc);
      stack.push(newAcc(tag));
    }
    if (tag === 'A') {
      link = { text: '', href: el.getAttribute('href') };
      const target = stack[stack.length - 1]!;
      target.links.push(link);
      if (looksLikeButton(el)) target.buttonish = true;
    }
    work.push({ node: el, exit: true, strong, em, link: frame.link });
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      work.push({ node: kids[i]!, exit: false, strong, em, link });
    }
  }
  while (stack.length > 0) flush(stack.pop()!);
  for (const l of blocks.flatMap((b) => b.links)) l.text = l.text.replace(/\s+/g, ' ').trim();
  return blocks.map((b, index) => ({ ...b, index }));
}
