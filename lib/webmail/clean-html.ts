// The snapshot carries a cleaned copy of the body: the panel parses it with DOMParser and never
// renders it, but it is still untrusted mail, so nothing executable or remote-loading is kept.

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
  for (const el of safeAll(clone, REMOVE)) el.remove();
  for (const css of [...QUOTED_HISTORY, ...strip]) {
    // A forward sits in the same wrapper as a reply quote (Gmail's .gmail_quote): keep forwards,
    // they are the newsletter the user was sent.
    for (const el of safeAll(clone, css)) if (!isForward(el)) el.remove();
  }
  for (const el of [clone, ...Array.from(clone.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'srcset' || name === 'style' || name === 'srcdoc') {
        el.removeAttribute(attr.name);
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

const FORWARD_RE =
  /^\W*(-+ ?Forwarded message ?-+|Begin forwarded message|-+ ?Message transféré ?-+|-+ ?Weitergeleitete Nachricht ?-+)/i;

function isForward(el: Element): boolean {
  return FORWARD_RE.test((el.textContent ?? '').slice(0, 300).trim());
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
