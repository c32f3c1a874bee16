import { findDateText, frameDocument, hashText, queryFirst, senderFrom, textOf } from './dom';
import type { SelectorList, WebmailAdapter } from './types';

// Roundcube on any host (self-hosted, so recognised by page structure, not by host). Evidence:
// Roundcube's own templates (skins/elastic/templates/message.html and mail.html: body.task-mail,
// iframe#messagecontframe for the preview pane, h2.subject, div.header-summary with
// a.rcmContactAddress, div#messagebody; the larry skin uses the same ids) and Mailvelope's
// Roundcube detection. The preview is a same-origin iframe, read through contentDocument; the
// full-page view (_action=show) has the message in the top document.
export const ROUNDCUBE_SELECTORS = {
  sniff: [
    ['body.task-mail', '2026-11'],
    ['#messagecontframe', '2026-11'],
    ['#rcmloginuser', '2020-01'],
  ],
  frame: [['iframe#messagecontframe', '2026-11']],
  subject: [
    ['h2.subject', '2026-11'],
    ['.subject', '2018-01'],
  ],
  sender: [
    ['.header-summary a.rcmContactAddress', '2026-11'],
    ['.header .from a[href^="mailto:"]', '2026-11'],
    ['.header-summary [title*="@"]', '2026-11'],
    ['.from a', '2018-01'],
  ],
  date: [
    ['.header-summary .text-nowrap', '2026-11'],
    ['.header .date', '2026-11'],
    ['td.header.date', '2018-01'],
  ],
  body: [['#messagebody', '2026-11']],
  message: [
    ['#message-content', '2026-11'],
    ['#messagecontent', '2018-01'],
    ['body', '2018-01'],
  ],
} satisfies Record<string, SelectorList>;

/** The document showing the message: the preview frame's, or the top one on the full view. */
function messageDocument(doc: Document): Document | null {
  const inFrame = frameDocument(queryFirst(doc, ROUNDCUBE_SELECTORS.frame));
  if (inFrame && queryFirst(inFrame, ROUNDCUBE_SELECTORS.body)) return inFrame;
  return queryFirst(doc, ROUNDCUBE_SELECTORS.body) ? doc : null;
}

export const roundcube: WebmailAdapter = {
  id: 'roundcube',
  matches: (url, doc) =>
    url.searchParams.get('_task') === 'mail' || queryFirst(doc, ROUNDCUBE_SELECTORS.sniff) !== null,
  root(doc) {
    const d = messageDocument(doc);
    return d ? queryFirst(d, ROUNDCUBE_SELECTORS.message) : null;
  },
  messages: (root) => [root],
  messageOf: (el) => queryFirst(el.ownerDocument, ROUNDCUBE_SELECTORS.message),
  isExpanded: (msg) => queryFirst(msg, ROUNDCUBE_SELECTORS.body) !== null,
  isDraft: (msg) => msg.querySelector('[contenteditable=true], textarea#composebody') !== null,
  subject(root) {
    const h = queryFirst(root.ownerDocument, ROUNDCUBE_SELECTORS.subject);
    if (!h) return null;
    const clone = h.cloneNode(true) as Element;
    // Elastic puts a visually hidden "Subject: " label inside the heading.
    clone.querySelector('.voice')?.remove();
    return textOf(clone) || null;
  },
  sender: (msg) => senderFrom(queryFirst(msg.ownerDocument, ROUNDCUBE_SELECTORS.sender)),
  date(msg) {
    const el = queryFirst(msg.ownerDocument, ROUNDCUBE_SELECTORS.date);
    if (el) return el.getAttribute('title') ?? textOf(el);
    return findDateText(msg, queryFirst(msg, ROUNDCUBE_SELECTORS.body));
  },
  bodyElement: (msg) => queryFirst(msg, ROUNDCUBE_SELECTORS.body),
  messageKey(msg, url) {
    // The preview frame's URL carries the message's folder and uid.
    const frameUrl = safeUrl(msg.ownerDocument.location?.href);
    const params = frameUrl?.searchParams.get('_uid') ? frameUrl.searchParams : url.searchParams;
    const uid = params.get('_uid');
    if (uid) return `roundcube:${url.host}:${params.get('_mbox') ?? ''}:${uid}`;
    const head = `${roundcube.subject(msg, msg) ?? ''}|${textOf(queryFirst(msg.ownerDocument, ROUNDCUBE_SELECTORS.sender))}|${roundcube.date(msg) ?? ''}`;
    return `roundcube:${url.host}:${hashText(head)}`;
  },
  stripSelectors: [],
};

function safeUrl(href: string | undefined): URL | null {
  try {
    return href ? new URL(href) : null;
  } catch {
    return null;
  }
}
