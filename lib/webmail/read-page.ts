import type { EmailSnapshot, Provider } from '../email/snapshot';
import type { PageState, SnapshotMode } from '../messaging';
import { cleanBody } from './clean-html';
import { cleanText, hashText, toIsoDate } from './dom';
import { generic, reachableDocuments } from './generic';
import { pageContent } from './page-content';
import { adapterFor } from './providers';
import type { WebmailAdapter } from './types';

/** What a read needs: the page's document and URL, and the message the user last clicked. */
export interface PageInput {
  doc: Document;
  url: URL;
  lastClicked?: Element | null;
}

/** The open message as found on the page, before its snapshot is built. */
export interface FoundMessage {
  adapter: WebmailAdapter;
  root: Element;
  msg: Element;
  body: Element;
  key: string;
}

export type Lookup =
  | { kind: 'message'; found: FoundMessage }
  /** The app shows no message (inbox list, empty pane); `pending` when one may still be loading. */
  | { kind: 'none'; provider: Provider; pending: boolean };

/** A selection longer than this is what the user wants summarised (generic pages). */
export const SELECTION_WINS_AT = 200;

/**
 * Which message of a conversation: the one the user clicked if it is still open, else the last
 * expanded message that is not a draft.
 */
export function pickMessage(
  adapter: WebmailAdapter,
  msgs: readonly Element[],
  lastClicked?: Element | null,
): Element | null {
  const usable = (m: Element) =>
    adapter.isExpanded(m) && !adapter.isDraft(m) && adapter.bodyElement(m) !== null;
  if (lastClicked && msgs.includes(lastClicked) && usable(lastClicked)) return lastClicked;
  for (let i = msgs.length - 1; i >= 0; i--) {
    const m = msgs[i];
    if (m && usable(m)) return m;
  }
  return null;
}

/** Find the open message with the page's adapter; the generic scanner when its selectors fail. */
export function findOpenMessage(
  input: PageInput,
  adapter = adapterFor(input.url, input.doc),
): Lookup {
  const root = adapter.root(input.doc);
  if (!root) return { kind: 'none', provider: adapter.id, pending: false };
  const msgs = adapter.messages(root);
  const clicked = input.lastClicked ? adapter.messageOf(input.lastClicked) : null;
  const msg = pickMessage(adapter, msgs, clicked);
  const body = msg ? adapter.bodyElement(msg) : null;
  if (msg && body) {
    const key =
      adapter.messageKey(msg, input.url) ??
      `${adapter.id}:${hashText(cleanText(body.textContent).slice(0, 2000))}`;
    return { kind: 'message', found: { adapter, root, msg, body, key } };
  }
  if (adapter === generic) return { kind: 'none', provider: 'generic', pending: false };
  if (msgs.length > 0 && msgs.some((m) => adapter.isExpanded(m) && !adapter.isDraft(m))) {
    // An expanded message whose body the selectors cannot find: the app changed. Say so locally
    // (no telemetry) and let the generic scanner try.
    console.warn(
      `[MailGist] ${adapter.id}: open message found but not its body; using the generic reader`,
    );
    const fallback = findOpenMessage(input, generic);
    if (fallback.kind === 'message') return fallback;
    return { kind: 'none', provider: adapter.id, pending: true };
  }
  return { kind: 'none', provider: adapter.id, pending: msgs.length > 0 };
}

/** The EmailSnapshot of a found message: a cleaned copy of its body plus its header fields. */
export function snapshotOf(found: FoundMessage, url: URL): EmailSnapshot {
  const { adapter, root, msg, body } = found;
  const cleaned = cleanBody(body, adapter.stripSelectors);
  const sender = adapter.sender(msg);
  return {
    subject:
      cleanText(adapter.subject(root, msg)) || titleSubject(msg.ownerDocument) || '(no subject)',
    from: { name: sender?.name ?? null, address: sender?.address ?? null },
    date: toIsoDate(adapter.date(msg)),
    html: cleaned.html || null,
    text: cleaned.html ? null : cleaned.text,
    url: url.href,
    provider: adapter.id,
  };
}

function titleSubject(doc: Document): string {
  return cleanText(doc.title.split(/ [-–|•] /)[0]);
}

/** The user's selection (in the page or a same-origin frame) as a snapshot, or null. */
export function selectionSnapshot(
  doc: Document,
  url: URL,
  provider: Provider,
  minLength = 1,
): EmailSnapshot | null {
  for (const d of reachableDocuments(doc)) {
    const snap = selectionIn(d, doc, url, provider, minLength);
    if (snap) return snap;
  }
  return null;
}

function selectionIn(
  d: Document,
  top: Document,
  url: URL,
  provider: Provider,
  minLength: number,
): EmailSnapshot | null {
  const sel = d.defaultView?.getSelection?.() ?? d.getSelection?.() ?? null;
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const text = cleanText(sel.toString());
  if (text.length < minLength) return null;
  const inert = d.implementation.createHTMLDocument('');
  const wrap = inert.createElement('div');
  for (let i = 0; i < sel.rangeCount; i++) {
    wrap.append(inert.importNode(sel.getRangeAt(i).cloneContents(), true));
  }
  const cleaned = cleanBody(wrap);
  return {
    subject: titleSubject(top) || '(selection)',
    from: { name: null, address: null },
    date: null,
    html: cleaned.html || null,
    text: cleaned.html ? null : text,
    url: url.href,
    provider,
  };
}

/**
 * The page's main content as a snapshot (the user asked for "summarise the page"): from the
 * document or same-origin frame that holds it (a webmail's framed message), visible text only.
 */
export function pageSnapshot(doc: Document, url: URL, provider: Provider): EmailSnapshot | null {
  const found = pageContent(doc);
  if (!found) return null;
  const cleaned = cleanBody(found.content);
  if (!cleaned.text) return null;
  // A framed message's own title is its subject; the top page's is the mailbox's.
  const subject = (found.doc !== doc && titleSubject(found.doc)) || titleSubject(doc);
  return {
    subject: subject || url.hostname,
    from: { name: null, address: null },
    date: null,
    html: cleaned.html,
    text: null,
    url: url.href,
    provider,
  };
}

/**
 * The page state for a request from the panel. `auto` reads the open message (a long selection
 * wins on generic pages); `selection` and `page` are what the user picked instead.
 */
export function readPageState(input: PageInput, mode: SnapshotMode): PageState {
  const adapter = adapterFor(input.url, input.doc);
  if (mode === 'selection') {
    const snap = selectionSnapshot(input.doc, input.url, adapter.id);
    return snap
      ? {
          status: 'message',
          key: `selection:${hashText(snap.html ?? snap.text ?? '')}`,
          snapshot: snap,
        }
      : { status: 'no-message', provider: adapter.id };
  }
  if (mode === 'page') {
    const snap = pageSnapshot(input.doc, input.url, adapter.id);
    return snap
      ? {
          status: 'message',
          key: `page:${hashText(input.url.href + (snap.html ?? ''))}`,
          snapshot: snap,
        }
      : { status: 'no-message', provider: adapter.id };
  }
  if (adapter === generic) {
    const snap = selectionSnapshot(input.doc, input.url, 'generic', SELECTION_WINS_AT + 1);
    if (snap)
      return {
        status: 'message',
        key: `selection:${hashText(snap.html ?? snap.text ?? '')}`,
        snapshot: snap,
      };
  }
  const lookup = findOpenMessage(input, adapter);
  if (lookup.kind === 'none') return { status: 'no-message', provider: lookup.provider };
  return {
    status: 'message',
    key: lookup.found.key,
    snapshot: snapshotOf(lookup.found, input.url),
  };
}
