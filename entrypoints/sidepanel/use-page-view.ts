import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseMessage, type SnapshotMode } from '@/lib/messaging';
import { summarise } from '@/lib/extract';
import { lookUpOnDemand, NO_ACCESS_MESSAGE } from '@/lib/panel/page-state';
import { markOnDemand } from '@/lib/webmail/content-wiring';
import { sitePermission, siteToRead } from '@/lib/panel/read-site';
import { loadSettings, saveSettings } from '@/lib/settings';
import { WEBMAIL_SCRIPT_FILE, clearOnDemand } from '@/lib/webmail/custom-origins';
import { viewFromLookup, type PanelView } from '@/lib/panel/panel-view';
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

export function usePageView(settings: Settings) {
  const [view, setView] = useState<PanelView>({ kind: 'working' });
  const activeTab = useRef<number | null>(null);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const run = useRef(0);

  const refresh = useCallback(async (mode: SnapshotMode = 'auto') => {
    const ticket = ++run.current;
    setView({ kind: 'working' });
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
      setView({
        kind: 'status',
        status: 'no-webmail',
        canSummarisePage: true,
        detail: NO_ACCESS_MESSAGE,
      });
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
      setView({
        ...view,
        status: 'no-webmail',
        canSummarisePage: true,
        ...(site ? { siteOrigin: site } : {}),
        ...(unreachable
          ? { detail: 'MailGist could not reach this page. Reload it and try again.' }
          : {}),
      });
      return;
    }
    setView(view);
  }, []);

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
      setView(
        viewFromLookup({ kind: 'page', state: msg.state, tabId }, s.enabledProviders, (snapshot) =>
          summarise(snapshot, { parseHtml, summarySentences: s.summarySentences }),
        ),
      );
    };
    const onActivated = () => void refresh();
    const onUpdated = (tabId: number, info: { status?: string; url?: string }) => {
      if (tabId === activeTab.current && (info.status === 'complete' || info.url)) void refresh();
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [refresh]);

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
            setView((v) =>
              v.kind === 'status'
                ? { ...v, detail: `MailGist was not allowed to read ${origin}.` }
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
    [refresh],
  );

  return { view, refresh, readSite };
}
