import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReadingListEntrySchema, type ReadingListEntry } from '../../lib/reading-list/entry';
import { exportJson, importJson } from '../../lib/reading-list/format-json';
import { mergeEntries } from '../../lib/reading-list/merge-entries';
import { defineReadingListItem } from '../../lib/reading-list/storage-item';
import { createReadingListStore } from '../../lib/reading-list/store';
import { article, entry } from './helpers';

// F2: re-importing an older export must not undo what the user edited since. Each editable field
// keeps its own edit time and a merge keeps the newer one.

const at = (day: number) => `2026-05-${String(day).padStart(2, '0')}T09:00:00.000Z`;

describe('mergeEntries (pure, per-field edit times)', () => {
  const local = entry(1, {
    title: 'My edited title',
    read: true,
    updatedAt: at(10),
    editedAt: { title: at(10), read: at(9) },
  });

  it('keeps the newer title and read state, whichever side they come from', () => {
    const older = entry(1, {
      title: 'Old title',
      read: false,
      updatedAt: at(2),
      editedAt: { title: at(2), read: at(2) },
    });
    expect(mergeEntries(local, older)).toMatchObject({ title: 'My edited title', read: true });
    const newer = entry(1, {
      title: 'Renamed on another device',
      read: false,
      editedAt: { title: at(20), read: at(20) },
    });
    expect(mergeEntries(local, newer)).toMatchObject({
      title: 'Renamed on another device',
      read: false,
      editedAt: { title: at(20), read: at(20) },
    });
  });

  it('decides each field on its own', () => {
    const mixed = entry(1, {
      title: 'Title from later',
      read: false,
      editedAt: { title: at(11), read: at(1) },
    });
    expect(mergeEntries(local, mixed)).toMatchObject({ title: 'Title from later', read: true });
  });

  it('a copy with no edit times (another tool, an old export) never beats a known one', () => {
    const { editedAt: _none, ...foreign } = entry(1, { title: 'Title in Pocket', read: false });
    expect(mergeEntries(local, foreign)).toMatchObject({ title: 'My edited title', read: true });
    // …but an archive flag still marks an unread article read.
    const unread = { ...local, read: false, editedAt: { title: at(10) } };
    expect(mergeEntries(unread, { ...foreign, read: true }).read).toBe(true);
  });

  it('unions lists, tags and quotes; keeps the earliest savedAt and the latest updatedAt', () => {
    const other = entry(1, {
      lists: ['Strikes'],
      tags: ['labor'],
      quotes: [{ text: 'Another quoted line for the record', speaker: null }],
      savedAt: at(1),
      updatedAt: at(30),
    });
    const merged = mergeEntries({ ...local, tags: ['health'], savedAt: at(3) }, other);
    expect(merged.lists).toEqual(['Read later', 'Strikes']);
    expect(merged.tags).toEqual(['health', 'labor']);
    expect(merged.quotes).toHaveLength(2);
    expect(merged).toMatchObject({ savedAt: at(1), updatedAt: at(30) });
  });

  it('is pure: neither input changes', () => {
    const a = structuredClone(local);
    const b = entry(1, { editedAt: { title: at(20) } });
    const b0 = structuredClone(b);
    mergeEntries(a, b);
    expect(a).toEqual(local);
    expect(b).toEqual(b0);
  });
});

describe('re-importing an older JSON export', () => {
  beforeEach(() => fakeBrowser.reset());

  it('does not undo a title the user edited after the export', async () => {
    let clock = new Date('2026-05-01T09:00:00Z');
    const store = createReadingListStore({ now: () => clock });
    const { entry: saved } = await store.save(article(1));
    const snap = await store.load();
    const backup = exportJson(snap.status === 'ok' ? snap.entries : [], clock);
    clock = new Date('2026-05-02T09:00:00Z');
    await store.update(saved.id, { title: 'A title I chose', read: true });
    const result = await store.merge(importJson(backup));
    expect(result).toEqual({ added: 0, updated: 0 });
    const after = await store.load();
    expect(after.status === 'ok' && after.entries[0]).toMatchObject({
      title: 'A title I chose',
      read: true,
    });
  });
});

describe('edit times from a file', () => {
  beforeEach(() => fakeBrowser.reset());

  it('an edit time in the future counts as the import time, so it cannot win forever', async () => {
    let clock = new Date('2026-05-01T09:00:00Z');
    const store = createReadingListStore({ now: () => clock });
    const { entry: saved } = await store.save(article(1));
    const crafted = entry(1, {
      title: 'From the year 9999',
      editedAt: { title: '9999-01-01T00:00:00Z' },
    });
    clock = new Date('2026-05-02T09:00:00Z');
    await store.merge([crafted]);
    clock = new Date('2026-05-03T09:00:00Z');
    await store.update(saved.id, { title: 'My own title, later' });
    // The crafted file again: my later edit stands.
    await store.merge([crafted]);
    const snap = await store.load();
    expect(snap.status === 'ok' && snap.entries[0]!.title).toBe('My own title, later');
  });
});

describe('storage migration v1 → v2 (edit times)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives each v1 entry edit times from its updatedAt and keeps everything else', async () => {
    const { editedAt: _a, ...one } = entry(1, { updatedAt: at(4), title: 'Edited before v2' });
    const { editedAt: _b, ...two } = entry(2);
    const extra = { ...two, addedByALaterVersion: 'kept' };
    const bad = { id: 'broken', title: 42 };
    await fakeBrowser.storage.local.set({
      readingList: [one, extra, bad],
      readingList$: { v: 1 },
    });
    const item = defineReadingListItem();
    const value = (await item.getValue()) as ReadingListEntry[];
    expect(value[0]).toEqual({ ...one, editedAt: { title: at(4), read: at(4) } });
    expect(value[1]).toMatchObject({
      addedByALaterVersion: 'kept',
      editedAt: { title: two.updatedAt },
    });
    expect(value[2]).toEqual(bad);
    expect(await item.getMeta()).toEqual({ v: 2 });
    // After the migration an old export no longer overrides the stored title.
    const store = createReadingListStore({ item });
    await store.merge([entry(1, { title: 'Title from an old export', updatedAt: at(1) })]);
    const snap = await store.load();
    expect(snap.status === 'ok' && snap.entries[0]!.title).toBe('Edited before v2');
  });

  it('leaves a damaged (non-list) value as it is', async () => {
    await fakeBrowser.storage.local.set({ readingList: 'garbage{', readingList$: { v: 1 } });
    const item = defineReadingListItem();
    expect(await item.getValue()).toBe('garbage{');
  });
});

describe('S1: an import merges in linear time', () => {
  beforeEach(() => fakeBrowser.reset());

  // Counted, not timed: the number of schema checks grows with stored + imported, not their
  // product (the timing lives in `npm run bench`).
  it('checks each stored value once, however many entries are imported', async () => {
    const n = 300;
    const stored = Array.from({ length: n }, (_, i) => entry(i));
    await fakeBrowser.storage.local.set({ readingList: stored, readingList$: { v: 2 } });
    const store = createReadingListStore();
    const incoming = Array.from({ length: n }, (_, i) =>
      entry(i + n / 2, { id: `imported-${i}`, tags: ['imported'] }),
    );
    const safeParse = vi.spyOn(ReadingListEntrySchema, 'safeParse');
    const parse = vi.spyOn(ReadingListEntrySchema, 'parse');
    const result = await store.merge(incoming);
    expect(result).toEqual({ added: n / 2, updated: n / 2 });
    expect(safeParse.mock.calls.length + parse.mock.calls.length).toBeLessThanOrEqual(2 * n);
    const snap = await store.load();
    expect(snap.status === 'ok' && snap.entries).toHaveLength(n + n / 2);
  });
});
