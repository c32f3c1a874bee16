import { TOMBSTONE_FRESH_SECONDS, TOMBSTONE_KEEP_SECONDS } from './limits';
import { isAlive, lastEdit, type SyncRecord } from './record';
import { ShardBuilder, type Shard } from './shard-codec';

// Which records go into the mirror, and into which shard. Each article lives in a fixed shard
// chosen by a hash of its key, so an edit rewrites one shard and every device agrees where to
// look. When everything does not fit, records are taken in this order until the budget is spent:
// recent deletions (tiny, and they stop a deleted article coming back), unread articles, read
// articles (most recently touched first, so the oldest read ones are the first left out), then
// older deletions. What is left out stays in local storage on every device that has it.

export const SHARD_COUNT = 32;
export const SHARD_PREFIX = 'rl1.';

export const shardKeys: readonly string[] = Array.from(
  { length: SHARD_COUNT },
  (_, i) => `${SHARD_PREFIX}${String(i).padStart(2, '0')}`,
);

export const isShardKey = (key: string): boolean => key.startsWith(SHARD_PREFIX);

/** FNV-1a over the key's UTF-16 code units: stable across devices, browsers and versions. */
export function shardOf(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return shardKeys[(h >>> 0) % SHARD_COUNT]!;
}

export interface MirrorBudget {
  totalBytes: number;
  shardBytes: number;
  /** Shards this device must not write (a newer MailGist version owns them). */
  lockedShards: ReadonlySet<string>;
}

export interface MirrorPlan {
  shards: Map<string, Shard>;
  /** Keys of live articles in the mirror. */
  mirrored: Set<string>;
  /** Live articles left out (over the quota, or in a shard this version cannot write). */
  leftOut: number;
  bytes: number;
}

function tier(r: SyncRecord, nowSec: number): number {
  if (!isAlive(r)) return nowSec - r.deletedAt <= TOMBSTONE_FRESH_SECONDS ? 0 : 3;
  return r.read ? 2 : 1;
}

export function prioritise(records: Iterable<SyncRecord>, nowSec: number): SyncRecord[] {
  return [...records]
    .filter((r) => isAlive(r) || nowSec - r.deletedAt <= TOMBSTONE_KEEP_SECONDS)
    .map((r) => ({ r, tier: tier(r, nowSec), t: Math.max(lastEdit(r), r.deletedAt) }))
    .sort((a, b) => a.tier - b.tier || b.t - a.t || (a.r.key < b.r.key ? -1 : 1))
    .map((x) => x.r);
}

export function planMirror(
  records: Iterable<SyncRecord>,
  budget: MirrorBudget,
  nowSec: number,
): MirrorPlan {
  const builders = new Map(shardKeys.map((k) => [k, new ShardBuilder(k)]));
  let total = [...builders.values()].reduce((n, b) => n + b.bytes, 0);
  const chosen = new Map<string, SyncRecord[]>();
  const mirrored = new Set<string>();
  let leftOut = 0;
  for (const r of prioritise(records, nowSec)) {
    const key = shardOf(r.key);
    const builder = builders.get(key)!;
    const cost = builder.cost(r);
    if (
      budget.lockedShards.has(key) ||
      builder.bytes + cost > budget.shardBytes ||
      total + cost > budget.totalBytes
    ) {
      if (isAlive(r)) leftOut += 1;
      continue;
    }
    builder.add(r); // sized here; rebuilt below in key order so the bytes do not depend on history
    total += cost;
    chosen.set(key, [...(chosen.get(key) ?? []), r]);
    if (isAlive(r)) mirrored.add(r.key);
  }
  // The same set of records always encodes to the same value, whatever order it arrived in, so
  // devices that agree write nothing. Re-encoding in key order only renumbers the string table (an
  // index may gain or lose a digit): a few bytes, far inside the margins under the browser's quota.
  const shards = new Map<string, Shard>();
  let bytes = 0;
  for (const key of shardKeys) {
    if (budget.lockedShards.has(key)) continue;
    const sorted = new ShardBuilder(key);
    for (const r of (chosen.get(key) ?? []).sort((a, b) => (a.key < b.key ? -1 : 1))) sorted.add(r);
    shards.set(key, sorted.value());
    bytes += sorted.bytes;
  }
  return { shards, mirrored, leftOut, bytes };
}
