import { useState } from 'preact/hooks';
import type { SnapshotMode } from '../lib/messaging';
import type { PanelView } from '../lib/panel/panel-view';
import type { ExportFile } from '../lib/panel/exports';
import type { ReadingListStore } from '../lib/reading-list/store';
import type { Settings } from '../lib/settings';
import { allLists } from '../lib/panel/list-view';
import { BriefView } from './BriefView';
import { ReadingListView } from './ReadingListView';
import { StatusView } from './StatusView';
import { Toast } from './Toast';
import { ViewSwitch, type PanelTab } from './ViewSwitch';
import { useNotices } from './use-notices';
import { useReadingList } from './use-reading-list';

// The whole side panel, given its inputs: the page view, settings, the store and the browser
// actions. The entrypoint only supplies the real ones.
export function Panel(props: {
  view: PanelView;
  settings: Settings;
  store: ReadingListStore;
  onRefresh: (mode: SnapshotMode) => void;
  onOpenOptions?: () => void;
  /** "Read this site automatically" (see StatusView). */
  onReadSite?: (origin: string) => void;
  download: (file: ExportFile) => void;
  copy?: (text: string) => Promise<void>;
  parseHtml: (html: string) => Document;
  now?: () => Date;
}) {
  const [tab, setTab] = useState<PanelTab>('brief');
  const { notice, notify, clear } = useNotices();
  const snapshot = useReadingList(props.store);
  const entries = snapshot?.status === 'ok' ? snapshot.entries : [];
  const savedKeys = new Set(entries.map((e) => e.key));
  const { view } = props;

  return (
    <div class="panel">
      <header class="panel-header">
        <span class="brand" aria-hidden="true">
          MailGist
        </span>
        <ViewSwitch
          current={tab}
          listCount={snapshot?.status === 'ok' ? entries.length : null}
          onChange={setTab}
        />
        {props.onOpenOptions && (
          <button
            type="button"
            class="ghost icon"
            aria-label="Options"
            title="Options"
            onClick={props.onOpenOptions}
          >
            ⚙
          </button>
        )}
      </header>
      <main class="panel-main" aria-label={tab === 'brief' ? 'Brief' : 'Reading list'}>
        {tab === 'list' ? (
          <ReadingListView
            snapshot={snapshot}
            store={props.store}
            notify={notify}
            download={props.download}
            parseHtml={props.parseHtml}
            now={props.now}
          />
        ) : view.kind === 'brief' ? (
          <BriefView
            summary={view.summary}
            email={view.email}
            quoteFormat={props.settings.quoteFormat}
            store={props.store}
            savedKeys={savedKeys}
            knownLists={allLists(entries)}
            notify={notify}
            download={props.download}
            copy={props.copy}
            now={props.now}
          />
        ) : (
          <StatusView
            kind={view.kind === 'working' ? 'working' : view.status}
            detail={view.kind === 'status' ? view.detail : undefined}
            canSummarisePage={view.kind === 'status' && view.canSummarisePage}
            onSummarise={props.onRefresh}
            onRetry={() => props.onRefresh('auto')}
            onOpenOptions={props.onOpenOptions}
            {...(view.kind === 'status' && view.siteOrigin && props.onReadSite
              ? { siteOrigin: view.siteOrigin, onReadSite: props.onReadSite }
              : {})}
          />
        )}
      </main>
      <Toast notice={notice} onDismiss={clear} />
    </div>
  );
}
