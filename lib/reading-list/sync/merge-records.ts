import {
  FIELD_GROUPS,
  copyGroup,
  groupText,
  sameGroup,
  type FieldGroup,
  type SyncRecord,
} from './record';

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

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** The merged record; `local` itself when the remote copy changes nothing in it. */
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
  let changed = merged.savedAt !== local.savedAt || merged.deletedAt !== local.deletedAt;
  // A deleted article's lists and tags are not combined: plain later-edit-wins keeps a deletion
  // and the values under it stable however often copies meet.
  const deleted =
    Math.max(...FIELD_GROUPS.map((g) => Math.max(local.at[g], remote.at[g]))) <= merged.deletedAt;
  for (const group of FIELD_GROUPS) {
    const l = local.at[group];
    const r = remote.at[group];
    if (r === l && sameGroup(local, remote, group)) continue;
    const bothChanged =
      !deleted &&
      SET_GROUPS.has(group) &&
      (base === null || (l > base.at[group] && r > base.at[group]));
    if (bothChanged) {
      const field = group as 'lists' | 'tags';
      const combined = threeWay(remote[field], local[field], base?.[field] ?? []);
      // Equal as sets to one copy: that copy as it is, so both devices reach the same order.
      const newer = r > l ? remote : l > r ? local : null;
      const same = [newer, remote, local].find((x) => x && sameSet(x[field], combined));
      merged = { ...merged, [field]: same ? [...same[field]] : combined };
      // A combined value is a new edit: it must beat both copies wherever they still are.
      const settled = newer !== null && sameGroup(newer, merged, group);
      merged.at[group] = Math.max(l, r) + (settled ? 0 : 1);
      changed = true;
    } else if (r > l || (r === l && groupText(remote, group) > groupText(local, group))) {
      merged = copyGroup(merged, remote, group);
      merged.at[group] = r;
      changed = true;
    }
  }
  return changed ? merged : local;
}
