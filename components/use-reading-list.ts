import { useEffect, useState } from 'preact/hooks';
import type { ListSnapshot, ReadingListStore } from '../lib/reading-list/store';

/** The stored reading list, kept current by watching storage (saves from any page show up). */
export function useReadingList(store: ReadingListStore): ListSnapshot | null {
  const [snapshot, setSnapshot] = useState<ListSnapshot | null>(null);
  useEffect(() => {
    let alive = true;
    store
      .load()
      .then((s) => alive && setSnapshot(s))
      .catch(
        (err: unknown) =>
          alive &&
          setSnapshot({
            status: 'corrupt',
            raw: null,
            problem: `The reading list could not be read: ${String(err)}`,
          }),
      );
    const unwatch = store.watch((s) => alive && setSnapshot(s));
    return () => {
      alive = false;
      unwatch();
    };
  }, [store]);
  return snapshot;
}
