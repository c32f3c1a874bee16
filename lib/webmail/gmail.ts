import { queryAllFirst, queryFirst, queryFirstVisible, senderFrom, textOf } from './dom';
import type { SelectorList, WebmailAdapter } from './types';

// Gmail (mail.google.com). Evidence: gmail.js (src/gmail.js: dom.email / dom.thread, ".adn",
// "span.gD[email]", ".g3[title]", ".a3s"), InboxSDK (src/platform-implementation-js/dom-driver/
// gmail: GmailMessageView uses [data-message-id], ".adn", "h2.hP", ".iX" for the clipped-message
// footer and the durable anchors [data-message-id], span[email], h2[data-legacy-thread-id],
// div.a3s) and Mailvelope/FlowCrypt's Gmail selectors (".ii.gt .a3s"). Gmail renames its
// obfuscated classes every year or two, so the durable attribute anchors come first where one
// exists; each list is tried in order.
export const GMAIL_SELECTORS = {
  /** The open conversation. */
  root: [
    ['[role=main] .a98.iY', '2026-11'],
    ['[role=main] table.Bs > tr', '2023-06'],
    ['div.if', '2021-01'],
    ['[role=main]:has(h2[data-legacy-thread-id])', '2026-11'],
  ],
  /** One per message of the conversation, in order (collapsed ones included). */
  messages: [
    ['.adn[data-message-id]', '2026-11'],
    ['[data-message-id]', '2026-11'],
    ['.adn', '2021-01'],
  ],
  subject: [
    ['h2[data-legacy-thread-id]', '2026-11'],
    ['.ha h2', '2026-11'],
    ['h2.hP', '2021-01'],
  ],
  sender: [
    ['span.gD[email]', '2026-11'],
    ['td.gF span[email]', '2023-06'],
    ['.gs .cf.ix span[email]', '2021-01'],
    ['span[email]', '2026-11'],
  ],
  date: [
    ['.ads .gK .g3[title]', '2026-11'],
    ['span.g3[title]', '2023-06'],
    ['.gH [title]', '2021-01'],
  ],
  body: [
    ['.ii.gt .a3s:not([contenteditable=true])', '2026-11'],
    ['.a3s:not([contenteditable=true])', '2026-11'],
    ['.ii.gt', '2021-01'],
    ['.adP', '2019-01'],
  ],
  /** The "[Message clipped]  View entire message" footer of a body over ~102 KB. */
  clipLink: [
    ['.iX a[href*="view=lg"]', '2026-11'],
    ['a[href*="view=lg"][href*="permmsgid"]', '2026-11'],
  ],
  /** A draft inside a conversation is an inline editor (an expanded draft) or an msg-a:r id. */
  draft: [
    ['[contenteditable=true]', '2026-11'],
    ['[g_editable=true]', '2021-01'],
    ['.M9', '2021-01'],
  ],
} satisfies Record<string, SelectorList>;

/** Collapsed rows: ".kv" (one message), ".kQ" / ".kx" (bundles of older messages). */
const COLLAPSED = '.kv, .kQ, .kx';

/** Trimmed-content toggle ("…") and the per-message hover toolbar are not content. */
const STRIP = ['.adm', '.ajR'];

export const gmail: WebmailAdapter = {
  id: 'gmail',
  matches: (url) => url.hostname === 'mail.google.com',
  root: (doc) => queryFirst(doc, GMAIL_SELECTORS.root),
  messages: (root) => queryAllFirst(root, GMAIL_SELECTORS.messages),
  messageOf: (el) => el.closest('[data-message-id]') ?? el.closest('.adn'),
  isExpanded(msg) {
    const item = msg.closest('[role=listitem]') ?? msg.parentElement;
    if (item?.matches(COLLAPSED) || msg.matches(COLLAPSED)) return false;
    if (item?.getAttribute('aria-expanded') === 'false') return false;
    return queryFirst(msg, GMAIL_SELECTORS.body) !== null;
  },
  isDraft(msg) {
    const id = msg.getAttribute('data-message-id') ?? '';
    // Draft ids are "msg-a:r…" (a message of this account that was never sent).
    return /msg-a:r/.test(id) || queryFirst(msg, GMAIL_SELECTORS.draft) !== null;
  },
  subject(root, msg) {
    const doc = msg.ownerDocument;
    const h =
      queryFirstVisible(root, GMAIL_SELECTORS.subject) ??
      queryFirstVisible(doc, GMAIL_SELECTORS.subject);
    if (!h) return null;
    // Emoji in subjects are <img data-emoji="🎉" alt="🎉">: keep them as text.
    const clone = h.cloneNode(true) as Element;
    for (const img of Array.from(clone.querySelectorAll('img[data-emoji], img[alt]'))) {
      img.replaceWith(img.getAttribute('data-emoji') ?? img.getAttribute('alt') ?? '');
    }
    return textOf(clone) || null;
  },
  sender: (msg) => senderFrom(queryFirst(msg, GMAIL_SELECTORS.sender)),
  date(msg) {
    const el = queryFirst(msg, GMAIL_SELECTORS.date);
    return el?.getAttribute('title') || textOf(el) || null;
  },
  bodyElement: (msg) => queryFirst(msg, GMAIL_SELECTORS.body),
  messageKey(msg) {
    const id = msg.getAttribute('data-message-id') ?? msg.getAttribute('data-legacy-message-id');
    return id ? `gmail:${id.replace(/^#/, '')}` : null;
  },
  stripSelectors: STRIP,
  clippedSourceUrl(msg, url) {
    const link = clipLinkOf(msg);
    return link ? gmailOriginalUrl(msg, url, link.getAttribute('href')) : null;
  },
};

/**
 * Gmail's own "View entire message" link of a clipped message: in Gmail's UI around the body,
 * never inside it (an email can write "[Message clipped]" or a view=lg link of its own), and
 * for this message (its permmsgid is the message's id).
 */
function clipLinkOf(msg: Element): Element | null {
  const body = gmail.bodyElement(msg);
  if (!body) return null;
  const permId = messagePermId(msg);
  const forThisMessage = (href: string) => {
    try {
      return new URL(href, 'https://mail.google.com/').searchParams.get('permmsgid') === permId;
    } catch {
      return false;
    }
  };
  for (const [css] of GMAIL_SELECTORS.clipLink) {
    for (const a of Array.from(msg.querySelectorAll(css))) {
      if (!body.contains(a) && forThisMessage(a.getAttribute('href') ?? '')) return a;
    }
  }
  return null;
}

const messagePermId = (msg: Element) =>
  (msg.getAttribute('data-message-id') ?? '').replace(/^#/, '');

/**
 * The same-origin "Show original" URL (?view=om) of a message: the account path (/mail/u/N/) of
 * the page, the `ik` token of Gmail's own clip link and the message's permanent id.
 */
export function gmailOriginalUrl(
  msg: Element,
  pageUrl: URL,
  clipHref: string | null,
): string | null {
  const permId = messagePermId(msg);
  if (!permId) return null;
  let ik: string | null = null;
  if (clipHref) {
    try {
      ik = new URL(clipHref, pageUrl).searchParams.get('ik');
    } catch {
      ik = null;
    }
  }
  const account = /^\/mail\/u\/\d+\//.exec(pageUrl.pathname)?.[0] ?? '/mail/u/0/';
  const out = new URL(account, pageUrl.origin);
  if (ik) out.searchParams.set('ik', ik);
  out.searchParams.set('view', 'om');
  out.searchParams.set('permmsgid', permId);
  return out.href;
}
