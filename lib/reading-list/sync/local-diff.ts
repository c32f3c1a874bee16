import type { ReadingListEntry } from '../entry';
import {
  FIELD_GROUPS,
  sameGroup,
  isAlive,
  lastEdit,
  recordOf,
  sameClocks,
  toSeconds,
  type FieldClocks,
  type SyncRecord,
} from './record';

// What changed on this device since sync last ran, as records with edit times. The ledger holds
// each article as this device last agreed on it; a field that differs now was edited here. Its
// edit time is the entry's updatedAt when that is newer than anything the ledger knew (the store
// stamps every edit), else the time of this run (an undo that put an older copy back is still a
// new edit). An article in the ledger that is gone from the list was deleted here.

export interface LocalView {
  entries: readonly ReadingListEntry[];
  /** Keys of stored values that failed validation: present, so never taken for deletions. */
  unreadableKeys: ReadonlySet<string>;
}

export function localRecords(
  view: LocalView,
  ledger: ReadonlyMap<string, SyncRecord>,
  nowSec: number,
): Map<string, SyncRecord> {
  const out = new Map<string, SyncRecord>();
  for (const entry of view.entries) {
    if (out.has(entry.key)) continue; // a duplicate key: the first copy speaks for the article
    const base = ledger.get(entry.key);
    const edited = toSeconds(entry.updatedAt);
    if (!base) {
      // First time this device syncs the article: its last edit is the best time we know.
      out.set(entry.key, recordOf(entry, sameClocks(Math.max(edited, 1))));
      continue;
    }
    if (!isAlive(base)) {
      // Saved again after a deletion: newer than that deletion by construction.
      const t = Math.max(edited, base.deletedAt + 1);
      out.set(entry.key, { ...recordOf(entry, sameClocks(t)), deletedAt: base.deletedAt });
      continue;
    }
    const stamp = edited > lastEdit(base) ? edited : nowSec;
    const fresh = recordOf(entry, base.at, base.deletedAt);
    const at: FieldClocks = { ...base.at };
    for (const group of FIELD_GROUPS) {
      if (!sameGroup(fresh, base, group)) {
        at[group] = Math.max(stamp, base.at[group] + 1);
      }
    }
    out.set(entry.key, { ...fresh, savedAt: base.savedAt || fresh.savedAt, at });
  }
  for (const [key, base] of ledger) {
    if (out.has(key) || view.unreadableKeys.has(key)) continue;
    out.set(key, isAlive(base) ? { ...base, deletedAt: Math.max(nowSec, lastEdit(base)) } : base);
  }
  return out;
}
