import { enterElement, HIDDEN, styleRulesOf, textHidden } from './hidden';

// A plain-text email as webmail shows it: Gmail, Outlook and others render text/plain inside the
// page as a <div> of lines separated by <br>. Read as HTML, its ALL-CAPS headings, `_dek_` lines and
// name-over-date bylines melt into one block, so such a body is read back as the text it was.

const STRUCTURE = 'p,h1,h2,h3,h4,h5,h6,table,ul,ol,li,blockquote,pre,article,section';
const SKIP = new Set(['SCRIPT', 'STYLE', 'HEAD', 'TITLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);
/** A few structural elements (a signature table, a quoted reply) do not make a text body HTML. */
const MAX_STRUCTURE = 2;
const MIN_LINE_BREAKS = 3;

const STRUCTURE_TAG = /<(?:p|h[1-6]|table|ul|ol|li|blockquote|pre|article|section)\b/gi;
const BR_TAG = /<br\b/gi;

/**
 * A cheap test on the markup itself, before any tree walk: most HTML mail fails it at once, so
 * the common case costs one scan of the string.
 */
export function mayBePlainHtml(html: string): boolean {
  let structure = 0;
  STRUCTURE_TAG.lastIndex = 0;
  while (STRUCTURE_TAG.exec(html)) if (++structure > MAX_STRUCTURE) return false;
  let breaks = 0;
  BR_TAG.lastIndex = 0;
  while (BR_TAG.exec(html)) if (++breaks >= MIN_LINE_BREAKS) return true;
  return false;
}

/** The text of a body that is plain text rendered as HTML, with its line breaks; else null. */
export function textFromPlainHtml(doc: Document): string | null {
  const root = doc.body ?? doc.documentElement;
  if (!root) return null;
  if (root.querySelectorAll(STRUCTURE).length > MAX_STRUCTURE) return null;
  if (root.querySelectorAll('br').length < MIN_LINE_BREAKS) return null;

  const out: string[] = [];
  // Iterative walk: a hostile body may nest thousands deep.
  const rules = styleRulesOf(doc);
  const work: { node: Node; exit: boolean; vis: number }[] = [{ node: root, exit: false, vis: 0 }];
  while (work.length > 0) {
    const { node, exit, vis } = work.pop()!;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      if (!textHidden(vis) || !t.trim()) out.push(t.replace(/[ \t\r\n]+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (exit) {
      if (tag === 'DIV') out.push('\n');
      if (tag === 'A') {
        const href = el.getAttribute('href')?.trim();
        const text = (el.textContent ?? '').trim();
        // A link whose text is not its address keeps the address, as text mail writes it.
        if (href && /^(https?:|mailto:)/i.test(href) && !text.includes(href))
          out.push(` <${href}>`);
      }
      continue;
    }
    if (SKIP.has(tag)) continue;
    const inner = enterElement(el, rules, vis);
    if (inner === HIDDEN) continue;
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    work.push({ node: el, exit: true, vis });
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--)
      work.push({ node: kids[i]!, exit: false, vis: inner });
  }
  // Each line was written with the source's wrapping spaces around it.
  return out
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n');
}
