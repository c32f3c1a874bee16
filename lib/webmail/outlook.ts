import { findDateText, hashText, queryAllFirst, queryFirst, senderFrom, textOf } from './dom';
import type { SelectorList, WebmailAdapter } from './types';

// Outlook on the web (consumer outlook.live.com, work/school outlook.office.com,
// outlook.office365.com and the 2024+ outlook.cloud.microsoft). Evidence: Mailvelope's OWA
// selectors and an OWA reading-pane helper ([role=document] message bodies, "UniqueMessageBody"
// ids, #ReadingPaneContainerId), FlowCrypt's Outlook notes, and OWA's own accessibility markup
// (role=heading subject, aria-label on the sender button). OWA has no stable date attribute, so the
// date is the first date-shaped text of the message header.
export const OUTLOOK_SELECTORS = {
  root: [
    ['#ReadingPaneContainerId', '2026-11'],
    ['[data-app-section=MailReadCompose]', '2024-06'],
    ['[data-app-section=ConversationContainer]', '2024-06'],
  ],
  /** Message bodies; the message card is found by walking up from the body. */
  body: [
    ['[role=document][id^=UniqueMessageBody]', '2026-11'],
    ['.allowTextSelection[role=document]', '2023-11'],
    ['[aria-label="Message body"]', '2022-01'],
  ],
  subject: [
    ['[role=heading][id$=_SUBJECT]', '2026-11'],
    ['[role=heading][aria-level="2"]', '2024-06'],
    ['[role=heading]', '2022-01'],
  ],
  sender: [
    ['[id^=MSG_][id$=_FROM]', '2026-11'],
    ['[aria-label^="From:"]', '2024-06'],
    ['[title*="@"]', '2022-01'],
  ],
  /** The conversation selected in the message list (URL-less reading pane). */
  selectedConversation: [['[data-convid][aria-selected=true]', '2026-11']],
  /** Inline reply / forward editor inside the reading pane. */
  draft: [
    ['[contenteditable=true]', '2026-11'],
    ['[aria-label="Message body, press Alt+F10 to exit"]', '2022-01'],
  ],
} satisfies Record<string, SelectorList>;

/**
 * The message card of a body: climb from the body while the ancestor holds no other message (no
 * second body or sender) and no editor. OWA's card classes are obfuscated and change.
 */
function cardOf(body: Element, root: Element): Element {
  let card = body;
  for (let p = body.parentElement; p && p !== root && root.contains(p); p = p.parentElement) {
    if (queryAllFirst(p, OUTLOOK_SELECTORS.body).length > 1) break;
    if (queryAllFirst(p, OUTLOOK_SELECTORS.sender).length > 1) break;
    if (queryFirst(p, OUTLOOK_SELECTORS.draft) && !queryFirst(card, OUTLOOK_SELECTORS.draft)) break;
    card = p;
  }
  return card;
}

export const outlook: WebmailAdapter = {
  id: 'outlook',
  matches: (url) =>
    /^outlook\.(live\.com|office\.com|office365\.com|cloud\.microsoft)$/.test(url.hostname),
  root: (doc) => queryFirst(doc, OUTLOOK_SELECTORS.root),
  messages: (root) => queryAllFirst(root, OUTLOOK_SELECTORS.body).map((b) => cardOf(b, root)),
  messageOf(el) {
    const root = el.closest(OUTLOOK_SELECTORS.root.map(([c]) => c).join(','));
    if (!root) return null;
    return outlook.messages(root).find((card) => card.contains(el)) ?? null;
  },
  isExpanded: (msg) => queryFirst(msg, OUTLOOK_SELECTORS.body) !== null,
  isDraft: (msg) => queryFirst(msg, OUTLOOK_SELECTORS.draft) !== null,
  subject(root) {
    const h = queryFirst(root, OUTLOOK_SELECTORS.subject);
    return textOf(h) || h?.getAttribute('title') || null;
  },
  sender: (msg) => senderFrom(queryFirst(msg, OUTLOOK_SELECTORS.sender)),
  date: (msg) => findDateText(msg, queryFirst(msg, OUTLOOK_SELECTORS.body)),
  bodyElement: (msg) => queryFirst(msg, OUTLOOK_SELECTORS.body),
  messageKey(msg, url) {
    // The open item's id is in the path (/mail/inbox/id/AAQk…); else the selected conversation.
    const fromPath = /\/id\/([^/?#]+)/.exec(url.pathname)?.[1];
    const conv =
      fromPath ??
      queryFirst(msg.ownerDocument, OUTLOOK_SELECTORS.selectedConversation)?.getAttribute(
        'data-convid',
      );
    const root = queryFirst(msg.ownerDocument, OUTLOOK_SELECTORS.root);
    const index = root ? outlook.messages(root).indexOf(msg) : 0;
    const who = textOf(queryFirst(msg, OUTLOOK_SELECTORS.sender));
    const when = outlook.date(msg) ?? '';
    // Body ids (UniqueMessageBody_N) are positions, not ids: add sender and date to tell
    // messages apart when the conversation id is missing.
    return `outlook:${conv ?? 'pane'}:${index}:${hashText(`${who}|${when}`)}`;
  },
  stripSelectors: [],
};
