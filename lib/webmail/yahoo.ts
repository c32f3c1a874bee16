import { findDateText, hashText, queryAllFirst, queryFirst, senderFrom, textOf } from './dom';
import type { SelectorList, WebmailAdapter } from './types';

// Yahoo Mail (mail.yahoo.com and its regional *.mail.yahoo.com) and AOL Mail (mail.aol.com), which
// runs the same app and markup. Evidence: Mailvelope and FlowCrypt's Yahoo selectors (the app marks
// its parts with data-test-id: message-view, message-group-subject-text, message-from, email-pill,
// message-view-body-content). The date attribute is not verified against a live account: the list
// ends with the generic date-text scan of the header.
export const YAHOO_SELECTORS = {
  root: [
    ['[data-test-id=message-group-view-scroller]', '2026-11'],
    ['[data-test-id=message-group-view]', '2024-01'],
    ['.message-view', '2020-01'],
  ],
  messages: [
    ['[data-test-id=message-view]', '2026-11'],
    ['.message-view-item', '2020-01'],
  ],
  subject: [
    ['[data-test-id=message-group-subject-text]', '2026-11'],
    ['[data-test-id=message-subject]', '2024-01'],
  ],
  sender: [
    ['[data-test-id=message-from] [data-test-id=email-pill]', '2026-11'],
    ['[data-test-id=message-from]', '2024-01'],
  ],
  date: [
    ['[data-test-id=message-date]', 'unverified'],
    ['time[datetime]', 'unverified'],
  ],
  body: [
    ['[data-test-id=message-view-body-content]', '2026-11'],
    ['.msg-body', '2020-01'],
  ],
  draft: [
    ['[contenteditable=true]', '2026-11'],
    ['[data-test-id=compose]', '2024-01'],
  ],
} satisfies Record<string, SelectorList>;

export const yahoo: WebmailAdapter = {
  id: 'yahoo',
  matches: (url) =>
    url.hostname === 'mail.yahoo.com' ||
    url.hostname.endsWith('.mail.yahoo.com') ||
    url.hostname === 'mail.aol.com',
  root: (doc) => queryFirst(doc, YAHOO_SELECTORS.root),
  messages: (root) => queryAllFirst(root, YAHOO_SELECTORS.messages),
  messageOf: (el) => el.closest(YAHOO_SELECTORS.messages.map(([c]) => c).join(',')),
  // A collapsed message of a thread shows its header and snippet but no body.
  isExpanded: (msg) =>
    msg.getAttribute('aria-expanded') !== 'false' && queryFirst(msg, YAHOO_SELECTORS.body) !== null,
  isDraft: (msg) => queryFirst(msg, YAHOO_SELECTORS.draft) !== null,
  subject: (root, msg) =>
    textOf(
      queryFirst(root, YAHOO_SELECTORS.subject) ??
        queryFirst(msg.ownerDocument, YAHOO_SELECTORS.subject),
    ) || null,
  sender(msg) {
    const pill = queryFirst(msg, YAHOO_SELECTORS.sender);
    const s = senderFrom(pill);
    return s;
  },
  date(msg) {
    const el = queryFirst(msg, YAHOO_SELECTORS.date);
    if (el) return el.getAttribute('datetime') ?? el.getAttribute('title') ?? textOf(el);
    return findDateText(msg, queryFirst(msg, YAHOO_SELECTORS.body));
  },
  bodyElement: (msg) => queryFirst(msg, YAHOO_SELECTORS.body),
  messageKey(msg, url) {
    // /d/folders/1/messages/12345 (the opened message or the thread's first message).
    const id = /\/messages\/([^/?#]+)/.exec(url.pathname)?.[1] ?? 'pane';
    const root = queryFirst(msg.ownerDocument, YAHOO_SELECTORS.root);
    const index = root ? yahoo.messages(root).indexOf(msg) : 0;
    const who = textOf(queryFirst(msg, YAHOO_SELECTORS.sender));
    return `yahoo:${id}:${index}:${hashText(`${who}|${yahoo.date(msg) ?? ''}`)}`;
  },
  // Yahoo's reply quote ("On Tuesday, … wrote:").
  stripSelectors: ['.yahoo_quoted'],
};
