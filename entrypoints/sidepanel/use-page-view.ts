import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseMessage, type SnapshotMode } from '@/lib/messaging';
import { summarise } from '@/lib/extract';
import {
  hasSelectedText,
  lookUpOnDemand,
  NO_ACCESS_MESSAGE,
  probeOutcome,
  type TabProbe,
} from '@/lib/panel/page-state';
import { markOnDemand } from '@/lib/webmail/content-wiring';
import { sitePermission, siteToRead } from '@/lib/panel/read-site';
import { loadSettings, saveSettings } from '@/lib/settings';
import { WEBMAIL_SCRIPT_FILE, clearOnDemand } from '@/lib/webmail/custom-origins';
import {
  keepLastBrief,
  offersSelection,
  viewFromLookup,
  withSelection,
  type PanelView,
} from '@/lib/panel/panel-view';
import type { Settings } from '@/lib/settings';

// Wiring: follows the active tab, asks its content script for the open message, and summarises
// it here in the panel (the content script stays small).

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/**
 * Puts the content script into a page that has none (not a supported webmail), for the selection
 * or page the user asked for. Works under activeTab: only after the user invoked MailGist on this
 * tab (toolbar button, shortcut); otherwise the browser refuses and the panel says what to do.
 */
async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, func: markOnDemand });
  await browser.scripting.executeScript({ target: { tabId }, files: [WEBMAIL_SCRIPT_FILE] });
}

/** Starts the full page reader in a tab of a site the user just allowed (over an on-demand one). */
async function startReader(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, func: clearOnDemand });
  await browser.scripting.executeScript({ target: { tabId }, files: [WEBMAIL_SCRIPT_FILE] });
}

/** A no-op run in the tab: can MailGist script it, and is text selected there? */
async function probeTab(tabId: number): Promise<TabProbe> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: hasSelectedText,
    });
    return probeOutcome({ ok: true, value: frame?.result });
  } catch (err) {
    return probeOutcome({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
}

export function usePageView(settings: Settings) {
  const [view, setViewState] = useState<PanelView>({ kind: 'working' });
  const viewRef = useRef(view);
  const setView = useCallback((next: PanelView | ((v: PanelView) => PanelView)) => {
    viewRef.current = typeof next === 'function' ? next(viewRef.current) : next;
    setViewState(viewRef.current);
  }, []);
  const activeTab = useRef<number | null>(null);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const run = useRef(0);
  // The last brief, kept in view while the user visits a tab that is not webmail.
  const lastBrief = useRef<Extract<PanelView, { kind: 'brief' }> | null>(null);
  const show = useCallback(
    (next: PanelView, keep: boolean) => {
      if (next.kind === 'brief') lastBrief.current = next;
      setView(keep ? keepLastBrief(lastBrief.current, next) : next);
    },
    [setView],
  );

  const refresh = useCallback(async (mode: SnapshotMode = 'auto') => {
    const ticket = ++run.current;
    const auto = mode === 'auto';
    // Following the user to another tab keeps the brief on screen until the next one is ready.
    setView((v) => (auto && v.kind === 'brief' ? v : { kind: 'working' }));
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
    activeTab.current = tab?.id ?? null;
    const lookup = await lookUpOnDemand(
      tab,
      mode,
      (id, msg) => browser.tabs.sendMessage(id, msg),
      injectContentScript,
    );
    // Let "working" paint before the synchronous parse.
    await new Promise((r) => setTimeout(r, 0));
    if (ticket !== run.current) return;
    if (lookup.kind === 'no-access') {
      show(
        {
          kind: 'status',
          status: 'no-webmail',
          canSummarisePage: true,
          needsGrant: true,
          detail: NO_ACCESS_MESSAGE,
        },
        false,
      );
      return;
    }
    const s = settingsRef.current;
    const view = viewFromLookup(
      lookup,
      s.enabledProviders,
      (snapshot) => summarise(snapshot, { parseHtml, summarySentences: s.summarySentences }),
      mode !== 'auto',
    );
    // Any page but a known browser page (the URL is unknown until MailGist is invoked on the tab:
    // no "tabs" permission): the page or selection can be summarised on demand.
    const unknownUrl = lookup.kind === 'no-content-script' && lookup.tabId !== null && !lookup.url;
    if (view.kind === 'status' && (view.status === 'no-webmail' || unknownUrl)) {
      const unreachable = mode !== 'auto' && lookup.kind === 'no-content-script';
      const site = siteToRead(tab?.url);
      // Whether this page can be scripted at all (a browser page cannot), and its selection.
      const probe: TabProbe =
        lookup.kind === 'no-content-script' && lookup.tabId !== null
          ? await probeTab(lookup.tabId)
          : { kind: 'no-access' };
      if (ticket !== run.current) return;
      if (probe.kind === 'restricted') {
        show({ kind: 'status', status: 'restricted', canSummarisePage: false }, auto);
        return;
      }
      show(
        {
          ...view,
          status: 'no-webmail',
          canSummarisePage: true,
          ...(probe.kind === 'reachable' ? { selection: probe.selection } : { needsGrant: true }),
          ...(site ? { siteOrigin: site } : {}),
          ...(unreachable
            ? { detail: 'MailGist could not reach this page. Reload it and try again.' }
            : {}),
        },
        auto,
      );
      return;
    }
    if (view.kind === 'status' && view.canSummarisePage && lookup.kind === 'page') {
      const probe = await probeTab(lookup.tabId);
      if (ticket !== run.current) return;
      show(probe.kind === 'reachable' ? withSelection(view, probe.selection) : view, auto);
      return;
    }
    show(view, auto);
  }, []);

  /** Looks at the page's selection again (the user may have selected text since). */
  const checkSelection = useCallback(async () => {
    const tabId = activeTab.current;
    if (tabId === null || !offersSelection(viewRef.current)) return;
    const probe = await probeTab(tabId);
    if (probe.kind === 'reachable' && tabId === activeTab.current)
      setView((v) => withSelection(v, probe.selection));
  }, [setView]);

  useEffect(() => {
    void refresh();
    const onMessage = (raw: unknown, sender: { tab?: { id?: number } }) => {
      const msg = parseMessage(raw);
      if (msg?.type !== 'mailgist:page-state-changed') return;
      if (sender.tab?.id === undefined || sender.tab.id !== activeTab.current) return;
      // A clipped message is read whole only when the panel asks for it.
      if (msg.state.status === 'message' && msg.state.partial) return void refresh();
      const s = settingsRef.current;
      const tabId = sender.tab.id;
      show(
        viewFromLookup({ kind: 'page', state: msg.state, tabId }, s.enabledProviders, (snapshot) =>
          summarise(snapshot, { parseHtml, summarySentences: s.summarySentences }),
        ),
        false,
      );
    };
    const onActivated = () => void refresh();
    const onUpdated = (tabId: number, info: { status?: string; url?: string }) => {
      if (tabId === activeTab.current && (info.status === 'complete' || info.url)) void refresh();
    };
    // Coming back to the panel (pointer or focus) is when a selection made in the page matters.
    const onReturn = () => void checkSelection();
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    window.addEventListener('focus', onReturn);
    document.documentElement.addEventListener('pointerenter', onReturn);
    return () => {
      window.removeEventListener('focus', onReturn);
      document.documentElement.removeEventListener('pointerenter', onReturn);
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [refresh, checkSelection, show]);

  // A new sentence count re-summarises the open message; switching a provider off or on takes
  // effect at once (the content script goes quiet while its provider is off).
  const providersKey = settings.enabledProviders.join(',');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    void refresh();
  }, [settings.summarySentences, providersKey]);

  /**
   * "Read this site automatically": asks for the origin (first thing in the click, as the browser
   * needs the user's gesture), keeps it in Options, starts the reader in this tab and reads it.
   * The background registers the reader for the origin's future pages (permissions.onAdded).
   */
  const readSite = useCallback(
    (origin: string) => {
      void browser.permissions.request(sitePermission(origin)).then(
        async (granted) => {
          if (!granted) {
            const detail = `MailGist was not allowed to read ${origin}.`;
            setView((v) =>
              v.kind === 'status'
                ? { ...v, detail }
                : v.kind === 'brief' && v.elsewhere
                  ? { ...v, elsewhere: { ...v.elsewhere, detail } }
                  : v,
            );
            return;
          }
          const s = await loadSettings();
          if (!s.customOrigins.includes(origin))
            await saveSettings({ customOrigins: [...s.customOrigins, origin] });
          if (activeTab.current !== null) await startReader(activeTab.current).catch(() => {});
          await refresh('auto');
        },
        () => setView({ kind: 'status', status: 'error', canSummarisePage: true }),
      );
    },
    [refresh, setView],
  );

  return { view, refresh, readSite };
}
