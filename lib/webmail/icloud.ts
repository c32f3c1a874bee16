import { findDateText, hashText, queryFirst, senderFrom, textOf } from './dom';
import type { SelectorList, WebmailAdapter } from './types';

// iCloud Mail. The message is rendered in a cross-origin frame
// (https://www-mail.icloud-sandbox.com/applications/mail2-message/…), so the top page at
// www.icloud.com cannot read it: a content script runs inside that frame (all_frames) and answers
// for it. Evidence: Mailvelope's iCloud module ("the URL we enter is the URL of the iframe") and
// its body selector .mail-message-defaults; public extensions that special-case
// "icloud-sandbox.com/applications/mail2-message". The header selectors are NOT verified against a
// live account: sender and date fall back to the first address / date-shaped text above the body.
export const ICLOUD_SELECTORS = {
  body: [
    ['.mail-message-defaults', '2024-01'],
    ['[role=document]', 'unverified'],
  ],
  subject: [
    ['.subject', 'unverified'],
    ['[role=heading]', 'unverified'],
    ['h1', 'unverified'],
  ],
  sender: [
    ['.from [title*="@"]', 'unverified'],
    ['a[href^="mailto:"]', 'unverified'],
    ['[title*="@"]', 'unverified'],
  ],
} satisfies Record<string, SelectorList>;

export const icloud: WebmailAdapter = {
  id: 'icloud',
  matches: (url) =>
    url.hostname === 'www-mail.icloud-sandbox.com' && url.pathname.includes('/mail2-message'),
  root: (doc) => (queryFirst(doc, ICLOUD_SELECTORS.body) ? doc.body : null),
  messages: (root) => [root],
  messageOf: (el) => el.ownerDocument.body,
  isExpanded: (msg) => queryFirst(msg, ICLOUD_SELECTORS.body) !== null,
  isDraft: () => false,
  subject(root) {
    const body = queryFirst(root, ICLOUD_SELECTORS.body);
    const h = queryFirst(root, ICLOUD_SELECTORS.subject);
    return h && !body?.contains(h) ? textOf(h) || null : root.ownerDocument.title || null;
  },
  sender(msg) {
    const body = queryFirst(msg, ICLOUD_SELECTORS.body);
    for (const [css] of ICLOUD_SELECTORS.sender) {
      const el = Array.from(msg.querySelectorAll(css)).find((e) => !body?.contains(e));
      if (el) return senderFrom(el);
    }
    return null;
  },
  date: (msg) => findDateText(msg, queryFirst(msg, ICLOUD_SELECTORS.body)),
  bodyElement: (msg) => queryFirst(msg, ICLOUD_SELECTORS.body),
  messageKey(msg) {
    const head = `${icloud.subject(msg, msg) ?? ''}|${icloud.date(msg) ?? ''}`;
    const text = textOf(queryFirst(msg, ICLOUD_SELECTORS.body)).slice(0, 500);
    return `icloud:${hashText(`${head}|${text}`)}`;
  },
  stripSelectors: [],
};
