import type { SelectorList, Sender } from './types';

// Small DOM helpers shared by the adapters. They take the node to search as an argument.

/** First element matched by the first selector of the list that matches anything. */
export function queryFirst(root: ParentNode, list: SelectorList): Element | null {
  for (const [css] of list) {
    const el = safeQuery(root, css);
    if (el) return el;
  }
  return null;
}

/** All elements matched by the first selector of the list that matches anything. */
export function queryAllFirst(root: ParentNode, list: SelectorList): Element[] {
  for (const [css] of list) {
    const found = safeQueryAll(root, css);
    if (found.length > 0) return found;
  }
  return [];
}

/** First visible element matched by the list (falls back to the first match when none is visible). */
export function queryFirstVisible(root: ParentNode, list: SelectorList): Element | null {
  for (const [css] of list) {
    const found = safeQueryAll(root, css);
    const visible = found.find(isVisible);
    if (visible ?? found[0]) return visible ?? found[0] ?? null;
  }
  return null;
}

function safeQuery(root: ParentNode, css: string): Element | null {
  try {
    return root.querySelector(css);
  } catch {
    return null; // a selector the engine does not support is a miss, not a crash
  }
}

function safeQueryAll(root: ParentNode, css: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return [];
  }
}

/** Hidden by the app (display:none, hidden attribute, aria-hidden)? Layout is not required. */
export function isVisible(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return false;
    const view: Window | null = node.ownerDocument.defaultView;
    const style = view?.getComputedStyle?.(node);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}

export function cleanText(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

export function textOf(el: Element | null | undefined): string {
  return cleanText(el?.textContent);
}

const MAILTO = 'a[href^="mailto:"],a[href^="MAILTO:"]';

const EMAIL_RE = /[A-Z0-9._%+'-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;

export function findAddress(s: string | null | undefined): string | null {
  return s ? (EMAIL_RE.exec(s)?.[0] ?? null) : null;
}

/**
 * Name and address from an element showing a sender: `email`/`name` attributes (Gmail), a
 * `mailto:` link, a title or aria-label holding the address, or "Name <address>" text.
 */
export function senderFrom(el: Element | null): Sender | null {
  if (!el) return null;
  const attrAddress = findAddress(el.getAttribute('email'));
  const mailto = el.matches(MAILTO) ? el : el.querySelector(MAILTO);
  const titled = el.matches('[title*="@"]') ? el : el.querySelector('[title*="@"]');
  const address =
    attrAddress ??
    findAddress(decodeSafe(mailto?.getAttribute('href')?.slice(7).split('?')[0])) ??
    findAddress(titled?.getAttribute('title')) ??
    findAddress(el.getAttribute('aria-label')) ??
    findAddress(el.textContent);
  let name = cleanText(el.getAttribute('name')) || textOf(el);
  if (address) {
    name = cleanText(
      name
        .replace(address, '')
        .replace(/[<>()]|\bfrom:?/gi, '')
        .replace(/^["']|["']$/g, ''),
    );
  }
  if (!name && !address) return null;
  return { name: name || null, address };
}

function decodeSafe(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** An ISO 8601 string for a date as webmail shows it, or null. */
export function toIsoDate(raw: string | null | undefined): string | null {
  const s = cleanText(raw)
    .replace(/\([^)]*\)/g, ' ') // "9:14 AM (2 hours ago)"
    .replace(/\b(at|um|à|om)\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!s) return null;
  const t = Date.parse(s);
  if (!Number.isNaN(t)) return new Date(t).toISOString();
  // "Tuesday, November 24, 2026 9:14 AM": drop the weekday and try again.
  const t2 = Date.parse(s.replace(/^[A-Za-z]+,?\s+(?=[A-Za-z]+\s+\d|\d)/, ''));
  return Number.isNaN(t2) ? null : new Date(t2).toISOString();
}

const DATE_TEXT_RE =
  /\b(?:\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4})(?:,? (?:at )?\d{1,2}:\d{2}(?: ?[AP]M)?)?/i;

/**
 * A date-like text in the message header, for apps with no stable date attribute (Outlook, iCloud):
 * the first `time[datetime]` or date-shaped text outside the body.
 */
export function findDateText(header: Element, body: Element | null): string | null {
  const time = Array.from(header.querySelectorAll('time[datetime]')).find(
    (t) => !body?.contains(t),
  );
  if (time) return time.getAttribute('datetime');
  const doc = header.ownerDocument;
  const walker = doc.createTreeWalker(header, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (body?.contains(n)) continue;
    const m = DATE_TEXT_RE.exec(n.textContent ?? '');
    if (m) return m[0];
  }
  for (const el of Array.from(header.querySelectorAll('[title]'))) {
    if (body?.contains(el)) continue;
    const m = DATE_TEXT_RE.exec(el.getAttribute('title') ?? '');
    if (m) return m[0];
  }
  return null;
}

/** A short, stable hash (FNV-1a) for keys built from content when the app gives no id. */
export function hashText(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The document of a same-origin iframe, or null (cross-origin, not loaded, sandboxed). */
export function frameDocument(frame: Element | null): Document | null {
  if (!frame || frame.tagName !== 'IFRAME') return null;
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}
