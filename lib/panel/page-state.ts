import { GET_PAGE_STATE, parsePageState, type PageState, type SnapshotMode } from '../messaging';

// What the panel shows, derived from the active tab. Pure: the caller passes in how to reach the
// content script, so this is testable without a browser.

export type PageLookup =
  | { kind: 'page'; state: PageState; tabId: number }
  /**
   * No content script answered: not a webmail page (or one opened before the extension), or a
   * page still `loading`, whose content script has not started yet.
   */
  | { kind: 'no-content-script'; tabId: number | null; url: string | null; loading?: true }
  | { kind: 'bad-reply'; tabId: number };

export interface TabInfo {
  id?: number;
  url?: string;
  /** "loading" until the page has loaded (no permission needed to read it). */
  status?: string;
}

function noContentScript(tab: TabInfo & { id: number }): PageLookup {
  return {
    kind: 'no-content-script',
    tabId: tab.id,
    url: tab.url ?? null,
    ...(tab.status === 'loading' ? { loading: true as const } : {}),
  };
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
    return noContentScript({ ...tab, id: tab.id });
  }
  if (reply === undefined) return noContentScript({ ...tab, id: tab.id });
  const state = parsePageState(reply);
  return state ? { kind: 'page', state, tabId: tab.id } : { kind: 'bad-reply', tabId: tab.id };
}

/** Pages where no extension can run a content script: say so rather than "unsupported". */
export function isRestrictedPage(url: string | null): boolean {
  return (
    !url || /^(chrome|edge|about|chrome-extension|moz-extension|view-source|devtools):/i.test(url)
  );
}

/** The panel could not inject the content script: the browser refused access to the tab. */
export interface NoAccess {
  kind: 'no-access';
  tabId: number;
  url: string | null;
}

/** What the user is told when injecting into the tab is refused (no activeTab grant). */
export const NO_ACCESS_MESSAGE =
  'MailGist has no access to this tab yet. Click the MailGist toolbar button on this page first, then try again. (Browser pages, such as settings or the extension store, cannot be read.)';

/**
 * The selection or the page the user asked for. When no content script answers (any page that is
 * not a supported webmail), inject it on demand (`inject`, under the activeTab grant) and ask
 * again, retrying briefly while the injected script registers its listener. A page with a content
 * script already is asked directly, without injecting.
 */
export async function lookUpOnDemand(
  tab: TabInfo | undefined,
  mode: SnapshotMode,
  send: (tabId: number, message: unknown) => Promise<unknown>,
  inject: (tabId: number) => Promise<unknown>,
  retry: { tries: number; delayMs: number } = { tries: 15, delayMs: 100 },
): Promise<PageLookup | NoAccess> {
  const first = await lookUpPage(tab, mode, send);
  if (first.kind !== 'no-content-script' || mode === 'auto') return first;
  // Without the tabs permission the URL is unknown until the user invokes MailGist on the tab:
  // try, and let the browser say no.
  if (first.tabId === null || (first.url !== null && isRestrictedPage(first.url))) return first;
  const tabId = first.tabId;
  try {
    await inject(tabId);
  } catch {
    return { kind: 'no-access', tabId, url: first.url };
  }
  let last: PageLookup = first;
  for (let i = 0; i < retry.tries; i++) {
    last = await lookUpPage(tab, mode, send);
    if (last.kind !== 'no-content-script') return last;
    await new Promise((r) => setTimeout(r, retry.delayMs));
  }
  return last;
}
