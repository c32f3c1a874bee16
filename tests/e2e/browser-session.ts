import { Chromium, sleep } from './chromium';
import { pageUrl, type FixturePage } from './fixture-pages';
import type { PrivacyRecorder } from './privacy-recorder';
import { TargetSession, listTargets, waitForTarget } from './target-session';

// Chromium with the built extension loaded, one webmail tab, and the real side panel opened from
// the toolbar button (Extensions.triggerAction on the tab's target), as a user would open it.

export interface SessionOptions {
  extensionDir: string;
  profileDir: string;
  hosts: readonly string[];
  port: number;
  logFile: string;
  downloadDir: string;
  recorder: PrivacyRecorder;
}

export class BrowserSession {
  private panelSession: TargetSession | null = null;
  /** Whether the last clickToolbarButton closed the open panel (it then opened it again). */
  lastActionClosedPanel = false;

  private constructor(
    readonly browser: Chromium,
    readonly extensionId: string,
    readonly tab: TargetSession,
    private readonly options: SessionOptions,
  ) {}

  static async start(options: SessionOptions): Promise<BrowserSession> {
    const browser = await Chromium.launch(options);
    try {
      await options.recorder.start(browser.cdp);
      const extensionId = await browser.loadExtension(options.extensionDir);
      // Downloads (the reading-list export) land in a folder the scenario can read.
      await browser.cdp.send('Browser.setDownloadBehavior', {
        behavior: 'allowAndName',
        downloadPath: options.downloadDir,
        eventsEnabled: true,
      });
      const blank = await waitForTarget(
        browser.cdp,
        (t) => t.url === 'about:blank',
        10_000,
        'the first tab',
        'page',
      );
      const tab = await TargetSession.attach(browser.cdp, blank.targetId);
      await tab.send('Page.enable');
      return new BrowserSession(browser, extensionId, tab, options);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  get extensionOrigin(): string {
    return `chrome-extension://${this.extensionId}`;
  }

  /** Loads a fixture page in the tab and waits until its document is complete. */
  async open(page: FixturePage): Promise<void> {
    const url = pageUrl(page);
    const loaded = this.browser.cdp.waitForEvent(
      'Page.loadEventFired',
      (_p, s) => s === this.tab.sessionId,
      15_000,
    );
    loaded.catch(() => {}); // awaited below only when the navigation loads a new document
    const nav = await this.tab.send<{ errorText?: string; loaderId?: string }>('Page.navigate', {
      url,
    });
    if (nav.errorText) throw new Error(`could not open ${url}: ${nav.errorText}`);
    // No loaderId: a same-document navigation (only the hash changed), which fires no load event.
    if (nav.loaderId) await loaded;
  }

  /**
   * Goes to another message (or back to the inbox) as the user does in a single-page webmail: a
   * click in the app, after which it changes the URL (hash in Gmail, pushState in Outlook) and
   * renders without a reload.
   */
  async clickThrough(page: FixturePage): Promise<void> {
    if (!page.clickToOpen) throw new Error(`${page.name} has no list item to click`);
    await this.tab.clickSelector(page.clickToOpen);
    const want = pageUrl(page);
    const deadline = Date.now() + 5_000;
    while ((await this.tab.evaluate<string>('location.href')) !== want) {
      if (Date.now() > deadline)
        throw new Error(`clicking ${page.clickToOpen} did not open ${want}`);
      await sleep(100);
    }
  }

  /** The side panel, opened from the toolbar button on the first use. */
  async panel(): Promise<TargetSession> {
    if (this.panelSession) return this.panelSession;
    const isPanel = (url: string) => url.startsWith(`${this.extensionOrigin}/sidepanel.html`);
    let target = (await listTargets(this.browser.cdp, 'page')).find((t) => isPanel(t.url));
    if (!target) {
      const tabs = await listTargets(this.browser.cdp, 'tab');
      const tabTarget = tabs.find((t) => !isPanel(t.url) && !t.url.startsWith('chrome'));
      if (!tabTarget)
        throw new Error(
          `no webmail tab to click the toolbar button on (tabs: ${tabs.map((t) => t.url).join(', ')})`,
        );
      // The service worker sets openPanelOnActionClick when it starts; give it a few tries.
      for (let attempt = 0; attempt < 4 && !target; attempt++) {
        await this.browser.cdp.send('Extensions.triggerAction', {
          id: this.extensionId,
          targetId: tabTarget.targetId,
        });
        target = await waitForTarget(
          this.browser.cdp,
          (t) => isPanel(t.url),
          4_000,
          'the side panel',
          'page',
        ).catch(() => undefined);
      }
      if (!target)
        throw new Error(
          'clicking the toolbar button did not open the side panel (sidepanel.html never appeared)',
        );
    }
    const panel = await TargetSession.attach(this.browser.cdp, target.targetId);
    await panel.send('Page.enable');
    // A side panel in a headless window never gets OS focus; clipboard calls need a focused page.
    await panel.send('Emulation.setFocusEmulationEnabled', { enabled: true });
    await this.browser.cdp.send('Browser.grantPermissions', {
      origin: this.extensionOrigin,
      permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'],
    });
    await panel.evaluate(
      `new Promise(r => document.readyState === 'complete' ? r(true) : addEventListener('load', () => r(true)))`,
    );
    this.panelSession = panel;
    return panel;
  }

  /**
   * Clicks the toolbar button on the tab again (the user's gesture that grants activeTab for the
   * page now open), and returns the panel, reopened if the click closed it.
   */
  async clickToolbarButton(): Promise<TargetSession> {
    const isPanel = (url: string) => url.startsWith(`${this.extensionOrigin}/sidepanel.html`);
    const tabs = await listTargets(this.browser.cdp, 'tab');
    const tabTarget = tabs.find((t) => !isPanel(t.url) && !t.url.startsWith('chrome'));
    if (!tabTarget) throw new Error('no tab to click the toolbar button on');
    await this.browser.cdp.send('Extensions.triggerAction', {
      id: this.extensionId,
      targetId: tabTarget.targetId,
    });
    await sleep(500);
    const open = (await listTargets(this.browser.cdp, 'page')).some((t) => isPanel(t.url));
    this.lastActionClosedPanel = !open;
    if (!open) this.panelSession = null;
    return this.panel();
  }

  panelIfOpen(): TargetSession | null {
    return this.panelSession;
  }

  async close(): Promise<void> {
    this.panelSession = null;
    await this.browser.close();
  }

  /** Closes the browser and starts it again on the same profile, as after a restart. */
  async restart(): Promise<BrowserSession> {
    await this.close();
    await sleep(300);
    return BrowserSession.start(this.options);
  }
}
