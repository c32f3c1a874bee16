import { TOMBSTONE_FRESH_SECONDS, TOMBSTONE_KEEP_SECONDS } from './limits';
import { isAlive, lastEdit, type SyncRecord } from './record';
import { ShardBuilder, encodeShard, type EncodedShard, type ShardBody } from './shard-codec';

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
  /** Stored bytes (deflated, key + JSON value) for the whole mirror, and for one shard. */
  totalBytes: number;
  shardBytes: number;
  /** Shards this device must not write (a newer MailGist version owns them). */
  lockedShards: ReadonlySet<string>;
}

interface RawPlan {
  bodies: Map<string, ShardBody>;
  mirrored: Set<string>;
  leftOut: number;
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

/** Fills shards in priority order within budgets counted before deflating. */
function planRaw(
  ordered: readonly SyncRecord[],
  rawTotal: number,
  rawShard: number,
  locked: ReadonlySet<string>,
): RawPlan {
  const builders = new Map(shardKeys.map((k) => [k, new ShardBuilder()]));
  let total = 0;
  const chosen = new Map<string, SyncRecord[]>();
  const mirrored = new Set<string>();
  let leftOut = 0;
  for (const r of ordered) {
    const key = shardOf(r.key);
    const builder = builders.get(key)!;
    const cost = builder.cost(r);
    if (locked.has(key) || builder.bytes + cost > rawShard || total + cost > rawTotal) {
      if (isAlive(r)) leftOut += 1;
      continue;
    }
    builder.add(r);
    total += cost;
    chosen.set(key, [...(chosen.get(key) ?? []), r]);
    if (isAlive(r)) mirrored.add(r.key);
  }
  // The same set of records always encodes to the same body, whatever order it arrived in, so
  // devices that agree write nothing.
  const bodies = new Map<string, ShardBody>();
  for (const key of shardKeys) {
    if (locked.has(key)) continue;
    const sorted = new ShardBuilder();
    for (const r of (chosen.get(key) ?? []).sort((a, b) => (a.key < b.key ? -1 : 1))) sorted.add(r);
    bodies.set(key, sorted.body());
  }
  return { bodies, mirrored, leftOut };
}

export interface MirrorPlan {
  shards: Map<string, EncodedShard>;
  /** Keys of live articles in the mirror. */
  mirrored: Set<string>;
  /** Live articles left out (over the quota, or in a shard this version cannot write). */
  leftOut: number;
  /** Stored size of the whole mirror. */
  bytes: number;
}

/**
 * The mirror that fits the budget after deflating. How well a shard deflates is only known once
 * it is deflated, so the raw budgets start from the ratio of everything and shrink by the
 * overshoot until the deflated shards fit (two or three rounds at most in practice).
 */
export async function planMirror(
  records: Iterable<SyncRecord>,
  budget: MirrorBudget,
  nowSec: number,
): Promise<MirrorPlan> {
  const ordered = prioritise(records, nowSec);
  let ratio = 1;
  let rawTotal = Infinity;
  let rawShard = Infinity;
  for (let round = 0; round < 12; round++) {
    const raw = planRaw(ordered, rawTotal, rawShard, budget.lockedShards);
    const shards = new Map<string, EncodedShard>();
    let bytes = 0;
    let rawBytes = 0;
    let worst = 0;
    for (const [key, body] of raw.bodies) {
      const encoded = await encodeShard(key, body);
      shards.set(key, encoded);
      bytes += encoded.bytes;
      rawBytes += encoded.body.length;
      worst = Math.max(worst, encoded.bytes / budget.shardBytes);
    }
    const over = Math.max(bytes / budget.totalBytes, worst);
    if (over <= 1) return { shards, mirrored: raw.mirrored, leftOut: raw.leftOut, bytes };
    ratio = round === 0 ? Math.max(ratio, bytes / Math.max(rawBytes, 1)) : ratio * over * 1.02;
    rawTotal = budget.totalBytes / ratio;
    rawShard = budget.shardBytes / ratio;
  }
  // Unreachable with sane budgets; an empty mirror is always within them.
  const empty = planRaw([], 0, 0, budget.lockedShards);
  const shards = new Map<string, EncodedShard>();
  for (const [key, body] of empty.bodies) shards.set(key, await encodeShard(key, body));
  return { shards, mirrored: new Set(), leftOut: ordered.filter(isAlive).length, bytes: 0 };
}
