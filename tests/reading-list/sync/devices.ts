import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineReadingListStorage } from '../../../lib/reading-list/list-storage';
import { createReadingListStore, type ReadingListStore } from '../../../lib/reading-list/store';
import { createSyncEngine, type SyncOutcome } from '../../../lib/reading-list/sync/engine';
import {
  defineSyncEnabledItem,
  defineSyncStateItem,
  parseSyncState,
} from '../../../lib/reading-list/sync/state';
import type { ReadingListEntry } from '../../../lib/reading-list/entry';
import { QuotaSyncArea } from './quota-sync-area';

// Simulated devices: each has its own reading list, sync state and switch (its own keys in the
// fake storage.local, so nothing is shared by accident), its own store and sync engine, and all
// share one quota-enforcing storage.sync and one fake clock.

export function createWorld(start = Date.parse('2026-03-10T09:00:00.000Z')) {
  fakeBrowser.reset();
  let t = start;
  const clock = {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
  };
  const area = new QuotaSyncArea(clock);

  function device(name: string) {
    const syncArea = area.device(name);
    const listItem = defineReadingListStorage(`local:${name}.readingList`);
    const stateItem = defineSyncStateItem(`local:${name}.readingListSync`);
    const enabledItem = defineSyncEnabledItem(`local:${name}.syncReadingList`);
    let n = 0;
    const newId = () => `${name}-${++n}`;
    const store = createReadingListStore({
      item: listItem,
      now: () => new Date(clock.now()),
      newId,
    });
    const engine = createSyncEngine({
      area: syncArea,
      listItem,
      stateItem,
      enabledItem,
      now: clock.now,
      newId,
    });
    const writes = { count: 0 };
    /** One pass, as the background worker runs it after a change. */
    async function pass(): Promise<SyncOutcome> {
      const outcome = await engine.run();
      if (outcome.status === 'done' && outcome.wrote) writes.count += 1;
      return outcome;
    }
    return {
      name,
      store,
      async enable(on = true) {
        await enabledItem.setValue(on);
      },
      pass,
      writes,
      syncArea,
      /**
       * A user action, then the pass the background worker runs on the change it makes. Offline,
       * the pass writes to this device's own copy of storage.sync.
       */
      async act<T>(action: (s: ReadingListStore) => Promise<T>): Promise<T> {
        const result = await action(store);
        clock.advance(500);
        await pass();
        clock.advance(500);
        return result;
      },
      async offline() {
        await syncArea.goOffline();
      },
      async online() {
        await syncArea.goOnline();
      },
      async entries(): Promise<ReadingListEntry[]> {
        const snap = await store.load();
        if (snap.status !== 'ok') throw new Error('list unreadable');
        return snap.entries;
      },
      async report() {
        return parseSyncState(await stateItem.getValue()).state.report;
      },
      listItem,
    };
  }

  type Device = ReturnType<typeof device>;

  /**
   * Runs passes on every device until none changes anything (as each background worker would on
   * the change events), waiting out held-back writes on the fake clock. Returns the rounds taken.
   */
  async function settle(devices: Device[], maxRounds = 30): Promise<number> {
    for (let round = 1; round <= maxRounds; round++) {
      let busy = false;
      let retryAt = Infinity;
      for (const d of devices) {
        clock.advance(1_000);
        const out = await d.pass();
        if (out.status !== 'done') continue;
        const c = out.changes;
        if (out.wrote || c.added + c.updated + c.removed > 0) busy = true;
        if (out.retryAt !== null) retryAt = Math.min(retryAt, out.retryAt);
      }
      if (retryAt !== Infinity) {
        clock.advance(Math.max(0, retryAt - clock.now()));
        busy = true;
      }
      if (!busy) return round;
    }
    throw new Error(`devices did not settle in ${maxRounds} rounds`);
  }

  return { clock, area, device, settle };
}

export type World = ReturnType<typeof createWorld>;

/** What the list shows of an entry, for comparing devices. */
export function shown(e: ReadingListEntry) {
  return {
    key: e.key,
    title: e.title,
    publication: e.publication,
    date: e.date,
    lists: [...e.lists].sort(),
    tags: [...e.tags].sort(),
    read: e.read,
  };
}

export const byKey = (entries: ReadingListEntry[]) =>
  [...entries].map(shown).sort((a, b) => (a.key < b.key ? -1 : 1));
