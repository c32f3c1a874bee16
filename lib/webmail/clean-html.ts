import { hiddenNodes, styleRulesOf } from '../extract/blocks/hidden';

// The snapshot carries a cleaned copy of the body: the panel parses it with DOMParser and never
// renders it, but it is still untrusted mail, so nothing executable or remote-loading is kept.
// Hidden text is removed first, by the parser's own decision (inline styles and the email's
// <style> rules), since the <style> elements go; inline styles stay, minus anything that could
// load or run, so the panel reads the same emphasis, sizes and buttons as the CLI does.

const REMOVE = [
  'script',
  'style',
  'link',
  'meta',
  'noscript',
  'template',
  'iframe',
  'frame',
  'object',
  'embed',
  'applet',
  'base',
  'form button[type=submit]',
  'svg',
  'canvas',
  'video',
  'audio',
  'input',
  'select',
  'textarea',
  '[contenteditable=""]',
  '[contenteditable="true"]',
].join(',');

/** Quoted history and reply chrome of the common mail clients, removed from every body. */
export const QUOTED_HISTORY = [
  '.gmail_quote', // Gmail's reply quote (also blockquote.gmail_quote)
  '.protonmail_quote', // Proton's reply quote
  '#proton-blockquote',
  'blockquote[type="cite"]', // Apple Mail, Thunderbird, Roundcube replies
  '.moz-cite-prefix',
  '#divRplyFwdMsg', // Outlook's "From: … Sent: …" reply header
];

/** Outlook puts the quoted message after these markers as siblings: cut from the marker on. */
const CUT_FROM = ['#appendonsend', '#divRplyFwdMsg', '#Signature ~ hr'];

const SAFE_URL = /^(https?:|mailto:)/i;

export interface CleanBody {
  html: string;
  text: string;
}

/**
 * A cleaned HTML copy of `body`: imported into an inert document (no browsing context, so no
 * image loads or scripts), never the live node, with scripts, styles, editors, event handlers,
 * unsafe URLs, tracking pixels and quoted history removed.
 */
export function cleanBody(body: Element, strip: readonly string[] = []): CleanBody {
  const inert = body.ownerDocument.implementation.createHTMLDocument('');
  const clone = inert.importNode(body, true) as Element;
  for (const css of CUT_FROM) {
    for (const marker of safeAll(clone, css)) {
      const header = marker.id === 'divRplyFwdMsg' ? marker : marker.nextElementSibling;
      if (/Subject:\s*(FW|Fwd|WG|TR|RV)\s*:/i.test(header?.textContent ?? '')) continue;
      let next = marker.nextSibling;
      while (next) {
        const after = next.nextSibling;
        next.parentNode?.removeChild(next);
        next = after;
      }
      marker.remove();
    }
  }
  for (const node of hiddenNodes(clone, styleRulesOf(body))) node.parentNode?.removeChild(node);
  for (const el of safeAll(clone, REMOVE)) el.remove();
  for (const css of [...QUOTED_HISTORY, ...strip]) {
    // A forward sits in the same wrapper as a reply quote (Gmail's .gmail_quote): keep forwards,
    // they are the newsletter the user was sent.
    for (const el of safeAll(clone, css)) if (!isForward(el)) el.remove();
  }
  for (const el of [clone, ...Array.from(clone.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'srcset' || name === 'srcdoc') {
        el.removeAttribute(attr.name);
      } else if (name === 'style') {
        const safe = safeStyle(attr.value);
        if (safe) el.setAttribute('style', safe);
        else el.removeAttribute(attr.name);
      } else if ((name === 'href' || name === 'src' || name === 'action') && !isSafe(attr.value)) {
        el.removeAttribute(attr.name);
      }
    }
    if (el.tagName === 'IMG' && isTrackingPixel(el)) el.remove();
  }
  return {
    html: clone.innerHTML.trim(),
    text: (clone.textContent ?? '').replace(/\s+/g, ' ').trim(),
  };
}

// One dash stands for the run (\W* already takes the rest): `\W*-+` splits a run every way.
const FORWARD_RE =
  /^\W*?(?:- ?Forwarded message ?-|Begin forwarded message|- ?Message transféré ?-|- ?Weitergeleitete Nachricht ?-)/i;

function isForward(el: Element): boolean {
  return FORWARD_RE.test((el.textContent ?? '').slice(0, 300).trim());
}

/** CSS functions that only compute a value; any other (url, image-set, expression…) may load. */
const PURE_FUNCTIONS = new Set(['rgb', 'rgba', 'hsl', 'hsla', 'rect', 'inset', 'scale', 'calc']);

/**
 * The declarations of an inline style that can neither load nor run anything: a property name,
 * and a value of plain words, numbers, colours and pure functions (no escapes, quotes or url()).
 */
export function safeStyle(style: string): string {
  const kept: string[] = [];
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const prop = part.slice(0, colon).trim().toLowerCase();
    const value = part.slice(colon + 1).trim();
    if (!/^-?[a-z][a-z-]*$/.test(prop) || !/^[\w\s#%.,!()+-]*$/.test(value)) continue;
    if (functionsArePure(value.toLowerCase())) kept.push(`${prop}:${value}`);
  }
  return kept.join(';');
}

/** Every `name(` in the value names a pure function (read back from each parenthesis). */
function functionsArePure(value: string): boolean {
  for (let open = value.indexOf('('); open >= 0; open = value.indexOf('(', open + 1)) {
    let start = open;
    while (start > 0 && /[a-z-]/.test(value[start - 1]!)) start--;
    if (!PURE_FUNCTIONS.has(value.slice(start, open))) return false;
  }
  return true;
}

function isSafe(url: string): boolean {
  const v = url.trim();
  return SAFE_URL.test(v) || v.startsWith('#');
}

function isTrackingPixel(img: Element): boolean {
  const w = Number(img.getAttribute('width'));
  const h = Number(img.getAttribute('height'));
  return (w > 0 && w <= 2) || (h > 0 && h <= 2);
}

function safeAll(root: Element, css: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return [];
  }
}
