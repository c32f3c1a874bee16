import { FIELD_GROUPS, copyGroup, groupText, type FieldGroup, type SyncRecord } from './record';

// Merging two copies of one article's record, field group by field group: the later edit wins; at
// the same second the larger value wins, so every device picks the same. A deletion wins over
// edits older than it and loses to newer ones (see isAlive). When this device changed a list or
// tag set that another device also changed since they last agreed (`base`), both changes are kept:
// the other device's set plus what this device added, minus what it removed. Two copies that
// never met (sync just switched on, base null) keep the union of their lists and tags.

const SET_GROUPS = new Set<FieldGroup>(['lists', 'tags']);

function threeWay(remote: string[], local: string[], base: string[]): string[] {
  const had = new Set(base);
  const has = new Set(local);
  const added = local.filter((x) => !had.has(x));
  const removed = new Set(base.filter((x) => !has.has(x)));
  return [...new Set([...remote, ...added])].filter((x) => !removed.has(x));
}

const positiveMin = (a: number, b: number) => (a > 0 && b > 0 ? Math.min(a, b) : Math.max(a, b));

export function mergeRecords(
  local: SyncRecord,
  remote: SyncRecord,
  base: SyncRecord | null,
): SyncRecord {
  let merged: SyncRecord = {
    ...local,
    savedAt: positiveMin(local.savedAt, remote.savedAt),
    deletedAt: Math.max(local.deletedAt, remote.deletedAt),
    at: { ...local.at },
  };
  for (const group of FIELD_GROUPS) {
    const l = local.at[group];
    const r = remote.at[group];
    const bothChanged =
      SET_GROUPS.has(group) &&
      (base === null ||
        (l > base.at[group] &&
          r > base.at[group] &&
          groupText(remote, group) !== groupText(base, group)));
    if (bothChanged) {
      const field = group as 'lists' | 'tags';
      merged = { ...merged, [field]: threeWay(remote[field], local[field], base?.[field] ?? []) };
      // A combined value is a new edit: it must beat both copies wherever they still are.
      const text = groupText(merged, group);
      const same = (x: SyncRecord) => groupText(x, group) === text;
      const settled = r > l ? same(remote) : l > r ? same(local) : same(local) && same(remote);
      merged.at[group] = Math.max(l, r) + (settled ? 0 : 1);
    } else if (r > l || (r === l && groupText(remote, group) > groupText(local, group))) {
      merged = copyGroup(merged, remote, group);
      merged.at[group] = r;
    }
  }
  return merged;
}
