import { findDateText, frameDocument, hashText, isVisible, senderFrom, textOf } from './dom';
import type { WebmailAdapter } from './types';

// Any other webmail (Fastmail, Zoho, a site the user enabled): find the message-like block by
// scoring, as Mailvelope's generic scanner does. The whole page is the "message list" here, so the
// adapter exposes one message: the best block.

const CANDIDATES = [
  '[role=document]',
  '[role=article]',
  'article',
  // No `i` flag: some engines (happy-dom) reject it, so both cases are listed.
  '[aria-label*=message]',
  '[aria-label*=Message]',
  '[class*=body]',
  '[class*=Body]',
  '[class*=message]',
  '[class*=Message]',
].join(',');

/** Message lists, navigation and editors are never the message. */
const EXCLUDED_INSIDE =
  '[role=listbox],[role=list],[role=grid],[role=tree],[role=navigation],[role=menu],nav,[contenteditable=true],[contenteditable=""],textarea';
const EDITOR = '[contenteditable=true],[contenteditable=""],textarea';

const MIN_TEXT = 200;

/** Same-origin frames (src-less, about:blank or same host), as Mailvelope walks them. */
export function reachableDocuments(doc: Document): Document[] {
  const docs = [doc];
  for (let i = 0; i < docs.length && docs.length < 20; i++) {
    for (const frame of Array.from(docs[i]?.querySelectorAll('iframe') ?? [])) {
      const d = frameDocument(frame);
      if (d?.body && !docs.includes(d)) docs.push(d);
    }
  }
  return docs;
}

function score(el: Element): number {
  const text = textOf(el);
  if (text.length < MIN_TEXT) return 0;
  const linkText = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + textOf(a).length, 0);
  // Newsletters are link-heavy: cap the penalty so a digest still wins over chrome.
  const density = Math.min(linkText / text.length, 0.6);
  let s = text.length * (1 - density);
  const rect = el.getBoundingClientRect?.();
  const view = el.ownerDocument.defaultView;
  if (rect && rect.width > 0 && rect.height > 0 && view) {
    const visible =
      Math.max(0, Math.min(rect.bottom, view.innerHeight) - Math.max(rect.top, 0)) *
      Math.max(0, Math.min(rect.right, view.innerWidth) - Math.max(rect.left, 0));
    s *= 0.5 + Math.min(1, visible / Math.max(1, view.innerWidth * view.innerHeight));
  }
  if (el.matches('[role=document],[role=article],article')) s *= 1.2;
  return s;
}

/** Descend while a single child keeps at least 90 % of the text (drop wrappers). */
function innermost(el: Element): Element {
  let cur = el;
  for (;;) {
    const total = textOf(cur).length;
    const child = Array.from(cur.children).find((c) => textOf(c).length >= total * 0.9);
    if (!child || total === 0) return cur;
    cur = child;
  }
}

/** The best-scoring visible message-like block of the page and its same-origin frames. */
export function bestBlock(doc: Document): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const d of reachableDocuments(doc)) {
    const found = Array.from(d.querySelectorAll(CANDIDATES));
    if (d !== doc && d.body) found.push(d.body);
    for (const el of found) {
      if (el.closest(EXCLUDED_INSIDE) || el.querySelector(EDITOR)) continue;
      if (!isVisible(el)) continue;
      const s = score(el);
      if (s > bestScore) {
        best = el;
        bestScore = s;
      }
    }
  }
  return best ? innermost(best) : null;
}

/** The nearest heading before `el` in document order (the subject line of most webmails). */
function headingAbove(el: Element): Element | null {
  const doc = el.ownerDocument;
  const heads = Array.from(doc.querySelectorAll('h1,h2,h3,[role=heading]')).filter(
    (h) => !el.contains(h) && h.compareDocumentPosition(el) & 4 /* FOLLOWING */,
  );
  return heads.at(-1) ?? null;
}

/** The header area above the body: the nearest ancestor that has more than the body in it. */
function headerScope(el: Element): Element {
  let scope: Element = el;
  for (let p = el.parentElement; p; p = p.parentElement) {
    scope = p;
    if (textOf(p).length > textOf(el).length + 20) break;
  }
  return scope;
}

export const generic: WebmailAdapter = {
  id: 'generic',
  matches: () => true,
  root: (doc) => bestBlock(doc),
  messages: (root) => [root],
  messageOf: () => null,
  isExpanded: () => true,
  isDraft: () => false,
  subject(root) {
    const h = headingAbove(root);
    if (h) return textOf(h) || null;
    // "Subject - Mailbox - App": the first part of the tab title.
    const title = root.ownerDocument.title.split(/ [-–|•] /)[0]?.trim();
    return title || null;
  },
  sender(msg) {
    const scope = headerScope(msg);
    const el = Array.from(
      scope.querySelectorAll('a[href^="mailto:"],a[href^="MAILTO:"],[email],[title*="@"]'),
    ).find((e) => !msg.contains(e));
    return senderFrom(el ?? null);
  },
  date: (msg) => findDateText(headerScope(msg), msg),
  bodyElement: (msg) => msg,
  messageKey: (msg, url) =>
    `generic:${hashText(`${url.origin}${url.pathname}${url.hash}|${textOf(msg).slice(0, 2000)}`)}`,
  stripSelectors: [],
};
