import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserSession } from '../browser-session';
import { sleep } from '../chromium';
import type { TargetSession } from '../target-session';
import { excerpt } from '../target-session';
import { download, openReadingList } from './reading-list';

// Long work in the real side panel: a generated Pocket CSV of many thousand rows imports with
// visible progress while the panel keeps answering clicks, and "Undo import" puts the stored list
// back byte for byte. Then Delete and Undo by keyboard alone, with focus on the next row.

// Large enough that the import takes many slices; the suite's ten minutes cannot hold issue 17's
// full 25,000 on a shared machine: MAILGIST_E2E_IMPORT_ROWS=25000 runs that size.
export const IMPORT_ROWS = Number(process.env.MAILGIST_E2E_IMPORT_ROWS ?? 10_000);
const ROWS = IMPORT_ROWS;

// The stored list's layout (v3): an index naming parts in order, each part an array of entries;
// a list never written since v2 is one array under `readingList`. Read here without the
// extension's code, as page scripts, so the check does not lean on what it checks.
const READ_STORED = `(async () => {
  const area = chrome.storage.local;
  const index = (await area.get('readingList.index'))['readingList.index'];
  if (!index) return (await area.get('readingList')).readingList ?? [];
  const keys = index.parts.map((id) => 'readingList.part.' + id);
  const parts = await area.get(keys);
  return keys.flatMap((k) => parts[k]);
})()`;

/**
 * The stored list as bytes (the panel is an extension page: it may read its own storage). A list
 * never written reads as the empty list it stands for.
 */
const storedBytes = (panel: TargetSession) =>
  panel.evaluate<string>(`${READ_STORED}.then((list) => JSON.stringify(list))`);

/** Puts `rows` (a JS array expression) at the top of the stored list, as one new part. */
const prependStored = (rows: string) => `(async () => {
  const area = chrome.storage.local;
  const index = (await area.get('readingList.index'))['readingList.index'];
  if (!index) {
    const { readingList = [] } = await area.get('readingList');
    return area.set({ readingList: [...${rows}, ...readingList] });
  }
  const id = index.next;
  await area.set({ ['readingList.part.' + id]: ${rows} });
  await area.set({ 'readingList.index': { v: 3, parts: [id, ...index.parts], next: id + 1 } });
})()`;

function pocketCsv(rows: number): string {
  const lines = ['title,url,time_added,cursor,tags,status'];
  for (let i = 1; i <= rows; i++) {
    lines.push(
      `"Imported story ${i}, part ${i % 7}",https://import${i % 40}.example.org/story/${i},${1_700_000_000 + i},${i},bulk|t${i % 5},${i % 3 ? 'unread' : 'archive'}`,
    );
  }
  return lines.join('\n') + '\n';
}

/** Hands a file to the panel's file input as a person's choice would (input and change events). */
async function chooseFile(panel: TargetSession, file: string): Promise<void> {
  await panel.send('DOM.enable');
  const { root } = await panel.send<{ root: { nodeId: number } }>('DOM.getDocument', { depth: 0 });
  const { nodeId } = await panel.send<{ nodeId: number }>('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: 'input[type=file]',
  });
  if (!nodeId) throw new Error('the reading list has no file input to import with');
  await panel.send('DOM.setFileInputFiles', { nodeId, files: [file] });
}

async function press(panel: TargetSession, key: 'Tab' | 'Enter'): Promise<void> {
  const code = key === 'Tab' ? 9 : 13;
  await panel.send('Input.dispatchKeyEvent', {
    type: 'rawKeyDown',
    key,
    code: key,
    windowsVirtualKeyCode: code,
  });
  if (key === 'Enter')
    await panel.send('Input.dispatchKeyEvent', {
      type: 'char',
      key,
      text: '\r',
      unmodifiedText: '\r',
    });
  await panel.send('Input.dispatchKeyEvent', {
    type: 'keyUp',
    key,
    code: key,
    windowsVirtualKeyCode: code,
  });
}

/** The focused element's accessible label (aria-label, else its text). */
const focused = (panel: TargetSession) =>
  panel.evaluate<string>(
    `(() => { const el = document.activeElement; if (!el || el === document.body) return 'body'; return (el.getAttribute('aria-label') || el.textContent || el.tagName).trim(); })()`,
  );

/** Presses Tab until the focus is on a control whose label passes, at most `max` times. */
async function tabTo(panel: TargetSession, want: RegExp, max = 80): Promise<string> {
  for (let i = 0; i < max; i++) {
    await press(panel, 'Tab');
    const at = await focused(panel);
    if (want.test(at)) return at;
  }
  throw new Error(
    `${max} presses of Tab never reached ${want} (focus ended on "${await focused(panel)}")`,
  );
}

export async function importShowsProgressAndUndoes(
  s: BrowserSession,
  workDir: string,
): Promise<string> {
  const panel = await s.panel();
  await openReadingList(panel);
  await panel.waitForText((t) => /reading list/i.test(t), 5_000, 'the reading list never showed');
  const before = await storedBytes(panel);
  const file = join(workDir, `pocket-${ROWS}.csv`);
  writeFileSync(file, pocketCsv(ROWS));

  // Tasks longer than 50 ms on the panel's thread, as the browser counts them, while it imports.
  await panel.evaluate(`(() => {
    window.__e2eLong = [];
    window.__e2eLongAt = [];
    // With what the progress said just after it: which phase of the import the long task was in.
    new PerformanceObserver((l) => { for (const e of l.getEntries()) {
      window.__e2eLong.push(e.duration);
      (window.__e2eLongStarts ??= []).push([e.startTime - (window.__e2eProfiledAt ?? 0), e.duration]);
      window.__e2eLongAt.push(document.getElementById('import-progress-label')?.textContent ?? 'after the import');
    } })
      .observe({ type: 'longtask' });
  })()`);
  // MAILGIST_E2E_PROFILE=1 records the panel's CPU profile of the import and its undo (to find
  // what a long task was), written beside the run's other artifacts.
  const profiling = process.env.MAILGIST_E2E_PROFILE === '1';
  if (profiling) {
    await panel.send('Profiler.enable');
    await panel.send('Profiler.setSamplingInterval', { interval: 500 });
    await panel.send('Profiler.start');
    await panel.evaluate('window.__e2eProfiledAt = performance.now()');
  }
  await panel.clickByRole('button', /^Export \/ Import$/);
  const started = Date.now();
  await chooseFile(panel, file);
  const progress = await panel.waitForText(
    (t) => /(Importing|Adding to your list:|Saving:) [\d,]+ \/ [\d,]+/.test(t),
    20_000,
    'no import progress ("Importing N / M") was shown',
  );
  const seen = /(Importing|Adding to your list:|Saving:) [\d,]+ \/ [\d,]+/.exec(progress)![0];

  // Meanwhile the panel answers a click: the menu button opens and closes its menu.
  const clicks: number[] = [];
  while (clicks.length < 6) {
    const text = await panel.text();
    if (!/Cancel import/.test(text)) break;
    const t0 = Date.now();
    await panel.clickByRole('button', /^Export \/ Import$/);
    const open = await panel.evaluate<string>(
      `document.querySelector('[aria-controls=list-menu-body]')?.getAttribute('aria-expanded') ?? ''`,
    );
    clicks.push(Date.now() - t0);
    if (open !== 'true' && open !== 'false') throw new Error('the menu button lost its state');
    await sleep(150);
  }
  if (clicks.length === 0) throw new Error('the import ended before the panel could be clicked');
  const menuOpen = `document.querySelector('[aria-controls=list-menu-body]')?.getAttribute('aria-expanded') === 'true'`;
  if (await panel.evaluate<boolean>(menuOpen))
    await panel.clickByRole('button', /^Export \/ Import$/);

  await panel.waitForText(
    (t) => /Imported pocket-\d+\.csv: [\d,]+ added/.test(t),
    180_000,
    'the import never finished',
  );
  const took = Date.now() - started;
  const long = await panel.evaluate<number[]>('window.__e2eLong');
  const longAt = await panel.evaluate<string[]>('window.__e2eLongAt');
  // The panel must answer a click within 100 ms throughout (issue 17); the browser's long-task
  // count is reported, and a freeze far past that fails the run whatever the machine's load
  // (before the list was stored in parts, one 25,000-row write held the page for 7 s).
  const frozen = long.filter((d) => d > 500);
  if (frozen.length)
    throw new Error(
      `the panel froze during the import: tasks of ${frozen.map((d) => d.toFixed(0)).join(', ')} ms`,
    );
  // One page of rows, not all of them: the issue saw 7,001 entries as a 903,560 px page.
  const height = await panel.evaluate<number>('document.documentElement.scrollHeight');
  const after = await storedBytes(panel);
  const count = (JSON.parse(after) as unknown[]).length;
  if (count < ROWS)
    throw new Error(`after the import the list holds ${count} entries, not ${ROWS}+`);

  // An export of the whole long list runs in the background too, and still downloads (after the
  // click's own task has ended) the complete list.
  await panel.evaluate('window.__e2eLong = []; window.__e2eLongAt = []');
  const exported = await download(s, /^JSON/i, join(workDir, 'downloads'));
  const exportLong = await panel.evaluate<number[]>('window.__e2eLong');
  const exportedCount = (JSON.parse(exported.body) as { entries: unknown[] }).entries.length;
  if (exportedCount !== count)
    throw new Error(`the JSON export holds ${exportedCount} entries, the list ${count}`);
  if (exportLong.some((d) => d > 500))
    throw new Error(
      `the panel froze during the export: tasks of ${exportLong.map((d) => d.toFixed(0)).join(', ')} ms`,
    );

  // The export's notice and the open menu must not stand over the list's own controls.
  if ((await panel.findByRole('button', /^Dismiss notification$/)).length > 0)
    await panel.clickByRole('button', /^Dismiss notification$/);
  if (await panel.evaluate<boolean>(menuOpen))
    await panel.clickByRole('button', /^Export \/ Import$/);

  // Undo, watched the same way: it rewrites the parts the import touched and removes the rest.
  await panel.evaluate('window.__e2eLong = []; window.__e2eLongAt = []');
  await panel.clickByRole('button', /^Undo import$/);
  await panel.waitForText(
    (t) => /Import of pocket-\d+\.csv undone/.test(t),
    90_000,
    'undo never finished',
  );
  const undoLong = await panel.evaluate<number[]>('window.__e2eLong');
  if (profiling) {
    const { profile } = await panel.send<{ profile: unknown }>('Profiler.stop');
    writeFileSync(join(workDir, 'import.cpuprofile'), JSON.stringify(profile));
    // Each long task's start (ms after the profile's) and length, to find it in the profile.
    const starts = await panel.evaluate<unknown>('window.__e2eLongStarts ?? []');
    writeFileSync(join(workDir, 'import-long-tasks.json'), JSON.stringify(starts));
  }
  if (undoLong.some((d) => d > 500))
    throw new Error(
      `the panel froze during the undo: tasks of ${undoLong.map((d) => d.toFixed(0)).join(', ')} ms`,
    );
  // The list is read back here, in the panel: slow at this size on a loaded machine.
  const deadline = Date.now() + 90_000;
  while ((await storedBytes(panel)) !== before) {
    if (Date.now() > deadline) {
      const now = await storedBytes(panel);
      const at = [...now].findIndex((c, i) => c !== before[i]);
      throw new Error(
        `"Undo import" did not restore the stored list (${now.length} bytes, before ${before.length}; first difference at ${at}: ${excerpt(now.slice(Math.max(0, at - 80), at + 120))} vs ${excerpt(before.slice(Math.max(0, at - 80), at + 120))}); the panel says ${excerpt(await panel.text(), 300)}`,
      );
    }
    await sleep(200);
  }
  const worst = long.length ? Math.max(...long) : 0;
  const worstAt = long.length ? ` (${longAt[long.indexOf(worst)]})` : '';
  return `${ROWS.toLocaleString('en')} rows in ${(took / 1000).toFixed(1)} s; progress "${seen}"; ${clicks.length} clicks answered meanwhile (CDP round trip ${Math.min(...clicks)}–${Math.max(...clicks)} ms); long tasks > 50 ms: ${long.length}, longest ${worst.toFixed(0)} ms${worstAt}; all: ${long.map((d, i) => `${d.toFixed(0)} (${longAt[i]})`).join(', ')}; the list page is ${height.toLocaleString('en')} px tall; the JSON export of all ${count.toLocaleString('en')} downloaded (long tasks > 50 ms: ${exportLong.length}${exportLong.length ? `, longest ${Math.max(...exportLong).toFixed(0)} ms` : ''}); undo restored the stored bytes (long tasks > 50 ms during the undo: ${undoLong.length}${undoLong.length ? `, longest ${Math.max(...undoLong).toFixed(0)} ms` : ''})`;
}

export async function deleteAndUndoByKeyboard(s: BrowserSession): Promise<string> {
  const panel = await s.panel();
  await openReadingList(panel);
  // Three rows to work with, whatever the list held before.
  const rows = `[1, 2, 3].map((n) => ({
      id: 'kbd-' + n, key: 'url:https://keyboard.example.org/' + n, title: 'Keyboard row ' + n,
      url: 'https://keyboard.example.org/' + n, emailUrl: null, publication: null, authors: [],
      sender: null, date: null, excerpt: null, quotes: [], lists: ['Read later'], tags: [],
      read: false, savedAt: new Date(Date.now() + (4 - n) * 1000).toISOString(),
      updatedAt: new Date().toISOString(),
    }))`;
  await panel.evaluate(prependStored(rows));
  await panel.waitForText((t) => /Keyboard row 3/.test(t), 5_000, 'the seeded rows never showed');
  await panel.evaluate('document.activeElement?.blur?.()');
  await tabTo(panel, /^Delete: Keyboard row 1$/, 120);
  await press(panel, 'Enter');
  await panel.waitForText(
    (t) => !/Keyboard row 1\b/.test(t.replace(/Deleted “Keyboard row 1”/g, '')),
    5_000,
    'Enter on Delete did not delete the row',
  );
  const deadline = Date.now() + 3_000;
  let at = await focused(panel);
  while (at !== 'Delete: Keyboard row 2' && Date.now() < deadline) {
    await sleep(100);
    at = await focused(panel);
  }
  if (at !== 'Delete: Keyboard row 2')
    throw new Error(`after Delete the focus is on "${at}", not the next row's Delete button`);
  const undo = await tabTo(panel, /^Undo\b/, 60);
  await press(panel, 'Enter');
  await panel.waitForText(
    (t) => /Keyboard row 1\b/.test(t.replace(/Deleted “Keyboard row 1”/g, '')),
    5_000,
    'Undo by keyboard did not bring the row back',
  );
  return `Delete by Enter moved focus to "Delete: Keyboard row 2"; "${undo}" reached with Tab and pressed with Enter restored the row`;
}
