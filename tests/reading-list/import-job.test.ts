import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseHtmlNode } from '../../lib/node-dom';
import { runImport, type ImportProgress } from '../../lib/reading-list/import-job';
import { createPacer, WorkCancelled, type Pacer } from '../../lib/reading-list/pacer';
import {
  createReadingListStore,
  readSnapshot,
  readSnapshotPaced,
  ReadingListWriteError,
} from '../../lib/reading-list/store';
import { ImportError } from '../../lib/reading-list/import-error';
import { PART_SIZE } from '../../lib/reading-list/list-parts';
import { entry, storedJson } from './helpers';

// Import as background work: progress at every pause, cancel before the write changes nothing,
// undo puts the stored list back byte for byte, a refused write leaves it intact.

const storedBytes = async () => storedJson();

let ids = 0;
const ctx = () => ({
  parseHtml: parseHtmlNode,
  newId: () => `imp-${++ids}`,
  now: new Date('2026-04-01T00:00:00Z'),
});

/** A Pocket CSV of n rows; rows 1–3 are the seeded list's stories 1–3 (same URLs). */
function pocketCsv(n: number): string {
  const lines = ['title,url,time_added,cursor,tags,status'];
  for (let i = 1; i <= n; i++) {
    lines.push(
      `"Row ${i}, imported",https://news.example.org/story-${i},${1_700_000_000 + i},${i},t${i % 3}|x,${i % 4 ? 'unread' : 'archive'}`,
    );
  }
  return lines.join('\n') + '\n';
}

/** Pauses after every row and counts the pauses; `onPause` may cancel. */
function everyRow(onPause: (n: number) => void = () => {}): Pacer & { pauses: number } {
  const p = {
    pauses: 0,
    due: () => true,
    pause: async () => {
      p.pauses += 1;
      onPause(p.pauses);
      await Promise.resolve();
    },
  };
  return p;
}

// An existing list: a hand-edited value that does not validate, stories the import overlaps
// (one with an unknown extra field), and one the import leaves alone.
const seed: unknown[] = [
  { ...entry(1, { tags: ['mine'] }), extraField: 'kept as is' },
  { id: 'broken', title: 42 },
  entry(2, { read: true }),
  entry(3),
  entry(900),
];

describe('import as background work', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    await fakeBrowser.storage.local.set({ readingList: seed, readingList$: { v: 2 } });
  });

  it('reports progress at each pause, rows then merge, and imports every row', async () => {
    const store = createReadingListStore({ newId: () => `n-${++ids}` });
    const seen: ImportProgress[] = [];
    const pacer = everyRow();
    const out = await runImport(pocketCsv(50), ctx(), {
      store,
      pacer,
      onProgress: (p) => seen.push(p),
    });
    expect(out.added).toBe(47);
    expect(out.added + out.updated + out.unchanged).toBe(50);
    expect(pacer.pauses).toBe(100); // one per row read, one per entry merged
    const reading = seen.filter((p) => p.phase === 'reading');
    expect(reading[0]).toEqual({ phase: 'reading', done: 0, total: 50 });
    expect(reading.at(-1)).toEqual({ phase: 'reading', done: 50, total: 50 });
    expect(seen.filter((p) => p.phase === 'merging').at(-1)).toEqual({
      phase: 'merging',
      done: 50,
      total: 50,
    });
    const snap = await store.load();
    expect(snap.status === 'ok' && snap.entries).toHaveLength(4 + 47);
  });

  it('undo puts the stored list back byte for byte', async () => {
    const store = createReadingListStore();
    const before = await storedBytes();
    const out = await runImport(pocketCsv(200), ctx(), { store, pacer: everyRow() });
    expect(out.updated).toBeGreaterThan(0); // the overlap really replaced stored values
    expect(await storedBytes()).not.toBe(before);
    await store.undoImport(out.undo);
    expect(await storedBytes()).toBe(before);
  });

  it('undo keeps an edit made since to an entry the import did not touch', async () => {
    const store = createReadingListStore();
    const out = await runImport(pocketCsv(20), ctx(), { store, pacer: everyRow() });
    await store.update('id-900', { read: true });
    await store.undoImport(out.undo);
    const snap = await store.load();
    if (snap.status !== 'ok') throw new Error('unreadable');
    expect(snap.entries.find((e) => e.id === 'id-900')?.read).toBe(true);
    expect(snap.entries).toHaveLength(4);
    expect(snap.invalid).toHaveLength(1);
  });

  it('a cancel while reading rows, or while merging, leaves the list untouched', async () => {
    const store = createReadingListStore();
    const before = await storedBytes();
    for (const at of [10, 160]) {
      const abort = new AbortController();
      const pacer = everyRow((n) => n === at && abort.abort());
      const real = createPacer({ signal: abort.signal, yieldNow: () => Promise.resolve() });
      const job = runImport(pocketCsv(100), ctx(), {
        store,
        signal: abort.signal,
        pacer: {
          due: pacer.due,
          pause: async () => {
            await pacer.pause();
            await real.pause();
          },
        },
      });
      await expect(job).rejects.toBeInstanceOf(WorkCancelled);
      expect(await storedBytes()).toBe(before);
    }
  });

  it('a long import is stored part by part with progress; a cancel between parts leaves the list and no stray part', async () => {
    const store = createReadingListStore();
    const before = await storedBytes();
    const keysBefore = Object.keys(await fakeBrowser.storage.local.get(null)).sort();
    const abort = new AbortController();
    const seen: ImportProgress[] = [];
    const job = runImport(pocketCsv(1000), ctx(), {
      store,
      signal: abort.signal,
      pacer: createPacer({ signal: abort.signal, yieldNow: () => Promise.resolve() }),
      onProgress: (p) => {
        seen.push(p);
        if (p.phase === 'saving' && p.done >= 400) abort.abort(); // a few parts in
      },
    });
    await expect(job).rejects.toBeInstanceOf(WorkCancelled);
    const parts = (n: number) => Array.from({ length: n }, (_, i) => (i + 1) * PART_SIZE);
    expect(seen.filter((p) => p.phase === 'saving').map((p) => p.done)).toEqual(
      parts(Math.ceil(400 / PART_SIZE)),
    );
    expect(await storedBytes()).toBe(before);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual(keysBefore);

    // Not cancelled, the same import stores every part and reports each.
    const saving: number[] = [];
    await runImport(pocketCsv(1000), ctx(), {
      store,
      pacer: everyRow(),
      onProgress: (p) => p.phase === 'saving' && saving.push(p.done),
    });
    // The first write of a list from before v3 stores all of it: 5 seeded values + 996 new rows.
    expect(saving).toEqual([...parts(Math.floor(1001 / PART_SIZE)), 1001]);
    expect(JSON.parse(await storedBytes())).toHaveLength(1001);
  });

  it('a refused write (storage full) leaves the list intact and says so', async () => {
    const store = createReadingListStore();
    const before = await storedBytes();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const job = runImport(pocketCsv(30), ctx(), { store, pacer: everyRow() });
    await expect(job).rejects.toBeInstanceOf(ReadingListWriteError);
    await expect(job).rejects.toThrow(/storage for MailGist is full.*Nothing was changed/);
    expect(await storedBytes()).toBe(before);
  });

  it('a malformed row far into a CSV refuses the file before anything is written', async () => {
    const store = createReadingListStore();
    const before = await storedBytes();
    const text = pocketCsv(40) + '"broken"x,https://a.example/,1,1,,unread\n';
    const job = runImport(text, ctx(), { store, pacer: everyRow() });
    await expect(job).rejects.toBeInstanceOf(ImportError);
    await expect(job).rejects.toThrow(/malformed: unexpected character after a closing quote/);
    expect(await storedBytes()).toBe(before);
  });

  it('the pacer pauses only when a slice has used its time', async () => {
    let t = 0;
    let yields = 0;
    const pacer = createPacer({
      budgetMs: 10,
      clock: () => t,
      yieldNow: async () => {
        yields += 1;
      },
    });
    t = 9;
    expect(pacer.due()).toBe(false);
    t = 10;
    expect(pacer.due()).toBe(true);
    await pacer.pause();
    expect(yields).toBe(1);
    expect(pacer.due()).toBe(false);
  });

  it('the panel reads a stored list in slices, to the same snapshot', async () => {
    const pacer = everyRow();
    expect(await readSnapshotPaced(seed, pacer)).toEqual(readSnapshot(seed));
    expect(pacer.pauses).toBe(seed.length);
    expect(await readSnapshotPaced('nope', pacer)).toEqual(readSnapshot('nope'));
  });
});
