import { frameDocument } from './dom';
import { reachableDocuments } from './generic';

// "Summarise this page": which document of the page (the top one or a same-origin frame) holds
// what the user is reading, and a copy of its main content with everything a sighted reader
// cannot see taken out. Webmails that frame the open message (Roundcube's #messagecontframe and
// the like) then brief the message, not the mailbox around it.

/** App chrome, never the content: by ARIA role first (durable), then by element. */
const CHROME = [
  'nav',
  'header',
  'footer',
  'aside',
  '[role=navigation]',
  '[role=banner]', // the site header
  '[role=contentinfo]', // the site footer
  '[role=complementary]',
  '[role=search]',
  '[role=toolbar]', // message actions (reply, archive…)
  '[role=menu]',
  '[role=menubar]',
  '[role=tablist]',
  '[role=tree]', // folder trees
  '[role=listbox]', // message lists (Roundcube's #messagelist)
  '[role=grid]', // message lists (Gmail-like apps)
  '[role=dialog]',
].join(',');

/** Ways of hiding text from sight while keeping it for screen readers (`.sr-only`, `.voice`…). */
function isVisuallyHidden(el: Element, style: CSSStyleDeclaration | null): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (!style) return false;
  if (style.display === 'none' || style.visibility === 'hidden') return true;
  if (style.opacity === '0') return true;
  const out = style.position === 'absolute' || style.position === 'fixed';
  if (!out) return false;
  // The usual screen-reader-only recipes: a 1px box, a clip to nothing, a clip-path inset to nothing.
  const px = (v: string) => (v.endsWith('px') ? parseFloat(v) : NaN);
  const tiny = px(style.width) <= 1 || px(style.height) <= 1;
  const clip = style.clip.startsWith('rect') ? (style.clip.match(/\d+(?:\.\d+)?/g) ?? []) : [];
  const clipped =
    (clip.length === 4 && clip.every((n) => Number(n) <= 1)) ||
    style.getPropertyValue('clip-path').startsWith('inset(50%');
  return tiny || clipped;
}

/**
 * An inert copy of `root` without the elements hidden from sight (checked on the live page,
 * where the styles apply) and without app chrome. The live page is never changed.
 */
export function visibleCopy(root: Element, chrome = CHROME): Element {
  const view = root.ownerDocument.defaultView;
  const hidden: Element[] = [];
  const walk = (el: Element) => {
    if (el !== root && safeMatches(el, chrome)) return void hidden.push(el);
    if (isVisuallyHidden(el, view?.getComputedStyle?.(el) ?? null)) return void hidden.push(el);
    for (const child of Array.from(el.children)) walk(child);
  };
  walk(root);
  const inert = root.ownerDocument.implementation.createHTMLDocument('');
  const copy = inert.importNode(root, true) as Element;
  // The copy has the same shape as the live tree: find each hidden element by its path.
  const targets = hidden.map((el) => at(copy, pathOf(root, el)));
  for (const t of targets) t?.remove();
  return copy;
}

function pathOf(root: Element, el: Element): number[] {
  const path: number[] = [];
  for (let cur: Element = el; cur !== root && cur.parentElement; cur = cur.parentElement) {
    path.unshift(Array.prototype.indexOf.call(cur.parentElement.children, cur));
  }
  return path;
}

function at(root: Element, path: readonly number[]): Element | null {
  let cur: Element | null = root;
  for (const i of path) cur = cur?.children[i] ?? null;
  return cur;
}

function safeMatches(el: Element, css: string): boolean {
  try {
    return el.matches(css);
  } catch {
    return false;
  }
}

export interface PageContent {
  doc: Document;
  /** An inert, visible-only copy of the document's main content. */
  content: Element;
  text: string;
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Readable prose counts, links (lists of messages, menus) much less. */
function weight(content: Element): number {
  const text = clean(content.textContent).length;
  const linked = Array.from(content.querySelectorAll('a')).reduce(
    (n, a) => n + clean(a.textContent).length,
    0,
  );
  return text * (1 - Math.min(linked / Math.max(text, 1), 0.8));
}

/** The main content of one document: its main landmark or article, else its body. */
function mainOf(doc: Document): PageContent | null {
  const candidates = [
    ...Array.from(doc.querySelectorAll('main, [role=main], article')),
    ...(doc.body ? [doc.body] : []),
  ];
  for (const el of candidates) {
    const content = visibleCopy(el);
    const text = clean(content.textContent);
    if (text) return { doc, content, text };
    // The main landmark holds only a frame (Roundcube's preview): the content is in the frame, and
    // the rest of this page (the message list) is not what the user reads.
    if (el !== doc.body && el.querySelector('iframe')) return null;
  }
  return null;
}

/**
 * The document (the page or one of its same-origin frames) whose visible main content weighs
 * most, so the framed message beats the mailbox around it, and the copy of that content.
 */
export function pageContent(doc: Document): PageContent | null {
  let best: PageContent | null = null;
  let bestWeight = 0;
  const docs = reachableDocuments(doc);
  const frameOf = new Map<Document, Element>();
  for (const d of docs) {
    for (const frame of Array.from(d.querySelectorAll('iframe'))) {
      const inner = frameDocument(frame);
      if (inner) frameOf.set(inner, frame);
    }
  }
  for (const d of docs) {
    // A frame the page hides (a preloaded message, a tracking frame) is not what the user reads.
    const frame = frameOf.get(d);
    if (frame && !isShown(frame)) continue;
    const found = mainOf(d);
    if (!found) continue;
    const w = weight(found.content);
    if (w > bestWeight) {
      best = found;
      bestWeight = w;
    }
  }
  return best;
}

function isShown(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = node.ownerDocument.defaultView?.getComputedStyle?.(node) ?? null;
    if (isVisuallyHidden(node, style)) return false;
  }
  return true;
}
