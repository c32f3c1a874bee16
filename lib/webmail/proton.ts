import { findDateText, frameDocument, queryAllFirst, queryFirst, senderFrom, textOf } from './dom';
import type { SelectorList, WebmailAdapter } from './types';

// Proton Mail (mail.proton.me). Evidence: Proton's open-source WebClients (applications/mail:
// MessageView renders article[data-shortcut-target="message-container"][data-message-id] with
// data-expanded, the header data-testid values below, and the body in a same-origin about:blank
// iframe[data-testid="content-iframe"] whose document holds #proton-root), and Mailvelope's Proton
// support. The body is read through iframe.contentDocument: no message from inside the frame.
export const PROTON_SELECTORS = {
  messages: [
    ['article[data-shortcut-target=message-container][data-message-id]', '2026-11'],
    ['article[data-message-id]', '2024-01'],
  ],
  subject: [
    ['[data-testid="conversation-header:subject"]', '2026-11'],
    ['h1.message-conversation-summary-header', '2022-01'],
  ],
  sender: [
    ['.message-header-expanded [data-testid="recipient-address"]', '2026-11'],
    ['.message-header-expanded [title*="@"]', '2024-01'],
    ['[data-testid="message-header-expanded:sender"]', '2026-11'],
  ],
  senderName: [['.message-header-expanded [data-testid="recipient-label"]', '2026-11']],
  date: [
    ['.message-header-expanded time[datetime]', '2026-11'],
    ['time[datetime]', '2024-01'],
  ],
  frame: [
    ['iframe[data-testid=content-iframe]', '2026-11'],
    ['.message-content iframe', '2022-01'],
  ],
  frameBody: [
    ['#proton-root', '2026-11'],
    ['body', '2022-01'],
  ],
  draft: [
    ['[data-testid="message:draft-label"]', '2026-11'],
    ['[contenteditable=true]', '2026-11'],
  ],
} satisfies Record<string, SelectorList>;

const MESSAGE = PROTON_SELECTORS.messages.map(([c]) => c).join(',');

export const proton: WebmailAdapter = {
  id: 'proton',
  matches: (url) => url.hostname === 'mail.proton.me',
  // The conversation is the parent of the message articles (the first one's container).
  root: (doc) => doc.querySelector(MESSAGE)?.parentElement ?? null,
  messages: (root) => queryAllFirst(root, PROTON_SELECTORS.messages),
  messageOf: (el) => el.closest(MESSAGE),
  isExpanded: (msg) => msg.getAttribute('data-expanded') !== 'false',
  isDraft: (msg) =>
    msg.getAttribute('data-is-draft') === 'true' ||
    queryFirst(msg, PROTON_SELECTORS.draft) !== null,
  subject(root, msg) {
    const h =
      queryFirst(root.ownerDocument, PROTON_SELECTORS.subject) ??
      queryFirst(msg, PROTON_SELECTORS.frame);
    return h?.getAttribute('title') || h?.getAttribute('data-subject') || textOf(h) || null;
  },
  sender(msg) {
    const s = senderFrom(queryFirst(msg, PROTON_SELECTORS.sender));
    const name = textOf(queryFirst(msg, PROTON_SELECTORS.senderName));
    if (s && name && (!s.name || s.name === s.address)) s.name = name;
    return s;
  },
  date(msg) {
    const t = queryFirst(msg, PROTON_SELECTORS.date);
    return (
      t?.getAttribute('datetime') ?? findDateText(msg, queryFirst(msg, PROTON_SELECTORS.frame))
    );
  },
  bodyElement(msg) {
    const doc = frameDocument(queryFirst(msg, PROTON_SELECTORS.frame));
    const body = doc ? queryFirst(doc, PROTON_SELECTORS.frameBody) : null;
    // The frame is written after it loads: an empty root means "not ready yet".
    return body && textOf(body) ? body : null;
  },
  messageKey: (msg) => {
    const id = msg.getAttribute('data-message-id');
    return id ? `proton:${id}` : null;
  },
  // Proton folds quoted history into a toggle; its markup keeps the quote in these.
  stripSelectors: ['.protonmail_quote', '#proton-blockquote'],
};
