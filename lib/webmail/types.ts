import type { Provider } from '../email/snapshot';

/**
 * One selector of an ordered list: the CSS and the month it was last seen working (YYYY-MM), so a
 * stale entry is easy to spot and a provider's redesign is a one-line change. Lists are tried in
 * order; the first that matches wins.
 */
export type DatedSelector = readonly [css: string, seen: string];
export type SelectorList = readonly DatedSelector[];

export interface Sender {
  name: string | null;
  address: string | null;
}

/**
 * How one webmail app shows the open message. Every method takes the DOM it reads as an argument
 * (never the global document) so tests can feed it fixture pages.
 */
export interface WebmailAdapter {
  readonly id: Provider;
  /** Host check plus, where the host says nothing (Roundcube), a sniff of the page structure. */
  matches(url: URL, doc: Document): boolean;
  /** The reading pane / thread root: what change detection observes. Null when no message is open. */
  root(doc: Document): Element | null;
  /** Candidate message containers in DOM order. */
  messages(root: Element): Element[];
  /** The message container an element (a click target, say) belongs to. */
  messageOf(el: Element): Element | null;
  isExpanded(msg: Element): boolean;
  isDraft(msg: Element): boolean;
  subject(root: Element, msg: Element): string | null;
  sender(msg: Element): Sender | null;
  /** Raw date as shown (or an ISO value when the app exposes one); parsed by the caller. */
  date(msg: Element): string | null;
  /** The body element; may live in a same-origin iframe's document. */
  bodyElement(msg: Element): Element | null;
  /** Stable key of the message, for change detection and caching. */
  messageKey(msg: Element, url: URL): string | null;
  /** Quoted history and app chrome inside the body that is not the newsletter. */
  readonly stripSelectors: readonly string[];
  /** Gmail only: the body was clipped and the whole message must be fetched (same origin). */
  clippedSourceUrl?(msg: Element, url: URL): string | null;
}
