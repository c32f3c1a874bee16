import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SnapshotMode } from '../lib/messaging';
import type { PanelView } from '../lib/panel/panel-view';
import type { ExportFile } from '../lib/panel/exports';
import type { ReadingListStore } from '../lib/reading-list/store';
import type { ReadingListEntry } from '../lib/reading-list/entry';
import type { Settings } from '../lib/settings';
import { allLists } from '../lib/panel/list-view';
import { BriefView } from './BriefView';
import { ReadingListView } from './ReadingListView';
import { StatusView } from './StatusView';
import { Toast } from './Toast';
import { ViewSwitch, type PanelTab } from './ViewSwitch';
import { useNotices, type Notice } from './use-notices';
import { useUndoKey } from './use-undo-key';
import { useReadingList } from './use-reading-list';

// The whole side panel, given its inputs: the page view, settings, the store and the browser
// actions. The entrypoint only supplies the real ones.
const NO_ENTRIES: readonly ReadingListEntry[] = [];

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
  const notices = useNotices();
  const { notice, notify, clear } = notices;
  const snapshot = useReadingList(props.store);
  const entries = snapshot?.status === 'ok' ? snapshot.entries : NO_ENTRIES;
  // Once per stored list, not per render: at 25,000 entries each is a few milliseconds.
  const savedKeys = useMemo(() => new Set(entries.map((e) => e.key)), [entries]);
  const knownLists = useMemo(() => allLists(entries), [entries]);
  const { view } = props;
  const main = useRef<HTMLElement>(null);

  // The brief's notices belong to its message: on a switch, their Undo is withdrawn.
  const briefKey = view.kind === 'brief' ? view.email.key : null;
  useEffect(() => notices.keepScope(briefKey), [briefKey]);
  const notifyBrief = (n: Notice) => notify({ scope: briefKey ?? undefined, ...n });

  /** Undo one change (the newest by default); focus stays in the panel, not on the page body. */
  const undo = (id?: number) =>
    void notices.undo(id).then(() => {
      if (!document.activeElement || document.activeElement === document.body)
        main.current?.focus();
    });
  useUndoKey(notices.canUndo, () => undo());

  const elsewhere = view.kind === 'brief' ? view.elsewhere : undefined;

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
      <Toast
        notice={notice}
        onDismiss={clear}
        undos={notices.undos}
        onUndo={undo}
        onDismissUndo={notices.dismissUndo}
        onHold={notices.setHeld}
      />
      <main
        ref={main}
        tabIndex={-1}
        class="panel-main"
        aria-label={tab === 'brief' ? 'Brief' : 'Reading list'}
      >
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
          <>
            {elsewhere && (
              <StatusView
                compact
                kind={elsewhere.status}
                detail={elsewhere.detail}
                canSummarisePage={elsewhere.canSummarisePage}
                selection={elsewhere.selection}
                needsGrant={elsewhere.needsGrant}
                onSummarise={props.onRefresh}
                onRetry={() => props.onRefresh('auto')}
              />
            )}
            <BriefView
              summary={view.summary}
              email={view.email}
              quoteFormat={props.settings.quoteFormat}
              store={props.store}
              savedKeys={savedKeys}
              knownLists={knownLists}
              notify={notifyBrief}
              download={props.download}
              copy={props.copy}
              now={props.now}
            />
          </>
        ) : (
          <StatusView
            kind={view.kind === 'working' ? 'working' : view.status}
            detail={view.kind === 'status' ? view.detail : undefined}
            canSummarisePage={view.kind === 'status' && view.canSummarisePage}
            {...(view.kind === 'status'
              ? { selection: view.selection, needsGrant: view.needsGrant }
              : {})}
            onSummarise={props.onRefresh}
            onRetry={() => props.onRefresh('auto')}
            onOpenOptions={props.onOpenOptions}
            {...(view.kind === 'status' && view.siteOrigin && props.onReadSite
              ? { siteOrigin: view.siteOrigin, onReadSite: props.onReadSite }
              : {})}
          />
        )}
      </main>
    </div>
  );
}
