import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserSession } from '../browser-session';
import type { FixturePage } from '../fixture-pages';
import { contains } from '../text-match';
import { excerpt, type TargetSession } from '../target-session';

// Save → the reading list shows it; export → the downloaded file holds it; restart the browser on
// the same profile → the list is still there (storage.local, not memory).

const LIST_VIEW = /reading list/i;

export async function openReadingList(panel: TargetSession): Promise<void> {
  for (const role of ['tab', 'button', 'link']) {
    const found = await panel.findByRole(role, LIST_VIEW);
    // "Save to reading list" is the save button, not the view.
    const view = found.find((n) => !/save|add/i.test(n.name));
    if (view) return panel.clickNode(view);
  }
  const controls = (await panel.axNodes())
    .filter((n) => ['tab', 'button', 'link'].includes(n.role))
    .map((n) => `${n.role} "${n.name}"`);
  throw new Error(
    `no control opens the reading list; the panel's controls: ${controls.join(', ')}`,
  );
}

export async function saveShowsInReadingList(s: BrowserSession, page: FixturePage): Promise<void> {
  await s.open(page);
  const panel = await s.panel();
  const headline = page.expect!.headline;
  await panel.waitForText(
    (t) => contains(t, headline),
    15_000,
    `the panel never showed "${headline}" to save`,
  );
  await panel.clickByRole('button', /^save (again )?to /i);
  await panel.waitForText(
    (t) => /saved/i.test(t),
    5_000,
    'clicking "Save to Read later" gave no visible confirmation ("Saved")',
  );
  await openReadingList(panel);
  await panel.waitForText(
    (t) => contains(t, headline),
    5_000,
    `the reading list does not show the saved article "${headline}"`,
  );
}

/** Picks a format in the export menu, clicks Export, and returns the downloaded file. */
export async function download(
  s: BrowserSession,
  format: RegExp,
  downloadDir: string,
): Promise<{ name: string; body: string }> {
  const panel = await s.panel();
  const cdp = s.browser.cdp;
  // Listen before clicking: a small export completes before a later listener could attach.
  const begun = cdp.waitForEvent('Browser.downloadWillBegin', () => true, 10_000);
  const completed = new Map<string, boolean>();
  const off = cdp.on('Browser.downloadProgress', (p) => {
    if (p.state === 'completed') completed.set(p.guid as string, true);
  });
  try {
    // Export sits in the "Export / Import" menu at the top of the list; open it if it is closed.
    if ((await panel.findByRole('combobox', /export format/i)).length === 0) {
      await panel.clickByRole('button', /^export \/ import$/i);
    }
    await panel.selectOption(/export format/i, format);
    await panel.clickByRole('button', /^export$/i);
    const { guid, suggestedFilename } = (await begun.catch(() => {
      throw new Error(`clicking "Export" (${format}) started no download`);
    })) as { guid: string; suggestedFilename: string };
    const deadline = Date.now() + 10_000;
    while (!completed.get(guid)) {
      if (Date.now() > deadline)
        throw new Error(`the ${suggestedFilename} download never completed`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return { name: suggestedFilename, body: readFileSync(join(downloadDir, guid), 'utf8') };
  } finally {
    off();
  }
}

export async function exportDownloadsList(
  s: BrowserSession,
  page: FixturePage,
  downloadDir: string,
): Promise<void> {
  const e = page.expect!;
  // JSON: the complete, re-importable list holds the article with its byline.
  const json = await download(s, /^JSON/i, downloadDir);
  if (!/\.json$/i.test(json.name)) throw new Error(`the JSON export is named ${json.name}`);
  const text = JSON.stringify(JSON.parse(json.body));
  if (!contains(text, e.headline) || !contains(text, e.author)) {
    throw new Error(
      `${json.name} lacks the saved article "${e.headline}" by ${e.author}: ${excerpt(json.body)}`,
    );
  }
  // CSV in Instapaper's columns: the header, then the article's row (Instapaper needs a web URL).
  if (!e.articleUrl) return;
  const csv = await download(s, /instapaper/i, downloadDir);
  const [header, ...rows] = csv.body.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!/^URL,Title,Selection,Folder/.test(header ?? '')) {
    throw new Error(
      `${csv.name} does not start with Instapaper's header: ${JSON.stringify(header)}`,
    );
  }
  const row = rows.find((r) => contains(r, e.headline));
  if (!row) throw new Error(`${csv.name} has no row for "${e.headline}": ${excerpt(csv.body)}`);
  if (!row.startsWith(e.articleUrl)) {
    throw new Error(
      `${csv.name}'s row for "${e.headline}" does not start with its URL ${e.articleUrl}: ${JSON.stringify(row)}`,
    );
  }
}

export async function readingListSurvivesRestart(
  s: BrowserSession,
  empty: FixturePage,
  saved: FixturePage,
): Promise<BrowserSession> {
  const next = await s.restart();
  await next.open(empty);
  const panel = await next.panel();
  await openReadingList(panel);
  await panel.waitForText(
    (t) => contains(t, saved.expect!.headline),
    10_000,
    `after closing and restarting the browser on the same profile, the reading list no longer shows "${saved.expect!.headline}"`,
  );
  return next;
}
