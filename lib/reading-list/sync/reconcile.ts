import { readSnapshot } from '../store';
import { MIRROR_LIMITS, SYNC_QUOTA, TOMBSTONE_KEEP_SECONDS, itemBytes } from './limits';
import { localRecords } from './local-diff';
import { mergeRecords } from './merge-records';
import { isShardKey, planMirror, shardKeys } from './mirror-plan';
import { isAlive, type SyncRecord } from './record';
import { decodeShard, type StoredShard } from './shard-codec';
import { applyRecords } from './apply-to-list';
import type { SyncReport, SyncState } from './state';

// One sync pass, pure: this device's list and ledger plus the whole mirror in, the new list, the
// new ledger and the shards to write out. Every trigger (an edit here, a change from another
// device, start-up, switching sync on) runs the same pass, so a pass that was missed, refused or
// interrupted is made good by the next one.

export interface ReconcileInput {
  rawList: unknown;
  state: SyncState;
  remote: Readonly<Record<string, unknown>>;
  nowMs: number;
  newId: () => string;
}

export type ReconcileOutput =
  | { status: 'list-unreadable'; problem: string }
  | {
      status: 'ok';
      /** The new stored list, or null when it is unchanged. */
      list: unknown[] | null;
      ledger: SyncRecord[];
      /** Shards whose stored value must change, or null for none. */
      writes: Record<string, StoredShard> | null;
      report: Omit<SyncReport, 'waitingUntil' | 'lastError'>;
      changes: { added: number; updated: number; removed: number };
    };

const EMPTY_BODY = JSON.stringify({ s: [], e: [] });

const shardLabel = (key: string) => `part ${shardKeys.indexOf(key) + 1} of ${shardKeys.length}`;

async function readMirror(remote: Readonly<Record<string, unknown>>) {
  const records = new Map<string, SyncRecord>();
  const bodies = new Map<string, string>();
  const problems: string[] = [];
  const locked = new Set<string>();
  let otherBytes = 0;
  for (const [key, value] of Object.entries(remote)) {
    if (!isShardKey(key)) {
      otherBytes += itemBytes(key, value);
      continue;
    }
    const shard = await decodeShard(value);
    if (shard.status === 'future') {
      locked.add(key);
      otherBytes += itemBytes(key, value);
      problems.push(
        `The synced list’s ${shardLabel(key)} was written by a newer version of MailGist (format ${shard.version}); it was left as it is. Update MailGist on this device.`,
      );
    } else if (shard.status === 'corrupt') {
      problems.push(
        `The synced list’s ${shardLabel(key)} was damaged and was ignored (${shard.problem}); this device wrote it again from its own list.`,
      );
    } else {
      bodies.set(key, shard.body);
      for (const r of shard.records) {
        const known = records.get(r.key);
        records.set(r.key, known ? mergeRecords(known, r, null) : r);
      }
    }
  }
  return { records, bodies, problems, locked, otherBytes };
}

export async function reconcile(input: ReconcileInput): Promise<ReconcileOutput> {
  const snapshot = readSnapshot(input.rawList);
  if (snapshot.status === 'corrupt')
    return { status: 'list-unreadable', problem: snapshot.problem };
  const nowSec = Math.floor(input.nowMs / 1000);

  const unreadableKeys = new Set<string>();
  for (const bad of snapshot.invalid) {
    const key = (bad.raw as { key?: unknown } | null)?.key;
    if (typeof key === 'string') unreadableKeys.add(key);
  }
  // A list emptied all at once (recovered from damage, storage cleared) is a reset, not the
  // deletion of every article on every device: the list view deletes one entry at a time and
  // each deletion gets its own pass. The list is refilled from the mirror instead.
  const reset =
    snapshot.entries.length === 0 &&
    snapshot.invalid.length === 0 &&
    input.state.ledger.filter(isAlive).length > 1;
  const ledger = new Map(
    input.state.ledger.filter((r) => !reset || !isAlive(r)).map((r) => [r.key, r]),
  );
  const local = localRecords({ entries: snapshot.entries, unreadableKeys }, ledger, nowSec);
  const mirror = await readMirror(input.remote);

  const merged = new Map<string, SyncRecord>();
  for (const key of new Set([...local.keys(), ...mirror.records.keys()])) {
    const l = local.get(key);
    const r = mirror.records.get(key);
    const record = l && r ? mergeRecords(l, r, ledger.get(key) ?? null) : (l ?? r)!;
    if (isAlive(record) || nowSec - record.deletedAt <= TOMBSTONE_KEEP_SECONDS) {
      merged.set(key, record);
    }
  }

  const applied = applyRecords(input.rawList as unknown[], merged, local, input.newId);
  const listChanged = applied.added + applied.updated + applied.removed > 0;

  const plan = await planMirror(
    merged.values(),
    {
      totalBytes: Math.min(
        MIRROR_LIMITS.totalBytes,
        SYNC_QUOTA.totalBytes - mirror.otherBytes - MIRROR_LIMITS.reserveBytes,
      ),
      shardBytes: MIRROR_LIMITS.shardBytes,
      lockedShards: mirror.locked,
    },
    nowSec,
  );
  // Compared by inflated body: two browsers may deflate the same body to different bytes.
  const writes: Record<string, StoredShard> = {};
  for (const [key, shard] of plan.shards) {
    const empty = shard.body === EMPTY_BODY;
    if (input.remote[key] === undefined && empty) continue;
    if (mirror.bodies.get(key) !== shard.body) writes[key] = shard.value;
  }
  const alive = [...merged.values()].filter(isAlive).length;
  return {
    status: 'ok',
    list: listChanged ? applied.next : null,
    ledger: [...merged.values()],
    writes: Object.keys(writes).length > 0 ? writes : null,
    report: {
      mirrored: plan.mirrored.size,
      localOnly: alive - plan.mirrored.size,
      bytes: plan.bytes,
      problems: reset
        ? [
            'The reading list on this device was emptied all at once; it was refilled from sync rather than emptying it on your other devices.',
            ...mirror.problems,
          ]
        : mirror.problems,
    },
    changes: { added: applied.added, updated: applied.updated, removed: applied.removed },
  };
}
