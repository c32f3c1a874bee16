import { listIndexKey } from '../list-storage';
import { READING_LIST_KEY } from '../storage-item';
import { isShardKey } from './mirror-plan';
import { SYNC_ENABLED_KEY } from './state';
import type { SyncOutcome } from './engine';

// When the background worker runs a sync pass. Changes arrive in bursts (one user action writes
// the list, the pass then writes the list and the mirror, which echo back as change events), so
// pokes are coalesced: one pass after a short quiet time, another if something changed while it
// ran, and a held-back write is retried when the write caps have room again.

export interface Timers {
  now: () => number;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const bare = (key: string) => key.slice(key.indexOf(':') + 1);
const LOCAL_TRIGGERS = new Set([
  bare(listIndexKey(READING_LIST_KEY)), // every write of the list ends by writing its index
  bare(READING_LIST_KEY), // a list from before v3, until its first write
  bare(SYNC_ENABLED_KEY),
]);

/** Whether a storage change should start a pass: the list, the switch, or a shard of the mirror. */
export function startsSync(areaName: string, changedKeys: readonly string[]): boolean {
  if (areaName === 'sync') return changedKeys.some(isShardKey);
  if (areaName === 'local') return changedKeys.some((k) => LOCAL_TRIGGERS.has(k));
  return false;
}

export function createSyncScheduler(
  run: () => Promise<SyncOutcome>,
  timers: Timers,
  quietMs = 400,
  onError: (err: unknown) => void = () => {},
) {
  let timer: unknown = null;
  let dueAt = Infinity;
  let running: Promise<void> | null = null;
  let again = false;

  function schedule(at: number) {
    if (at >= dueAt) return;
    if (timer !== null) timers.clearTimeout(timer);
    dueAt = at;
    timer = timers.setTimeout(fire, Math.max(0, at - timers.now()));
  }

  function fire() {
    timer = null;
    dueAt = Infinity;
    if (running) {
      again = true;
      return;
    }
    running = run()
      .then((outcome) => {
        if (outcome.status === 'done' && outcome.retryAt !== null) schedule(outcome.retryAt);
      })
      .catch(onError)
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          schedule(timers.now() + quietMs);
        }
      });
  }

  return {
    /** Something changed: run a pass once things are quiet. */
    poke(): void {
      if (running) again = true;
      else schedule(timers.now() + quietMs);
    },
    /** Resolves when no pass is running (for tests and shutdown). */
    async settled(): Promise<void> {
      while (running) await running;
    },
  };
}
