import { TOMBSTONE_FRESH_SECONDS, TOMBSTONE_KEEP_SECONDS, utf8Length } from './limits';
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
  let full = false;
  for (const r of ordered) {
    const key = shardOf(r.key);
    const builder = builders.get(key)!;
    const cost = full || locked.has(key) ? 0 : builder.cost(r);
    // Once the mirror is full nothing later in the order goes in, not even a smaller record, so
    // an older read entry never takes the place of a newer or unread one. A full shard only
    // turns away the records that hash to it.
    if (!full && total + cost > rawTotal) full = true;
    if (full || locked.has(key) || builder.bytes + cost > rawShard) {
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

async function encodePlan(raw: RawPlan, budget: MirrorBudget) {
  const shards = new Map<string, EncodedShard>();
  let bytes = 0;
  let rawBytes = 0;
  let fits = true;
  for (const [key, body] of raw.bodies) {
    const encoded = await encodeShard(key, body);
    shards.set(key, encoded);
    bytes += encoded.bytes;
    rawBytes += utf8Length(encoded.body);
    if (encoded.bytes > budget.shardBytes) fits = false;
  }
  const plan: MirrorPlan = { shards, mirrored: raw.mirrored, leftOut: raw.leftOut, bytes };
  return { plan, rawBytes, fits: fits && bytes <= budget.totalBytes };
}

/**
 * The mirror that fits the budget after deflating. How well shards deflate is only known once
 * they are deflated, so the budget before deflating is searched for: a first guess from how well
 * everything deflates, then halving the gap between a budget that fits and one that does not.
 * The search is deterministic, so devices with the same records agree (and the deflate cache
 * makes a repeated search cheap).
 */
export async function planMirror(
  records: Iterable<SyncRecord>,
  budget: MirrorBudget,
  nowSec: number,
): Promise<MirrorPlan> {
  const ordered = prioritise(records, nowSec);
  const locked = budget.lockedShards;
  const attempt = (rawTotal: number) =>
    encodePlan(
      planRaw(ordered, rawTotal, (rawTotal * budget.shardBytes) / budget.totalBytes, locked),
      budget,
    );
  const all = await encodePlan(planRaw(ordered, Infinity, Infinity, locked), budget);
  if (all.fits) return all.plan;
  let best: MirrorPlan | null = null;
  let lo = 0;
  let hi = all.rawBytes;
  let guess = (budget.totalBytes * all.rawBytes) / Math.max(all.plan.bytes, 1);
  for (let round = 0; round < 10 && hi - lo > hi / 50; round++) {
    const tried = await attempt(guess);
    if (tried.fits) {
      lo = guess;
      best = tried.plan;
    } else hi = guess;
    guess = best ? (lo + hi) / 2 : guess / 1.25;
  }
  if (best) return best;
  // Nothing fitted in the rounds allowed: shrink until something does (an empty mirror always fits).
  for (let rawTotal = lo || hi / 4; rawTotal >= 64; rawTotal /= 2) {
    const tried = await attempt(rawTotal);
    if (tried.fits) return tried.plan;
  }
  return (await attempt(0)).plan;
}
