import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createReadingListStore,
  readSnapshot,
  ReadingListCorruptError,
  ReadingListWriteError,
} from '../../lib/reading-list/store';
import { ReadingListEntrySchema } from '../../lib/reading-list/entry';
import { article, entry, storedList } from './helpers';

const stored = async () => storedList();

describe('reading list store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('saves into "Read later" by default, as version 3: an index and its parts', async () => {
    const store = createReadingListStore();
    const { entry: saved, previous } = await store.save(article(1));
    expect(previous).toBeNull();
    expect(saved.lists).toEqual(['Read later']);
    expect(saved.read).toBe(false);
    const snap = await store.load();
    expect(snap).toMatchObject({ status: 'ok', invalid: [] });
    expect(snap.status === 'ok' && snap.entries.map((e) => e.title)).toEqual(['Story number 1']);
    const { 'readingList.index': index } = await fakeBrowser.storage.local.get('readingList.index');
    expect(index).toMatchObject({ v: 3, parts: [expect.any(Number)] });
    expect(await storedList()).toEqual([saved]);
  });

  it('saving the same article again updates it instead of duplicating', async () => {
    const store = createReadingListStore();
    const first = await store.save(article(1), { lists: ['Read later'], tags: ['labor'] });
    const second = await store.save(article(1, { title: 'Story number 1, updated' }), {
      lists: ['Strikes'],
      tags: ['health'],
    });
    expect(second.previous).toEqual(first.entry);
    expect(second.entry.id).toBe(first.entry.id);
    expect(second.entry.title).toBe('Story number 1, updated');
    expect(second.entry.lists).toEqual(['Read later', 'Strikes']);
    expect(second.entry.tags).toEqual(['labor', 'health']);
    const snap = await store.load();
    expect(snap.status === 'ok' && snap.entries).toHaveLength(1);
  });

  it('undo of a save restores the previous entry, or removes a new one', async () => {
    const store = createReadingListStore();
    const first = await store.save(article(1));
    const again = await store.save(article(1, { title: 'Changed' }), { tags: ['x'] });
    await store.restore([again.previous!]);
    let snap = await store.load();
    expect(snap.status === 'ok' && snap.entries).toEqual([first.entry]);
    await store.remove([first.entry.id]);
    snap = await store.load();
    expect(snap.status === 'ok' && snap.entries).toEqual([]);
  });

  it('delete then undo puts the entry back', async () => {
    const store = createReadingListStore();
    await store.save(article(1));
    const { entry: two } = await store.save(article(2));
    const removed = await store.remove([two.id]);
    expect(removed).toEqual([two]);
    await store.restore(removed);
    const snap = await store.load();
    expect(snap.status === 'ok' && snap.entries.map((e) => e.id).sort()).toHaveLength(2);
  });

  it('200 saves fired concurrently from two store instances lose none', async () => {
    const a = createReadingListStore();
    const b = createReadingListStore();
    await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).save(article(i))));
    const snap = await a.load();
    expect(snap.status).toBe('ok');
    const keys = new Set(snap.status === 'ok' ? snap.entries.map((e) => e.key) : []);
    expect(keys.size).toBe(200);
  });

  it('after a save to a long list, reading it again validates the new entry, not all of them', async () => {
    const store = createReadingListStore();
    for (let i = 0; i < 300; i++) await store.save(article(i));
    const first = await store.load();
    const parse = vi.spyOn(ReadingListEntrySchema, 'safeParse');
    await store.save(article(1000));
    parse.mockClear();
    const again = await store.load();
    expect(parse).toHaveBeenCalledTimes(1);
    // The same answers as a full validation, and the untouched entries are the same objects.
    expect(again).toEqual(readSnapshot((await stored()) as unknown[]));
    if (first.status !== 'ok' || again.status !== 'ok') throw new Error('unreadable');
    expect(again.entries[1]).toBe(first.entries[0]);
  });

  it('reports an invalid stored entry and keeps it through later writes', async () => {
    const bad = { id: 'broken', title: 42 };
    await fakeBrowser.storage.local.set({ readingList: [entry(1), bad], readingList$: { v: 1 } });
    const store = createReadingListStore();
    const snap = await store.load();
    expect(snap.status).toBe('ok');
    if (snap.status !== 'ok') return;
    expect(snap.entries).toHaveLength(1);
    expect(snap.invalid).toHaveLength(1);
    expect(snap.invalid[0]).toMatchObject({ index: 1, raw: bad });
    expect(snap.invalid[0]!.problem).toMatch(/key|title/);
    await store.save(article(2));
    expect(await stored()).toContainEqual(bad);
    await store.removeInvalid([2]);
    expect(await stored()).not.toContainEqual(bad);
  });

  it('a corrupted stored value is reported, never overwritten, and recoverable with a backup', async () => {
    await fakeBrowser.storage.local.set({ readingList: 'garbage{', readingList$: { v: 1 } });
    const store = createReadingListStore();
    const snap = await store.load();
    expect(snap).toMatchObject({ status: 'corrupt', raw: 'garbage{' });
    await expect(store.save(article(1))).rejects.toBeInstanceOf(ReadingListCorruptError);
    expect(await stored()).toBe('garbage{');
    const backupKey = await store.recoverCorrupt();
    const all = await fakeBrowser.storage.local.get(null);
    expect(all[backupKey.replace(/^local:/, '')]).toBe('garbage{');
    expect(await stored()).toEqual([]);
  });

  it('a quota error leaves the stored list intact and says so', async () => {
    const store = createReadingListStore();
    await store.save(article(1));
    const before = await stored();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const attempt = store.save(article(2));
    await expect(attempt).rejects.toBeInstanceOf(ReadingListWriteError);
    await expect(attempt).rejects.toThrow(/storage for MailGist is full.*Nothing was changed/);
    expect(await stored()).toEqual(before);
    // The queue is not stuck after a failure.
    await store.save(article(3));
    const snap = await store.load();
    expect(snap.status === 'ok' && snap.entries).toHaveLength(2);
  });

  it('marks read and merges imports without duplicates', async () => {
    const store = createReadingListStore();
    const { entry: saved } = await store.save(article(1));
    await store.update(saved.id, { read: true });
    const result = await store.merge([entry(1, { id: 'other', tags: ['imported'] }), entry(2)]);
    expect(result).toEqual({ added: 1, updated: 1 });
    const snap = await store.load();
    if (snap.status !== 'ok') throw new Error('expected ok');
    expect(snap.entries).toHaveLength(2);
    const one = snap.entries.find((e) => e.key === saved.key)!;
    expect(one).toMatchObject({ id: saved.id, read: true, tags: ['imported'] });
    expect(await store.merge([entry(2)])).toEqual({ added: 0, updated: 0 });
  });
});
