import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FixturePage } from '../fixture-pages';
import { sleep } from '../chromium';
import type { FirefoxSession, FirefoxSidebar, SeenRequest } from '../firefox';
import { contains, normalise } from '../text-match';
import { SIDEWAYS } from './narrow';

// The scenarios that need Firefox's own means: the sidebar's state at install and from the toolbar
// button, the clipboard, downloads, a restart and the request log. The brief itself is checked by
// the same code as in Chromium (scenarios/brief.ts).

/**
 * MailGist's sidebar does not open by itself at install (sidebar_action.open_at_install: false):
 * the first toolbar click opens it, as in Chrome, instead of closing a sidebar the user never asked for.
 */
export async function toolbarButtonOpensSidebar(s: FirefoxSession): Promise<string> {
  // Firefox opens an add-on's sidebar as it installs; give it time to do so if it is going to.
  await sleep(1_000);
  const before = await s.sidebarState();
  if (before.ours) {
    throw new Error(
      'the MailGist sidebar opened by itself at install (sidebar_action.open_at_install is not false), so the first toolbar click closes it',
    );
  }
  await s.pressToolbarButton();
  const deadline = Date.now() + 5_000;
  while (!(await s.sidebarState()).ours) {
    if (Date.now() > deadline)
      throw new Error('the first click on the toolbar button did not open the MailGist sidebar');
    await sleep(150);
  }
  return `closed after install (${before.open ? 'another sidebar open' : 'no sidebar open'}); the first toolbar click opened it`;
}

/** The brief fits the sidebar's width: nothing is cut off on the right (the sidebar can be narrow). */
export async function sidebarFitsItsWidth(s: FirefoxSession): Promise<string> {
  const sidebar = await s.panel();
  // The same test as Chromium's 320 px check: the page, every scroll container and every box.
  const { width, wide } = await sidebar.run<{ width: number; wide: string[] }>(
    `return { width: win.innerWidth, wide: (${SIDEWAYS})(doc, win) };`,
  );
  if (wide.length)
    throw new Error(
      `in the ${width}px sidebar the brief is cut off or scrolls sideways: ${wide.slice(0, 5).join('; ')}`,
    );
  return `the brief fits the ${width}px sidebar`;
}

export async function copyQuoteInSidebar(s: FirefoxSession, page: FixturePage): Promise<void> {
  const sidebar = await s.panel();
  const marker = `mailgist-e2e-${Date.now()}`;
  // The browser window reads and writes the system clipboard (headless Firefox keeps its own).
  await s.inChrome(`await navigator.clipboard.writeText(${JSON.stringify(marker)}); return true;`);
  await sidebar.clickButton(/copy quote/i);
  const deadline = Date.now() + 5_000;
  let clip = marker;
  while (clip === marker && Date.now() < deadline) {
    await sleep(150);
    clip = await s.inChrome<string>('return await navigator.clipboard.readText();');
  }
  if (clip === marker) throw new Error('clicking "Copy quote" left the clipboard unchanged');
  const quote = page.expect!.quotes.find((q) => contains(clip, q.text));
  if (!quote)
    throw new Error(`the clipboard holds ${JSON.stringify(clip)}, none of the email's quotes`);
  if (!contains(clip, quote.speaker))
    throw new Error(
      `the copied quote is not attributed to ${quote.speaker}: ${JSON.stringify(clip)}`,
    );
  if (normalise(clip).includes(normalise(' said ')))
    throw new Error(`the copied quote carries the article's narration: ${JSON.stringify(clip)}`);
}

async function openReadingList(sidebar: FirefoxSidebar): Promise<void> {
  await sidebar.clickButton(/^reading list\b/i);
}

export async function saveInSidebar(s: FirefoxSession, page: FixturePage): Promise<void> {
  await s.open(page);
  const sidebar = await s.panel();
  const headline = page.expect!.headline;
  await sidebar.waitForText((t) => contains(t, headline), 15_000, `no "${headline}" to save`);
  await sidebar.clickButton(/^save (again )?to /i);
  await sidebar.waitForText(
    (t) => /saved/i.test(t),
    5_000,
    'clicking "Save to Read later" gave no visible confirmation ("Saved")',
  );
  await openReadingList(sidebar);
  await sidebar.waitForText(
    (t) => contains(t, headline),
    5_000,
    `the reading list does not show the saved article "${headline}"`,
  );
}

/** Export as JSON from the reading list: the file Firefox downloads holds the saved article. */
export async function exportInSidebar(
  s: FirefoxSession,
  page: FixturePage,
  downloadDir: string,
): Promise<string> {
  const sidebar = await s.panel();
  const before = new Set(readdirSync(downloadDir));
  // Export sits in the "Export / Import" menu at the top of the list.
  await sidebar.clickButton(/^Export \/ Import$/);
  await sidebar.selectOption(/export format/i, /^JSON/i);
  await sidebar.clickButton(/^export$/i);
  const deadline = Date.now() + 10_000;
  let file: string | undefined;
  while (!file) {
    file = readdirSync(downloadDir).find(
      (f) => !before.has(f) && f.endsWith('.json') && !f.endsWith('.part'),
    );
    if (file) break;
    if (Date.now() > deadline)
      throw new Error(
        `clicking "Export" (JSON) saved no .json file in ${downloadDir} (it holds: ${readdirSync(downloadDir).join(', ') || 'nothing'})`,
      );
    await sleep(150);
  }
  // Firefox writes the file, then renames it: wait until its JSON is whole.
  let body = '';
  for (let i = 0; i < 20; i++) {
    body = readFileSync(join(downloadDir, file), 'utf8');
    try {
      JSON.parse(body);
      break;
    } catch {
      await sleep(150);
    }
  }
  const e = page.expect!;
  const text = JSON.stringify(JSON.parse(body));
  if (!contains(text, e.headline) || !contains(text, e.author))
    throw new Error(`${file} lacks the saved article "${e.headline}" by ${e.author}`);
  return file;
}

export async function restartKeepsList(
  s: FirefoxSession,
  empty: FixturePage,
  saved: FixturePage,
): Promise<FirefoxSession> {
  const next = await s.restart();
  await next.open(empty);
  const sidebar = await next.panel();
  await openReadingList(sidebar);
  await sidebar.waitForText(
    (t) => contains(t, saved.expect!.headline),
    10_000,
    `after restarting Firefox on the same profile, the reading list no longer shows "${saved.expect!.headline}"`,
  );
  return next;
}

/**
 * Every request Firefox made during the Firefox runs: none of the extension's may leave this
 * machine (127.0.0.1 and the fixture hosts mapped onto it). Its pages and background carry its
 * own principal; an MV3 content script's requests carry the page's, so a request from a webmail
 * tab is excused only when the fixture page's own markup asks for that URL (its remote images):
 * anything else a tab fetched off-machine can only have come from the content script. Firefox's
 * own polls (remote settings) carry the system principal and are the browser's, not the extension's.
 */
export function firefoxExtensionStaysLocal(
  log: readonly SeenRequest[],
  allowedHosts: readonly string[],
  pageSources: readonly string[],
): string {
  if (log.some((r) => r.by === 'lost'))
    throw new Error(
      'the request log of a Firefox run could not be read, so nothing can be vouched for',
    );
  const pages = log.filter((r) => allowedHosts.some((h) => r.url.startsWith(`https://${h}/`)));
  if (pages.length === 0)
    throw new Error(
      `the request log saw none of the fixture pages load, so it cannot vouch for anything (${log.length} requests)`,
    );
  const host = (u: string) => {
    try {
      return new URL(u).hostname;
    } catch {
      return '';
    }
  };
  const markup = pageSources.map(unescapeHtml).join('\n');
  const offMachine = log.filter(
    (r) => host(r.url) !== '127.0.0.1' && !allowedHosts.includes(host(r.url)),
  );
  const pagesOwn = offMachine.filter(
    (r) => !r.extension && r.by !== 'system' && markup.includes(r.url),
  );
  const bad = offMachine.filter((r) => r.extension || (r.by !== 'system' && !pagesOwn.includes(r)));
  if (bad.length)
    throw new Error(
      `the extension made ${bad.length} request(s) off this machine in Firefox (not asked for by the fixture pages' markup):\n` +
        bad
          .slice(0, 10)
          .map((r) => `${r.url} (from ${r.by})`)
          .join('\n'),
    );
  const mine = log.filter((r) => r.extension).length;
  const browserOwn = offMachine.filter((r) => r.by === 'system').length;
  return `${log.length} requests seen in Firefox; ${mine} by the extension's pages, none off-machine; ${pagesOwn.length} off-machine by the fixture pages' own markup (remote images); ${browserOwn} by Firefox itself (its settings polls)`;
}

/** The URLs as the browser asks for them: markup escapes & (twice inside a srcdoc). */
function unescapeHtml(html: string): string {
  let out = html;
  for (let i = 0; i < 3; i++) out = out.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
  return out;
}
