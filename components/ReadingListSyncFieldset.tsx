import type { SyncReport } from '../lib/reading-list/sync/state';
import { describeSync } from '../lib/reading-list/sync/status-text';

// The opt-in for syncing the reading list through the browser's own sync, and what it is doing.
export function ReadingListSyncFieldset(props: {
  enabled: boolean;
  report: SyncReport | null;
  now: number;
  onChange: (on: boolean) => void;
}) {
  const { summary, details } = describeSync(props.enabled, props.report, props.now);
  return (
    <fieldset>
      <legend>Reading list on your other devices</legend>
      <label class="check">
        <input
          type="checkbox"
          checked={props.enabled}
          onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
        />
        Sync my reading list through my browser’s sync
      </label>
      <p class="hint">
        Titles, links, lists, tags and read state travel with your browser account (Chrome, Edge,
        Firefox on the desktop); summaries and quotes stay on the device that saved them. Turning
        this off never deletes anything on this device.
      </p>
      <p class="sync-status" role="status">
        {summary}
      </p>
      {details.length > 0 && (
        <ul class="sync-problems">
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
