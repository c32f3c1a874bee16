import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DamagedList,
  defineReadingListStorage,
  type ListStorage,
} from '../../lib/reading-list/list-storage';
import { PART_SIZE } from '../../lib/reading-list/list-parts';
import { createReadingListStore } from '../../lib/reading-list/store';
import { article, entry, storedJson, storedList } from './helpers';

const many = (n: number) => Array.from({ length: n }, (_, i) => entry(i + 1));
const local = () => fakeBrowser.storage.local.get(null);
const partKeys = async () => Object.keys(await local()).filter((k) => k.includes('.part.'));

/** Every value handed to storage.local.set while `work` runs, by key. */
async function writesDuring(work: () => Promise<unknown>) {
  const set = vi.spyOn(fakeBrowser.storage.local, 'set');
  await work();
  const calls = set.mock.calls.map(([items]) => items as Record<string, unknown>);
  set.mockRestore();
  return calls;
}

describe('reading list storage (v3: an index and parts)', () => {
  let list: ListStorage;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    list = defineReadingListStorage('local:rl');
  });

  it('stores a long list in parts of at most PART_SIZE entries, read back in order', async () => {
    const entries = many(PART_SIZE * 2 + 5);
    await list.setValue(entries);
    expect(await storedList('rl')).toEqual(entries);
    expect(await partKeys()).toHaveLength(3);
    // Another page (no cache) reads the same list.
    expect(await defineReadingListStorage('local:rl').getValue()).toEqual(entries);
  });

  it('a save to a 2,000-entry list stores one part, not the list', async () => {
    const store = createReadingListStore({ item: list });
    await list.setValue(many(2000));
    const calls = await writesDuring(() => store.save(article(9999)));
    const stored = calls.flatMap((c) => Object.values(c)).filter(Array.isArray);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.length).toBeLessThanOrEqual(PART_SIZE);
    expect(((await storedList('rl')) as unknown[]).length).toBe(2001);
  });

  it('a change in the middle stores only that part and removes the part it replaced', async () => {
    const store = createReadingListStore({ item: list });
    await list.setValue(many(1000));
    const before = await partKeys();
    const calls = await writesDuring(() => store.update('id-500', { read: true }));
    expect(calls.flatMap((c) => Object.values(c)).filter(Array.isArray)).toHaveLength(1);
    const after = await partKeys();
    expect(after).toHaveLength(before.length);
    expect(after.filter((k) => !before.includes(k))).toHaveLength(1);
    const stored = (await storedList('rl')) as { id: string; read: boolean }[];
    expect(stored.find((e) => e.id === 'id-500')?.read).toBe(true);
  });

  it('reads a v2 list as it is until the first write moves it into parts', async () => {
    const v2 = many(3);
    await fakeBrowser.storage.local.set({ rl: v2, rl$: { v: 2 } });
    list = defineReadingListStorage('local:rl');
    expect(await list.getValue()).toEqual(v2);
    expect(await local()).toEqual({ rl: v2, rl$: { v: 2 } });
    const store = createReadingListStore({ item: list });
    await store.save(article(50));
    const all = await local();
    expect(all).not.toHaveProperty('rl');
    expect(all).not.toHaveProperty('rl$');
    expect(((await storedList('rl')) as { key: string }[]).map((e) => e.key)).toEqual([
      article(50).key,
      ...v2.map((e) => e.key),
    ]);
  });

  it('a refused part write leaves the list and no stray part', async () => {
    await list.setValue(many(450));
    const before = await local();
    // The first fresh part lands, the second is refused: the index is never written and the
    // first part is taken back.
    let calls = 0;
    const original = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (++calls === 2) throw new Error('QUOTA_BYTES quota exceeded');
      return original(items);
    });
    await expect(list.setValue(many(450).reverse())).rejects.toThrow(/quota/);
    vi.restoreAllMocks();
    expect(await local()).toEqual(before);
  });

  it('a refused index write leaves the list as it was', async () => {
    await list.setValue(many(10));
    const before = await storedJson('rl');
    const keys = Object.keys(await local()).sort();
    const original = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if ('rl.index' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return original(items);
    });
    await expect(list.setValue([entry(99), ...many(10)])).rejects.toThrow(/quota/);
    vi.restoreAllMocks();
    expect(await storedJson('rl')).toBe(before);
    expect(Object.keys(await local()).sort()).toEqual(keys);
  });

  it('a write cut short at any call leaves either the old list or the new one, never a mix', async () => {
    const old = many(650);
    const next = [
      entry(7000),
      ...old.slice(0, 300).map((e) => ({ ...e, read: true })),
      ...old.slice(301),
    ];
    for (let failAt = 1; ; failAt++) {
      fakeBrowser.reset();
      const page = defineReadingListStorage('local:rl');
      await page.setValue(old);
      const keysBefore = Object.keys(await local()).sort();
      let calls = 0;
      const original = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
      vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
        if (++calls === failAt) throw new Error('the browser closed');
        return original(items);
      });
      const outcome = await page.setValue(next).then(
        () => 'stored',
        () => 'refused',
      );
      vi.restoreAllMocks();
      const fresh = await defineReadingListStorage('local:rl').getValue();
      if (outcome === 'stored') {
        expect(fresh).toEqual(next);
        expect(failAt).toBeGreaterThan(3); // every call of this write was tried
        break;
      }
      expect(fresh).toEqual(old);
      expect(Object.keys(await local()).sort()).toEqual(keysBefore);
    }
  });

  it("a read that meets a part another page just replaced reads that page's newer list", async () => {
    await list.setValue(many(5));
    const reader = defineReadingListStorage('local:rl');
    const original = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local) as (
      keys: unknown,
    ) => Promise<Record<string, unknown>>;
    let raced = false;
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      const wantsPart = typeof keys === 'string' && keys.includes('.part.');
      if (wantsPart && !raced) {
        raced = true;
        // Between this page reading the index and its part, the other page stores a new list.
        await list.setValue([entry(42), ...many(4)]);
      }
      return original(keys);
    });
    expect(await reader.getValue()).toEqual([entry(42), ...many(4)]);
    expect(raced).toBe(true);
  });

  it('a missing part is reported as damage, with the parts that are there kept', async () => {
    await list.setValue(many(PART_SIZE + 1));
    const [first] = await partKeys();
    await fakeBrowser.storage.local.remove(first!);
    const value = await defineReadingListStorage('local:rl').getValue();
    expect(value).toBeInstanceOf(DamagedList);
    expect((value as DamagedList).problem).toBe('1 of the reading list’s 2 parts are missing.');
    const store = createReadingListStore({ item: defineReadingListStorage('local:rl') });
    expect(await store.load()).toMatchObject({ status: 'corrupt' });
  });

  it('a damaged index is reported; recovery backs up the index with every part, then starts empty', async () => {
    await list.setValue(many(3));
    const parts = await partKeys();
    await fakeBrowser.storage.local.set({ 'rl.index': 'garbage{' });
    const store = createReadingListStore({ item: defineReadingListStorage('local:rl') });
    const snap = await store.load();
    expect(snap).toMatchObject({
      status: 'corrupt',
      problem: 'The reading list’s index is damaged.',
    });
    await expect(store.save(article(1))).rejects.toThrow(/damaged/);
    const backupKey = await store.recoverCorrupt();
    const backup = (await local())[backupKey.replace(/^local:/, '')] as {
      index: unknown;
      parts: Record<string, unknown[]>;
    };
    expect(backup.index).toBe('garbage{');
    expect(Object.keys(backup.parts)).toEqual(parts);
    expect(Object.values(backup.parts).flat()).toEqual(many(3));
    expect(await storedList('rl')).toEqual([]);
  });

  it('another page watching the list sees each change, in order', async () => {
    const other = defineReadingListStorage('local:rl');
    const seen: number[] = [];
    const unwatch = other.watch((value) => seen.push((value as unknown[]).length));
    await list.setValue(many(300));
    await list.setValue(many(301));
    await list.setValue(many(5));
    await vi.waitFor(() => expect(seen.at(-1)).toBe(5));
    expect(seen).toEqual([300, 301, 5]);
    unwatch();
  });
});
