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

/** Extension stores: the browsers keep every extension out of them. */
const STORE_PAGES: readonly RegExp[] = [
  /^https:\/\/chromewebstore\.google\.com\//i, // Chrome Web Store
  /^https:\/\/chrome\.google\.com\/webstore/i, // its old address
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i, // Edge Add-ons
  /^https:\/\/addons\.mozilla\.org\//i, // Firefox Add-ons
];

/** Pages where no extension can run a content script: say so rather than "unsupported". */
export function isRestrictedPage(url: string | null): boolean {
  return (
    !url ||
    /^(chrome|edge|about|chrome-extension|moz-extension|view-source|devtools):/i.test(url) ||
    STORE_PAGES.some((re) => re.test(url))
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

/**
 * What the panel may do on a tab no content script answers on, learnt by running a no-op probe
 * there (the tab's URL is hidden without the "tabs" permission):
 * - `restricted`: a page no extension may script (browser pages, the extension store): offer
 *   nothing, say why;
 * - `no-access`: an ordinary page MailGist has no grant for yet (a toolbar click gives one);
 * - `reachable`: the page can be read on demand; `selection` says whether text is selected.
 */
export type TabProbe =
  { kind: 'restricted' } | { kind: 'no-access' } | { kind: 'reachable'; selection: boolean };

/**
 * How browsers word a refusal that no permission can lift, one row per kind of page (matched
 * case-insensitively, anchored on fixed words so it cannot backtrack).
 */
const NEVER_SCRIPTABLE: readonly RegExp[] = [
  // Chromium: chrome://, edge://, devtools://, another extension's chrome-extension:// pages.
  /cannot access a [a-z-]+:\/\/ url/i,
  // Chromium: the Chrome Web Store and Edge Add-ons.
  /gallery cannot be scripted/i,
  // Chromium: about:, view-source:, data: pages named in the error.
  /cannot access contents of url "(?:about|view-source|data|chrome|edge|devtools):/i,
  // Firefox words every refusal alike ("Missing host permission for the tab"): no row, so a
  // Firefox page without a grant stays `no-access` (the toolbar button may still open it).
];

/** The probe's outcome, from its result or the browser's refusal. */
export function probeOutcome(
  result: { ok: true; value: unknown } | { ok: false; error: string },
): TabProbe {
  if (result.ok) return { kind: 'reachable', selection: result.value === true };
  return NEVER_SCRIPTABLE.some((re) => re.test(result.error))
    ? { kind: 'restricted' }
    : { kind: 'no-access' };
}

/**
 * Runs in the page (serialised by scripting.executeScript, so self-contained): is any text
 * selected, in the page or a same-origin frame (a webmail's message frame)?
 */
export function hasSelectedText(): boolean {
  const selected = (d: Document | null) => (d?.getSelection()?.toString().trim().length ?? 0) > 0;
  if (selected(document)) return true;
  for (const frame of Array.from(document.querySelectorAll('iframe'))) {
    try {
      if (selected(frame.contentDocument)) return true;
    } catch {
      // A cross-origin frame: not readable from here.
    }
  }
  return false;
}
