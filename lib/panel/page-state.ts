import { GET_PAGE_STATE, parsePageState, type PageState, type SnapshotMode } from '../messaging';

// What the panel shows, derived from the active tab. Pure: the caller passes in how to reach the
// content script, so this is testable without a browser.

export type PageLookup =
  | { kind: 'page'; state: PageState; tabId: number }
  /** No content script answered: not a webmail page (or one opened before the extension). */
  | { kind: 'no-content-script'; tabId: number | null; url: string | null }
  | { kind: 'bad-reply'; tabId: number };

export interface TabInfo {
  id?: number;
  url?: string;
}

export async function lookUpPage(
  tab: TabInfo | undefined,
  mode: SnapshotMode,
  send: (tabId: number, message: unknown) => Promise<unknown>,
): Promise<PageLookup> {
  if (tab?.id === undefined) return { kind: 'no-content-script', tabId: null, url: null };
  let reply: unknown;
  try {
    reply = await send(tab.id, { type: GET_PAGE_STATE, mode });
  } catch {
    return { kind: 'no-content-script', tabId: tab.id, url: tab.url ?? null };
  }
  if (reply === undefined)
    return { kind: 'no-content-script', tabId: tab.id, url: tab.url ?? null };
  const state = parsePageState(reply);
  return state ? { kind: 'page', state, tabId: tab.id } : { kind: 'bad-reply', tabId: tab.id };
}

/** Pages where no extension can run a content script: say so rather than "unsupported". */
export function isRestrictedPage(url: string | null): boolean {
  return (
    !url || /^(chrome|edge|about|chrome-extension|moz-extension|view-source|devtools):/i.test(url)
  );
}
