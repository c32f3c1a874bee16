import { useEffect, useState } from 'preact/hooks';
import {
  parseSyncState,
  syncEnabledItem,
  syncStateItem,
  type SyncReport,
} from '../lib/reading-list/sync/state';

/** This device's sync switch and the last pass's report, live. */
export function useReadingListSync(): {
  enabled: boolean;
  report: SyncReport | null;
  setEnabled: (on: boolean) => Promise<void>;
} {
  const [enabled, setEnabledState] = useState(false);
  const [report, setReport] = useState<SyncReport | null>(null);
  useEffect(() => {
    let alive = true;
    const readReport = (raw: unknown) =>
      raw && alive && setReport(parseSyncState(raw).state.report);
    void syncEnabledItem.getValue().then((on) => alive && setEnabledState(on === true));
    void syncStateItem.getValue().then(readReport);
    const unwatchOn = syncEnabledItem.watch((on) => alive && setEnabledState(on === true));
    const unwatchState = syncStateItem.watch(readReport);
    return () => {
      alive = false;
      unwatchOn();
      unwatchState();
    };
  }, []);
  return { enabled, report, setEnabled: (on) => syncEnabledItem.setValue(on) };
}
