import { existsSync, writeFileSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { sleep, withTimeout } from './chromium';
import { pageUrl, type FixturePage } from './fixture-pages';
import { waitForText } from './text-match';

// Debian's firefox-esr driven headless over WebDriver BiDi (puppeteer-core, which never downloads a
// browser), with MailGist's Firefox build installed as a temporary add-on. Every host resolves to
// 127.0.0.1 and port 443 goes to the fixture server, so the pages are the real webmail origins.
// The real sidebar is opened from the browser window (chrome scope) the way a toolbar click does;
// its own document is not a BiDi context, so an extension page in a background tab reads it
// through browser.extension.getViews. See ../shared/reference/firefox-e2e.md.

export const FIREFOX = '/usr/bin/firefox-esr';
export const GECKO_ID = 'mailgist@mailgist.app';
/** Pinned through extensions.webextensions.uuids, so the add-on's pages have a known origin. */
export const FIREFOX_UUID = '6d1b3f2e-6a4c-4c59-9a8e-3f1d2c7b5a10';
export const MOZ_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

export interface FirefoxOptions {
  extensionDir: string;
  profileDir: string;
  /** The HTTPS fixture server's port (443 is forced onto it) and the plain one's (80). */
  port: number;
  httpPort: number;
  downloadDir: string;
  /** Every request the browser made, appended to at each close (it outlives restarts). */
  requestLog: SeenRequest[];
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/** One BiDi script.evaluate whose value comes back as JSON (any page, chrome or content). */
async function evaluateIn<T>(bidi: BidiConnection, context: string, body: string): Promise<T> {
  const { result } = await bidi.send('script.evaluate', {
    expression: `(async () => JSON.stringify(await (async () => { ${body} })() ?? null))()`,
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  const r = result as EvaluateResult;
  if (r.type === 'exception') throw new Error(`script failed: ${r.exceptionDetails?.text}`);
  const json = r.result?.value;
  return (typeof json === 'string' ? JSON.parse(json) : null) as T;
}

export class FirefoxSession {
  private helperContext: string | null = null;

  private constructor(
    readonly browser: Browser,
    readonly tab: Page,
    private readonly options: FirefoxOptions,
  ) {}

  static async start(options: FirefoxOptions): Promise<FirefoxSession> {
    if (!existsSync(FIREFOX)) {
      throw new Error(
        `${FIREFOX} is missing: install Debian's firefox-esr (apt-get install -y firefox-esr)`,
      );
    }
    const browser = await withTimeout(
      puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX,
        headless: true,
        acceptInsecureCerts: true,
        userDataDir: options.profileDir,
        // BiDi may open moz-extension:// pages and evaluate in the browser window (the sidebar).
        args: ['--remote-allow-system-access'],
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        extraPrefsFirefox: prefs(options),
      }),
      45_000,
      'Firefox did not start within 45 s',
    );
    try {
      const [tab] = await browser.pages();
      const session = new FirefoxSession(browser, tab ?? (await browser.newPage()), options);
      await session.watchRequests();
      await browser.installExtension(options.extensionDir);
      return session;
    } catch (error) {
      await browser.close().catch(() => {});
      throw error;
    }
  }

  get bidi(): BidiConnection {
    return (this.browser as unknown as { connection: BidiConnection }).connection;
  }

  /** Loads a fixture page in the webmail tab (the tab stays the active one). */
  async open(page: FixturePage): Promise<void> {
    await this.tab.goto(pageUrl(page), { waitUntil: 'load', timeout: 15_000 });
  }

  /** A click in the webmail app (list item, mailbox link), then waits for the app's new URL. */
  async clickThrough(page: FixturePage): Promise<void> {
    if (!page.clickToOpen) throw new Error(`${page.name} has no list item to click`);
    const item = await this.tab.$(page.clickToOpen);
    if (!item) throw new Error(`nothing matches ${page.clickToOpen} in ${this.tab.url()}`);
    await item.click();
    const want = pageUrl(page);
    const deadline = Date.now() + 5_000;
    while ((await this.tab.evaluate(() => location.href)) !== want) {
      if (Date.now() > deadline)
        throw new Error(`clicking ${page.clickToOpen} did not open ${want}`);
      await sleep(100);
    }
  }

  /** The browser window's chrome-scope context (where the toolbar and sidebar live). */
  async chromeContext(): Promise<string> {
    const { result } = await this.bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const contexts = (result as { contexts: { context: string; url: string }[] }).contexts;
    const win = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!win)
      throw new Error(
        `no browser window in chrome scope (${contexts.map((c) => c.url).join(', ')})`,
      );
    return win.context;
  }

  /** Runs an async function body in the browser window's chrome scope; returns its JSON value. */
  async inChrome<T>(body: string): Promise<T> {
    return evaluateIn<T>(this.bidi, await this.chromeContext(), body);
  }

  /** Runs an async function body in an extension page (a background tab); returns its JSON value. */
  async inExtension<T>(body: string): Promise<T> {
    return evaluateIn<T>(this.bidi, await this.extensionPage(), body);
  }

  private async extensionPage(): Promise<string> {
    if (this.helperContext) return this.helperContext;
    // page.goto never resolves on moz-extension:// pages: create and navigate over BiDi, then poll.
    const { result } = await this.bidi.send('browsingContext.create', {
      type: 'tab',
      background: true,
    });
    const context = (result as { context: string }).context;
    await this.bidi.send('browsingContext.navigate', {
      context,
      url: `${MOZ_ORIGIN}/options.html`,
      wait: 'none',
    });
    const deadline = Date.now() + 10_000;
    for (;;) {
      const ready = await evaluateIn<string>(this.bidi, context, 'return document.readyState;')
        .then((s) => s === 'complete' && true)
        .catch(() => false);
      const api = ready
        ? await evaluateIn<boolean>(
            this.bidi,
            context,
            'return typeof browser?.extension?.getViews === "function";',
          ).catch(() => false)
        : false;
      if (api) break;
      if (Date.now() > deadline)
        throw new Error(`the extension page ${MOZ_ORIGIN}/options.html did not load`);
      await sleep(200);
    }
    this.helperContext = context;
    return context;
  }

  /** Is the sidebar open, and is it MailGist's? */
  sidebarState(): Promise<{ open: boolean; ours: boolean }> {
    return this.inChrome(`return {
      open: SidebarController.isOpen,
      ours: SidebarController.isOpen && String(SidebarController.currentID).includes(${JSON.stringify(sidebarIdPart())}),
    };`);
  }

  /** Clicks MailGist's toolbar button, as a user's click does (it toggles the sidebar). */
  async pressToolbarButton(): Promise<void> {
    await this.inChrome(`
      const policy = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)});
      if (!policy) throw new Error('MailGist is not installed');
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      ExtensionParent.apiManager.global.browserActionFor(policy.extension).triggerAction(window);
      return true;`);
  }

  /**
   * The user's click on the toolbar button with the page open (which grants activeTab on it); the
   * click toggles the sidebar, so a second one reopens it when the first closed it.
   */
  async clickToolbarButton(): Promise<FirefoxSidebar> {
    await this.pressToolbarButton();
    await sleep(300);
    return this.panel();
  }

  /**
   * A PNG of the sidebar as the user sees it: the window draws the sidebar page's snapshot onto a
   * canvas (BiDi screenshots refuse chrome contexts).
   */
  async sidebarPicture(file: string): Promise<void> {
    const url = await this.inChrome<string>(`
      const inner = SidebarController.browser?.contentDocument?.getElementById('webext-panels-browser');
      const global = inner?.browsingContext?.currentWindowGlobal;
      if (!global) throw new Error('the sidebar is not open');
      const bitmap = await global.drawSnapshot(null, 1, 'white');
      const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.getContext('2d').drawImage(bitmap, 0, 0);
      return canvas.toDataURL('image/png');`);
    writeFileSync(file, Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
  }

  /**
   * Grants an optional host permission as the user does by accepting the browser's prompt (the
   * prompt answers a click that only a real user can make: a script's click is not user input).
   */
  async grantOrigin(pattern: string): Promise<void> {
    await this.inChrome(`
      const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      const policy = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)});
      await ExtensionPermissions.add(${JSON.stringify(GECKO_ID)}, { permissions: [], origins: [${JSON.stringify(pattern)}] }, policy.extension);
      return true;`);
  }

  /** The sidebar's document, as a script body's `doc` (null while it is not open or loaded). */
  sidebar(): FirefoxSidebar {
    return new FirefoxSidebar(this);
  }

  /** Every request seen since start, with whether MailGist made it (see watchRequests). */
  requests(): Promise<SeenRequest[]> {
    return this.inChrome(`return window.__mailgistRequests ?? [];`);
  }

  /** The sidebar, opened from the toolbar button when it is not open yet. */
  async panel(): Promise<FirefoxSidebar> {
    if (!(await this.sidebarState()).ours) {
      await this.pressToolbarButton();
      const deadline = Date.now() + 5_000;
      while (!(await this.sidebarState()).ours) {
        if (Date.now() > deadline)
          throw new Error('clicking the toolbar button did not open the MailGist sidebar');
        await sleep(150);
      }
    }
    const sidebar = this.sidebar();
    const deadline = Date.now() + 10_000;
    for (;;) {
      const ready = await sidebar
        .run<boolean>('return Boolean(doc.querySelector("#app > *"));')
        .catch(() => false);
      if (ready) return sidebar;
      if (Date.now() > deadline)
        throw new Error(
          'the MailGist sidebar opened but its page never rendered (#app stayed empty)',
        );
      await sleep(200);
    }
  }

  /**
   * Records every HTTP(S) request in the browser, in the browser itself: an observer on
   * http-on-opening-request, which sees the background, the sidebar, extension pages and content
   * scripts alike. The triggering principal names the add-on for its own pages; an MV3 content
   * script's requests carry the page's principal instead (see firefoxExtensionStaysLocal).
   */
  private async watchRequests(): Promise<void> {
    await this.inChrome(`
      if (window.__mailgistRequests) return true;
      const seen = (window.__mailgistRequests = []);
      const addon = (p) => {
        if (!p) return false;
        if (p.addonId === ${JSON.stringify(GECKO_ID)}) return true;
        if (p.isExpandedPrincipal) return p.allowlist.some((q) => q.addonId === ${JSON.stringify(GECKO_ID)});
        return false;
      };
      const observer = {
        observe(subject) {
          try {
            const ch = subject.QueryInterface(Ci.nsIChannel);
            const info = ch.loadInfo;
            const by = info?.triggeringPrincipal;
            seen.push({
              url: ch.URI.spec,
              extension: addon(by) || addon(info?.loadingPrincipal),
              by: by?.isSystemPrincipal ? 'system' : (by?.origin ?? ''),
            });
          } catch (e) {
            seen.push({ url: String(e), extension: false, by: 'error' });
          }
        },
      };
      Services.obs.addObserver(observer, 'http-on-opening-request');
      return true;`);
  }

  async close(): Promise<void> {
    const seen = await withTimeout(this.requests(), 5_000, 'no request log').catch(() => null);
    if (seen) this.options.requestLog.push(...seen);
    else this.options.requestLog.push({ url: 'about:unrecorded', extension: true, by: 'lost' });
    this.helperContext = null;
    const proc = this.browser.process();
    await withTimeout(this.browser.close(), 15_000, 'Firefox did not close').catch(() => {});
    if (proc?.pid !== undefined && proc.exitCode === null) kill(proc.pid);
  }

  kill(): void {
    const pid = this.browser.process()?.pid;
    if (pid !== undefined) kill(pid);
  }

  /** Closes Firefox and starts it again on the same profile; the add-on is installed again. */
  async restart(): Promise<FirefoxSession> {
    await this.close();
    await sleep(300);
    return FirefoxSession.start(this.options);
  }
}

export interface SeenRequest {
  url: string;
  extension: boolean;
  by: string;
}

function kill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** Firefox names an add-on's sidebar after its id, with the characters it cannot use replaced. */
function sidebarIdPart(): string {
  return GECKO_ID.replace(/[^a-z0-9_-]/gi, '_').toLowerCase();
}

/** The real sidebar, read and clicked from an extension page through extension.getViews. */
export class FirefoxSidebar {
  constructor(private readonly s: FirefoxSession) {}

  /** Runs a script body with `doc` (the sidebar's document) and `win` in scope. */
  run<T>(body: string): Promise<T> {
    return this.s.inExtension<T>(`
      const win = browser.extension.getViews({ type: 'sidebar' })[0];
      if (!win || win.document.readyState !== 'complete') throw new Error('the sidebar is not open');
      const doc = win.document;
      ${body}`);
  }

  text(): Promise<string> {
    return this.run<string>('return doc.body ? doc.body.innerText : "";');
  }

  /** Polls until check(text) passes (see waitForText in text-match.ts). */
  waitForText(check: (text: string) => boolean, timeoutMs: number, what: string): Promise<string> {
    return waitForText(() => this.text(), check, timeoutMs, what, 'the sidebar');
  }

  /** The sidebar's headings (h1–h6 and role=heading), as a screen reader lists them. */
  headings(): Promise<string[]> {
    return this.run<string[]>(
      `return [...doc.querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading]')].map((h) => (h.getAttribute('aria-label') || h.textContent || '').trim());`,
    );
  }

  /**
   * Clicks the first button whose accessible name matches (aria-label or text). A DOM click: the
   * sidebar is not a BiDi context, so no input event can be sent to it.
   */
  async clickButton(name: string | RegExp, timeoutMs = 5_000): Promise<void> {
    const re = typeof name === 'string' ? new RegExp(`^${escapeRegExp(name)}$`) : name;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const names = await this.run<string[] | null>(`
        const re = new RegExp(${JSON.stringify(re.source)}, ${JSON.stringify(re.flags)});
        const buttons = [...doc.querySelectorAll('button, [role=button], [role=tab]')];
        const label = (b) => (b.getAttribute('aria-label') || b.textContent || '').trim();
        const hit = buttons.find((b) => re.test(label(b)) && !b.disabled);
        if (hit) { hit.click(); return null; }
        return buttons.map(label);`);
      if (names === null) return;
      if (Date.now() > deadline)
        throw new Error(
          `no button named ${String(name)} in the sidebar; its buttons: ${names.map((n) => JSON.stringify(n)).join(', ') || 'none'}`,
        );
      await sleep(200);
    }
  }

  /** Picks the option matching `option` in the <select> whose label matches `name`. */
  async selectOption(name: RegExp, option: RegExp): Promise<void> {
    const chosen = await this.run<string | null>(`
      const re = new RegExp(${JSON.stringify(name.source)}, ${JSON.stringify(name.flags)});
      const opt = new RegExp(${JSON.stringify(option.source)}, ${JSON.stringify(option.flags)});
      const box = [...doc.querySelectorAll('select')].find((s) =>
        re.test(s.getAttribute('aria-label') || s.labels?.[0]?.textContent || ''));
      if (!box) return null;
      const o = [...box.options].find((o) => opt.test(o.textContent || ''));
      if (!o) return null;
      box.value = o.value;
      box.dispatchEvent(new win.Event('input', { bubbles: true }));
      box.dispatchEvent(new win.Event('change', { bubbles: true }));
      return o.textContent;`);
    if (chosen === null)
      throw new Error(`no <select> named ${String(name)} with an option matching ${option}`);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function prefs(o: FirefoxOptions): Record<string, unknown> {
  return {
    // Every name resolves to this machine; https goes to the fixture server, http to its twin.
    'network.dns.forceResolve': '127.0.0.1',
    'network.socket.forcePort': `443=${o.port};80=${o.httpPort}`,
    'network.proxy.type': 0,
    'network.dns.disableIPv6': true,
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    // A temporary add-on is removed when Firefox closes; keep its storage and origin for the
    // restart check, as an installed add-on keeps them across restarts.
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
    // Downloads (the reading-list export) land in a known folder without asking.
    'browser.download.dir': o.downloadDir,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
    // Quiet: no first-run pages, no telemetry, no update or settings checks of its own.
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'app.update.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'extensions.update.enabled': false,
    // The sidebar gets no real mouse click from the driver (a scripted click carries no user
    // activation), and MailGist asks for no clipboard permission: a person's click in the sidebar
    // is what lets it write. Firefox's testing switch stands in for that click here.
    'dom.events.testing.asyncClipboard': true,
  };
}
