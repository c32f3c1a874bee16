// The stored reading list is cut into parts (see list-storage.ts) so that a change writes only
// the parts it touched: the browser copies every value it stores on the page's own thread, and a
// 25,000-entry list written as one value held the panel for seconds at every save.
//
// Which parts a change touched is read from object identity: a change to the list (save, delete,
// import, sync) builds its new array from the entries it read, so an entry it did not change is
// the same object, and a run of such entries that fills a whole stored part is that part, unchanged.

export interface StoredPart {
  id: number;
  items: readonly unknown[];
}

export interface PartPlan {
  /** The parts of the new list, in order; `fresh` ones must be written before the index. */
  parts: (StoredPart & { fresh: boolean })[];
  /** The next unused part id. */
  nextId: number;
}

/**
 * How many entries a part holds at most. Storing a part is one task on the page's thread: the e2e
 * import of 25,000 rows saw such tasks of up to 138 ms at 200 entries on a loaded machine, and
 * under 90 ms at 100.
 */
export const PART_SIZE = 100;

/**
 * Lays `next` out in parts, keeping every old part whose entries appear unchanged and in order.
 * New entries gather into fresh parts of at most `size`; a small run of new entries just ahead of a
 * kept part is written together with it (one save a day must not leave a part per entry).
 * Linear in the list's length.
 */
export function planParts(
  old: readonly StoredPart[],
  next: readonly unknown[],
  firstId: number,
  size = PART_SIZE,
): PartPlan {
  const byFirst = new Map<unknown, StoredPart>();
  for (const part of old) if (part.items.length > 0) byFirst.set(part.items[0], part);
  const parts: PartPlan['parts'] = [];
  let nextId = firstId;
  let pending: unknown[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    parts.push({ id: nextId++, items: pending, fresh: true });
    pending = [];
  };
  const keptAt = (at: number): StoredPart | null => {
    const part = byFirst.get(next[at]);
    if (!part || part.items.length > next.length - at) return null;
    for (let j = 1; j < part.items.length; j++) if (part.items[j] !== next[at + j]) return null;
    return part;
  };

  let i = 0;
  while (i < next.length) {
    const kept = keptAt(i);
    if (!kept) {
      pending.push(next[i++]);
      if (pending.length >= size) flush();
      continue;
    }
    byFirst.delete(kept.items[0]); // a part is kept once, even if its first entry comes back
    if (
      pending.length > 0 &&
      pending.length + kept.items.length <= size &&
      pending.length < size / 4
    ) {
      pending.push(...kept.items);
      flush();
    } else {
      flush();
      parts.push({ ...kept, fresh: false });
    }
    i += kept.items.length;
  }
  flush();
  return { parts, nextId };
}
