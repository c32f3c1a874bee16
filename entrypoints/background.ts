import {
  CUSTOM_SCRIPT_ID,
  clearOnDemand,
  WEBMAIL_SCRIPT_FILE,
  customOrigins,
  customRegistration,
} from '../lib/webmail/custom-origins';
import { createSyncEngine } from '../lib/reading-list/sync/engine';
import { createSyncScheduler, startsSync } from '../lib/reading-list/sync/scheduler';

export default defineBackground(() => {
  // The toolbar button (and its keyboard shortcut) opens the side panel. It is opened from the
  // click handler rather than by openPanelOnActionClick, because only a click the extension
  // handles grants activeTab, which "Summarise this page" needs on pages that are not webmail.
  if (browser.sidePanel) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false });
    browser.action.onClicked.addListener((tab) => {
      if (tab.id !== undefined) void browser.sidePanel.open({ tabId: tab.id }).catch(() => {});
    });
  } else {
    // Firefox: the same button toggles the sidebar.
    const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } })
      .sidebarAction;
    if (sidebar) browser.action?.onClicked.addListener(() => void sidebar.toggle());
  }

  // Custom webmail origins the user granted (from the panel or options) get the webmail content
  // script; revoking the permission removes it.
  const sync = async (justGranted: string[] = []) => {
    const scripting = browser.scripting;
    if (!scripting?.registerContentScripts) return; // needs the "scripting" permission
    try {
      const origins = customOrigins((await browser.permissions.getAll()).origins);
      const existing = await scripting.getRegisteredContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
      if (existing.length > 0)
        await scripting.unregisterContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
      if (origins.length > 0) await scripting.registerContentScripts([customRegistration(origins)]);
      // Tabs already open on a newly granted origin get the script now, without a reload.
      const fresh = customOrigins(justGranted);
      if (fresh.length === 0) return;
      for (const tab of await browser.tabs.query({ url: fresh })) {
        if (tab.id === undefined) continue;
        // A page summarised on demand before holds a reader that only answers requests.
        await scripting.executeScript({ target: { tabId: tab.id }, func: clearOnDemand });
        await scripting
          .executeScript({ target: { tabId: tab.id }, files: [WEBMAIL_SCRIPT_FILE] })
          .catch((err: unknown) => console.warn('[MailGist] could not start on', tab.url, err));
      }
    } catch (err) {
      console.warn('[MailGist] could not update custom webmail origins', err);
    }
  };
  browser.permissions.onAdded.addListener((p) => void sync(p.origins ?? []));
  browser.permissions.onRemoved.addListener(() => void sync());
  browser.runtime.onInstalled.addListener(() => void sync());
  browser.runtime.onStartup.addListener(() => void sync());

  // The reading list through the browser's own sync (off until the user opts in): a pass runs
  // whenever the list, the switch or the synced copy changes, with the panel open or not, and
  // once each time the worker starts.
  const readingListSync = createSyncScheduler(
    createSyncEngine({ area: browser.storage.sync }).run,
    {
      now: () => Date.now(),
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as number),
    },
    400,
    (err) => console.warn('[MailGist] reading-list sync failed', err),
  );
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (startsSync(areaName, Object.keys(changes))) readingListSync.poke();
  });
  readingListSync.poke();
});
