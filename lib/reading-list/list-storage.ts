import { z } from 'zod/mini';
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { planParts, type StoredPart } from './list-parts';
import { WorkCancelled } from './pacer';
import { defineReadingListItem, READING_LIST_KEY } from './storage-item';

// The reading list in storage.local, v3: an index naming the list's parts in order, and the parts,
// each an array of at most PART_SIZE stored entries under a key of its own. A write stores only
// the parts it changed, each under a new key, then the index in one call (with whatever must
// change together with the list, such as the sync state), then removes the parts no longer named:
// a write cut short leaves the previous index and its parts whole. The v2 list (one array under
// `readingList`) is read as it is until the first write, which moves it into parts.

export const ListIndexSchema = z.object({
  v: z.literal(3),
  /** Part ids, in list order. */
  parts: z.array(z.int().check(z.gte(0))),
  /** The next unused part id: a part's key never names two different contents. */
  next: z.int().check(z.gte(0)),
});
export type ListIndex = z.infer<typeof ListIndexSchema>;

/** A stored list that cannot be read as a list; `raw` is what was found (kept by recovery). */
export class DamagedList {
  constructor(
    readonly raw: unknown,
    readonly problem: string,
  ) {}
}

/** Something else written together with the list's index (the sync state). */
export type AlsoWrite = Parameters<typeof storage.setItems>[0][number];

export interface WriteOptions {
  also?: readonly AlsoWrite[];
  /** Checked before each part: a cancel before the index is written leaves the list as it was. */
  signal?: AbortSignal;
  /** Entries stored so far of those the write must store (a long import shows it). */
  onProgress?: (done: number, total: number) => void;
}

export interface ListStorage {
  /** The list's name, also the write lock's. */
  readonly key: StorageItemKey;
  /** The stored entries (unvalidated), or a DamagedList. Unchanged entries keep their identity. */
  getValue(): Promise<unknown>;
  /** Stores `next` (see above); failed or cancelled, the stored list is unchanged. Call under the lock. */
  setValue(next: readonly unknown[], options?: WriteOptions): Promise<void>;
  /** Calls `cb` with the new value (as getValue) after every change, in order. */
  watch(cb: (value: unknown) => void): () => void;
}

/** Parts removed per storage call (see setValue). */
const REMOVE_BATCH = 8;

/** A read that met a part removed by a write in another page retries with the newer index. */
const READ_ATTEMPTS = 3;

/** The key of the index of the list named `base`: a change to the list is a change to it. */
export const listIndexKey = (base: StorageItemKey) => `${base}.index` as StorageItemKey;

export function defineReadingListStorage(base: `local:${string}` = READING_LIST_KEY): ListStorage {
  const legacy = defineReadingListItem(base);
  const indexKey = listIndexKey(base);
  const partPrefix = `${base}.part.`;
  const partKey = (id: number) => `${partPrefix}${id}` as StorageItemKey;
  // Parts already read or written by this page, by id. A part's content never changes under its
  // id, so the cache never goes stale; it is trimmed to the parts the latest index names.
  const cache = new Map<number, readonly unknown[]>();

  const readIndex = async () => {
    const raw = await storage.getItem<unknown>(indexKey);
    return { raw, index: raw == null ? null : ListIndexSchema.safeParse(raw) };
  };

  async function damagedIndex(raw: unknown): Promise<DamagedList> {
    // The index is unreadable but its parts may be whole: recovery keeps them all.
    const area = await storage.snapshot('local');
    const bare = partPrefix.slice(partPrefix.indexOf(':') + 1);
    const parts = Object.fromEntries(Object.entries(area).filter(([k]) => k.startsWith(bare)));
    return new DamagedList({ index: raw, parts }, 'The reading list’s index is damaged.');
  }

  async function getValue(): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      const { raw, index } = await readIndex();
      if (!index) return legacy.getValue();
      if (!index.success) return damagedIndex(raw);
      const ids = index.data.parts;
      const wanted = ids.filter((id) => !cache.has(id));
      const values = await Promise.all(wanted.map((id) => storage.getItem<unknown>(partKey(id))));
      const lost: number[] = [];
      wanted.forEach((id, i) =>
        Array.isArray(values[i]) ? cache.set(id, values[i]) : lost.push(id),
      );
      if (lost.length > 0) {
        const now = await readIndex();
        if (attempt < READ_ATTEMPTS && JSON.stringify(now.raw) !== JSON.stringify(raw)) continue;
        const found = Object.fromEntries(
          ids.filter((id) => cache.has(id)).map((id) => [id, cache.get(id)]),
        );
        return new DamagedList(
          { index: raw, parts: found },
          `${lost.length} of the reading list’s ${ids.length} parts are missing.`,
        );
      }
      trimCache(ids);
      return ids.flatMap((id) => cache.get(id)!);
    }
  }

  function trimCache(keep: readonly number[]) {
    const wanted = new Set(keep);
    for (const id of cache.keys()) if (!wanted.has(id)) cache.delete(id);
  }

  async function setValue(next: readonly unknown[], options: WriteOptions = {}) {
    const { index } = await readIndex();
    const before = index?.success ? index.data : null;
    const old: StoredPart[] = (before?.parts ?? []).flatMap((id) => {
      const items = cache.get(id);
      return items ? [{ id, items }] : [];
    });
    // With no readable index the ids start past any a damaged one may have named.
    const plan = planParts(old, next, before?.next ?? Date.now());
    const fresh = plan.parts.filter((p) => p.fresh);
    const total = fresh.reduce((n, p) => n + p.items.length, 0);
    const written: StorageItemKey[] = [];
    try {
      // One part per call: each call's copy is short, so the page answers input between them.
      let done = 0;
      for (const part of fresh) {
        if (options.signal?.aborted) throw new WorkCancelled();
        await storage.setItem(partKey(part.id), part.items);
        written.push(partKey(part.id));
        done += part.items.length;
        if (fresh.length > 1) options.onProgress?.(done, total);
      }
      if (options.signal?.aborted) throw new WorkCancelled();
      const nextIndex: ListIndex = { v: 3, parts: plan.parts.map((p) => p.id), next: plan.nextId };
      await storage.setItems([{ key: indexKey, value: nextIndex }, ...(options.also ?? [])]);
    } catch (err) {
      await storage.removeItems(written).catch(() => undefined);
      throw err;
    }
    for (const part of fresh) cache.set(part.id, part.items);
    const kept = plan.parts.map((p) => p.id);
    trimCache(kept);
    const keptSet = new Set(kept);
    const stale = (before?.parts ?? []).filter((id) => !keptSet.has(id)).map(partKey);
    // The first write moves a v2 list into parts; its old array goes with this write.
    const retired = index ? [] : [{ key: base, options: { removeMeta: true } }];
    // A few parts per call: every page listening to storage is handed each removed value, and a
    // 25,000-entry removal in one call is one long task in each of them. Left-over parts only
    // cost space (the list itself is already stored), so a failure here is not the write's.
    const doomed = [...stale, ...retired];
    for (let i = 0; i < doomed.length; i += REMOVE_BATCH) {
      await storage.removeItems(doomed.slice(i, i + REMOVE_BATCH)).catch(() => undefined);
    }
  }

  function watch(cb: (value: unknown) => void): () => void {
    let chain: Promise<void> = Promise.resolve();
    const changed = () => {
      chain = chain
        .then(getValue)
        .then(cb, (err: unknown) =>
          cb(new DamagedList(null, `The reading list could not be read: ${String(err)}`)),
        );
    };
    const unwatch = [storage.watch(indexKey, changed), storage.watch(base, changed)];
    return () => unwatch.forEach((u) => u());
  }

  return { key: base, getValue, setValue, watch };
}

export const readingListStorage = defineReadingListStorage();
