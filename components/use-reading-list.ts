import { useEffect, useState } from 'preact/hooks';
import {
  readSnapshotPaced,
  type ListSnapshot,
  type ReadingListStore,
} from '../lib/reading-list/store';
import { createPacer, WorkCancelled } from '../lib/reading-list/pacer';

/**
 * The stored reading list, kept current by watching storage (saves from any page show up). Each
 * stored value is validated in slices, so a long list never holds the panel; a newer value
 * cancels the reading of an older one.
 */
export function useReadingList(store: ReadingListStore): ListSnapshot | null {
  const [snapshot, setSnapshot] = useState<ListSnapshot | null>(null);
  useEffect(() => {
    let current: AbortController | null = null;
    let alive = true;
    const read = (load: (pacer: ReturnType<typeof createPacer>) => Promise<ListSnapshot>) => {
      current?.abort();
      const controller = new AbortController();
      current = controller;
      load(createPacer({ signal: controller.signal }))
        .then((s) => alive && !controller.signal.aborted && setSnapshot(s))
        .catch((err: unknown) => {
          if (!alive || err instanceof WorkCancelled || controller.signal.aborted) return;
          setSnapshot({
            status: 'corrupt',
            raw: null,
            problem: `The reading list could not be read: ${String(err)}`,
          });
        });
    };
    read((pacer) => store.load(pacer));
    const unwatch = store.watchRaw((raw) => read((pacer) => readSnapshotPaced(raw, pacer)));
    return () => {
      alive = false;
      current?.abort();
      unwatch();
    };
  }, [store]);
  return snapshot;
}
