import { ReadingListEntrySchema, type ReadingListEntry } from '../entry';
import { isAlive, lastEdit, syncedUrl, toIso, valuesOf, type SyncRecord } from './record';

// Brings the merged records into this device's stored list. Only the synced fields change; the
// full brief (excerpt, quotes, authors, sender) is kept wherever this device has it. An article
// known only from another device is added with what the record carries and marked `syncedOnly`
// (shown as "Saved on another device"). Values that fail validation are carried over untouched.

export interface ApplyResult {
  next: unknown[];
  added: number;
  updated: number;
  removed: number;
}

function patched(entry: ReadingListEntry, r: SyncRecord): ReadingListEntry {
  const next: ReadingListEntry = {
    ...entry,
    title: r.title || entry.title,
    // Keep this device's own link (with its tracking parameters) while it is the same article.
    url: syncedUrl(entry.url) === r.url ? entry.url : r.url,
    emailUrl: r.url !== null ? entry.emailUrl : r.emailUrl,
    publication: r.publication,
    date: r.date,
    lists: [...r.lists],
    tags: [...r.tags],
    read: r.read,
  };
  const edited = toIso(lastEdit(r));
  return { ...next, updatedAt: edited > entry.updatedAt ? edited : entry.updatedAt };
}

function fromRecord(r: SyncRecord, id: string): ReadingListEntry {
  return {
    id,
    key: r.key,
    title: r.title || r.key,
    url: r.url,
    emailUrl: r.emailUrl,
    publication: r.publication,
    authors: [],
    sender: null,
    date: r.date,
    excerpt: null,
    quotes: [],
    lists: [...r.lists],
    tags: [...r.tags],
    read: r.read,
    savedAt: toIso(r.savedAt || lastEdit(r)),
    updatedAt: toIso(lastEdit(r)),
    syncedOnly: true,
  };
}

const sameSynced = (a: ReadingListEntry, b: ReadingListEntry) =>
  JSON.stringify(valuesOf(a)) === JSON.stringify(valuesOf(b)) && a.url === b.url;

/**
 * `local` holds the records made from this list; a merged record that is the very same object
 * changed nothing, so its entry is kept as it is without comparing.
 */
export function applyRecords(
  raw: readonly unknown[],
  merged: ReadonlyMap<string, SyncRecord>,
  local: ReadonlyMap<string, SyncRecord>,
  newId: () => string,
): ApplyResult {
  const seen = new Set<string>();
  let updated = 0;
  let removed = 0;
  const kept: unknown[] = [];
  for (const value of raw) {
    const parsed = ReadingListEntrySchema.safeParse(value);
    const r = parsed.success ? merged.get(parsed.data.key) : undefined;
    if (!parsed.success || !r) {
      kept.push(value);
      continue;
    }
    seen.add(r.key);
    if (r === local.get(r.key)) {
      kept.push(value);
      continue;
    }
    if (!isAlive(r)) {
      removed += 1;
      continue;
    }
    const next = patched(parsed.data, r);
    if (sameSynced(next, parsed.data)) kept.push(value);
    else {
      kept.push(next);
      updated += 1;
    }
  }
  const fresh = [...merged.values()]
    .filter((r) => isAlive(r) && !seen.has(r.key))
    .sort((a, b) => b.savedAt - a.savedAt || (a.key < b.key ? -1 : 1))
    .map((r) => fromRecord(r, newId()));
  return { next: [...fresh, ...kept], added: fresh.length, updated, removed };
}
