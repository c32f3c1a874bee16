import { readingListStorage, type ListStorage } from '../list-storage';
import { withWriteLock } from '../write-lock';
import { reconcile } from './reconcile';
import {
  parseSyncState,
  syncEnabledItem,
  syncStateItem,
  type SyncEnabledItem,
  type SyncState,
  type SyncStateItem,
} from './state';
import { nextWriteAt, recentWrites } from './write-budget';

// One sync pass with its side effects: read this device's list and state and the whole mirror,
// reconcile, store the new list and ledger together (one storage.local call, so the ledger always
// describes the stored list), then at most one storage.sync.set, held back while the write caps
// are spent. Runs under the reading list's write lock, so no edit interleaves with it.

/** The parts of browser.storage.sync a pass uses. */
export interface SyncAreaPort {
  get(keys?: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface SyncEngineOptions {
  area: SyncAreaPort;
  listItem?: ListStorage;
  stateItem?: SyncStateItem;
  enabledItem?: SyncEnabledItem;
  now?: () => number;
  newId?: () => string;
}

export type SyncOutcome =
  | { status: 'off' }
  | { status: 'list-unreadable' }
  | {
      status: 'done';
      /** Whether a storage.sync write was made. */
      wrote: boolean;
      /** When a held-back write may go out (ms), or null. */
      retryAt: number | null;
      changes: { added: number; updated: number; removed: number };
    };

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function createSyncEngine(options: SyncEngineOptions) {
  const listItem = options.listItem ?? readingListStorage;
  const stateItem = options.stateItem ?? syncStateItem;
  const enabledItem = options.enabledItem ?? syncEnabledItem;
  const now = options.now ?? (() => Date.now());
  const newId = options.newId ?? (() => crypto.randomUUID());

  async function pass(): Promise<SyncOutcome> {
    if (!(await enabledItem.getValue())) return { status: 'off' };
    const [rawList, rawState, remote] = await Promise.all([
      listItem.getValue(),
      stateItem.getValue(),
      options.area.get(null),
    ]);
    const { state, problem } = parseSyncState(rawState);
    const nowMs = now();
    const out = await reconcile({ rawList, state, remote, nowMs, newId });
    if (out.status === 'list-unreadable') {
      const report = { ...state.report, problems: [out.problem] };
      await stateItem.setValue({ ...state, report } satisfies SyncState);
      return { status: 'list-unreadable' };
    }
    const writeAt = out.writes ? nextWriteAt(state.writes, nowMs) : nowMs;
    const writing = out.writes !== null && writeAt <= nowMs;
    const next: SyncState = {
      v: 1,
      ledger: out.ledger,
      writes: writing
        ? [...recentWrites(state.writes, nowMs), nowMs]
        : recentWrites(state.writes, nowMs),
      report: {
        ...out.report,
        problems: problem ? [problem, ...out.report.problems] : out.report.problems,
        waitingUntil: out.writes && !writing ? writeAt : null,
        lastError: writing ? null : state.report.lastError,
      },
    };
    const stateChanged = JSON.stringify(next) !== JSON.stringify(rawState);
    // The list and the state that describes it are stored in one call.
    if (out.list) await listItem.setValue(out.list, { also: [{ item: stateItem, value: next }] });
    else if (stateChanged) await stateItem.setValue(next);
    if (writing) {
      try {
        await options.area.set(out.writes!);
      } catch (err) {
        // The local side is stored; the next pass writes the mirror again from the ledger.
        await stateItem.setValue({
          ...next,
          report: { ...next.report, lastError: errorText(err) },
        });
      }
    }
    return {
      status: 'done',
      wrote: writing,
      retryAt: out.writes && !writing ? writeAt : null,
      changes: out.changes,
    };
  }

  return {
    run: (): Promise<SyncOutcome> => withWriteLock(listItem.key, pass),
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
