import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ListSnapshot, ReadingListStore } from '../lib/reading-list/store';
import type { ReadingListEntry } from '../lib/reading-list/entry';
import {
  applyQuery,
  allLists,
  allTags,
  DEFAULT_QUERY,
  focusAfterRemoval,
  PAGE_SIZE,
  warmSearch,
  type ListQuery,
  type ReadFilter,
  type SortOrder,
} from '../lib/panel/list-view';
import type { ExportFile } from '../lib/panel/exports';
import { readImportFile } from '../lib/reading-list/decode-file';
import { createPacer } from '../lib/reading-list/pacer';
import { ReadingListItem } from './ReadingListItem';
import { InvalidEntries } from './InvalidEntries';
import { ExportMenu } from './ExportMenu';
import { ImportStatus } from './ImportStatus';
import { ExportStatus } from './ExportStatus';
import { useExportJob } from './use-export-job';
import { BulkActions } from './BulkActions';
import { useImportJob } from './use-import-job';
import type { Notify } from './use-notices';

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));
const EMPTY: ReadingListEntry[] = [];

// The reading list: export / import menu at the top, search, filter by list / tag / read state,
// sort, a page of rows at a time, mark read, delete with undo, bulk actions on selected rows;
// imports run as background work. An unreadable stored list is reported with a way out, never wiped.
export function ReadingListView(props: {
  snapshot: ListSnapshot | null;
  store: ReadingListStore;
  notify: Notify;
  download: (file: ExportFile) => void;
  parseHtml: (html: string) => Document;
  readFile?: (file: File) => Promise<string>;
  now?: () => Date;
}) {
  const { snapshot, store, notify } = props;
  const now = props.now ?? (() => new Date());
  const readFile = props.readFile ?? readImportFile;
  const [query, setQuery] = useState<ListQuery>(DEFAULT_QUERY);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const heading = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // After a delete: the row whose Delete button gets focus (null: the heading), once the deleted
  // rows have left the page.
  const focusNext = useRef<{ id: string | null; removed: ReadonlySet<string> } | null>(null);
  const job = useImportJob({ store, notify, parseHtml: props.parseHtml, readFile, now });
  const exporter = useExportJob({ notify, download: props.download, now });
  const entries = snapshot?.status === 'ok' ? snapshot.entries : EMPTY;
  const visible = useMemo(() => applyQuery(entries, query), [entries, query]);
  const lists = useMemo(() => allLists(entries), [entries]);
  const tags = useMemo(() => allTags(entries), [entries]);

  useEffect(() => {
    const controller = new AbortController();
    warmSearch(entries, createPacer({ signal: controller.signal })).catch(() => {});
    return () => controller.abort();
  }, [entries]);

  useEffect(() => {
    const want = focusNext.current;
    if (!want) return;
    const rows = Array.from(
      listRef.current?.querySelectorAll<HTMLElement>('li[data-entry-id]') ?? [],
    );
    if (rows.some((r) => want.removed.has(r.dataset['entryId'] ?? ''))) return;
    focusNext.current = null;
    const row = rows.find((r) => r.dataset['entryId'] === want.id);
    (row?.querySelector<HTMLElement>('.entry-delete') ?? heading.current)?.focus();
  });

  if (!snapshot) {
    return (
      <section class="reading-list" aria-labelledby="list-heading" aria-busy="true">
        <h1 id="list-heading">Reading list</h1>
        <p>Loading…</p>
      </section>
    );
  }

  if (snapshot.status === 'corrupt') {
    return (
      <section class="reading-list" aria-labelledby="list-heading">
        <h1 id="list-heading">Reading list</h1>
        <div class="warning" role="alert">
          <p>{snapshot.problem}</p>
          <p>
            Nothing has been deleted. Download the stored data to keep a copy, then start a fresh
            list (the old data is also kept in the browser as a backup).
          </p>
        </div>
        <div class="button-row">
          <button
            type="button"
            class="secondary"
            onClick={() =>
              props.download({
                name: 'mailgist-reading-list-damaged.json',
                type: 'application/json',
                content: JSON.stringify(snapshot.raw, null, 2) ?? 'null',
              })
            }
          >
            Download stored data
          </button>
          <button
            type="button"
            class="danger"
            onClick={async () => {
              try {
                await store.recoverCorrupt();
                notify({
                  tone: 'info',
                  message: 'Started a fresh reading list; the damaged data was kept as a backup.',
                });
              } catch (err) {
                notify({ tone: 'error', message: errorText(err) });
              }
            }}
          >
            Start a fresh list
          </button>
        </div>
      </section>
    );
  }

  const set = (patch: Partial<ListQuery>) => {
    setQuery({ ...query, ...patch });
    setLimit(PAGE_SIZE);
  };
  const chosen = visible.filter((e) => selected.has(e.id));

  async function toggleRead(entry: ReadingListEntry) {
    try {
      await store.update(entry.id, { read: !entry.read });
      notify({
        tone: 'info',
        message: entry.read ? `Marked “${entry.title}” unread` : `Marked “${entry.title}” read`,
      });
    } catch (err) {
      notify({ tone: 'error', message: errorText(err) });
    }
  }

  async function remove(doomed: readonly ReadingListEntry[]) {
    const ids = new Set(doomed.map((e) => e.id));
    const shown = visible.slice(0, limit).map((e) => e.id);
    focusNext.current = { id: focusAfterRemoval(shown, ids), removed: ids };
    try {
      const removed = await store.remove([...ids]);
      setSelected((s) => new Set([...s].filter((id) => !ids.has(id))));
      const what =
        removed.length === 1
          ? `“${removed[0]!.title}”`
          : `${removed.length.toLocaleString('en')} articles`;
      notify({
        tone: 'info',
        message: `Deleted ${what}`,
        undo: async () => {
          try {
            await store.restore(removed);
            notify({ tone: 'info', message: 'Delete undone' });
          } catch (err) {
            notify({ tone: 'error', message: errorText(err) });
          }
        },
      });
    } catch (err) {
      focusNext.current = null;
      notify({ tone: 'error', message: errorText(err) });
    }
  }

  /** One change to every selected row, in one write, undoable. */
  async function changeSelected(
    label: string,
    change: Parameters<ReadingListStore['updateMany']>[1],
  ) {
    try {
      const before = await store.updateMany(
        chosen.map((e) => e.id),
        change,
      );
      notify({
        tone: 'info',
        message: `${label}: ${before.length.toLocaleString('en')} ${before.length === 1 ? 'article' : 'articles'}`,
        undo: async () => {
          try {
            await store.restore(before);
            notify({ tone: 'info', message: `${label} undone` });
          } catch (err) {
            notify({ tone: 'error', message: errorText(err) });
          }
        },
      });
    } catch (err) {
      notify({ tone: 'error', message: errorText(err) });
    }
  }

  const page = visible.slice(0, limit);
  const rest = visible.length - page.length;

  return (
    <section class="reading-list" aria-labelledby="list-heading">
      <div class="list-head">
        <h1 id="list-heading" tabIndex={-1} ref={heading}>
          Reading list
        </h1>
        <ExportMenu
          count={visible.length}
          busy={job.state.kind === 'running' || exporter.state.kind === 'running'}
          onExport={(kind) => void exporter.start(kind, visible)}
          onImport={(f) => void job.start(f)}
        />
      </div>
      <ExportStatus state={exporter.state} onCancel={exporter.cancel} />
      <ImportStatus
        state={job.state}
        onCancel={job.cancel}
        onUndo={() => job.state.kind === 'done' && void job.undo(job.state.outcome, job.state.file)}
        onDismiss={job.dismiss}
      />
      <InvalidEntries
        invalid={snapshot.invalid}
        onDownload={() =>
          props.download({
            name: 'mailgist-unreadable-entries.json',
            type: 'application/json',
            content: JSON.stringify(
              snapshot.invalid.map((x) => x.raw),
              null,
              2,
            ),
          })
        }
        onRemove={async (indexes) => {
          try {
            await store.removeInvalid(indexes);
            notify({ tone: 'info', message: 'Removed the unreadable entries' });
          } catch (err) {
            notify({ tone: 'error', message: errorText(err) });
          }
        }}
      />
      <search class="filters">
        <label class="field">
          <span>Search</span>
          <input
            type="search"
            placeholder="Title, publication, tag…"
            value={query.search}
            onInput={(e) => set({ search: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <div class="filter-row">
          <label class="field">
            <span>List</span>
            <select
              value={query.list ?? ''}
              onChange={(e) => set({ list: (e.currentTarget as HTMLSelectElement).value || null })}
            >
              <option value="">All lists</option>
              {lists.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>Tag</span>
            <select
              value={query.tag ?? ''}
              onChange={(e) => set({ tag: (e.currentTarget as HTMLSelectElement).value || null })}
            >
              <option value="">All tags</option>
              {tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>Show</span>
            <select
              value={query.read}
              onChange={(e) =>
                set({ read: (e.currentTarget as HTMLSelectElement).value as ReadFilter })
              }
            >
              <option value="all">All</option>
              <option value="unread">Unread</option>
              <option value="read">Read</option>
            </select>
          </label>
          <label class="field">
            <span>Sort by</span>
            <select
              value={query.sort}
              onChange={(e) =>
                set({ sort: (e.currentTarget as HTMLSelectElement).value as SortOrder })
              }
            >
              <option value="newest">Newest first</option>
              <option value="oldest">Oldest first</option>
              <option value="title">Title</option>
              <option value="publication">Publication</option>
            </select>
          </label>
        </div>
      </search>
      <p class="count" aria-live="polite">
        {entries.length === 0
          ? 'Nothing saved yet. Save a brief with “Save to reading list”.'
          : visible.length === entries.length
            ? `${entries.length} ${entries.length === 1 ? 'article' : 'articles'}`
            : `${visible.length} of ${entries.length} articles`}
      </p>
      <BulkActions
        matching={visible.length}
        selected={chosen.length}
        onSelectAll={(all) => setSelected(all ? new Set(visible.map((e) => e.id)) : new Set())}
        onMarkRead={(read) =>
          void changeSelected(read ? 'Marked read' : 'Marked unread', () => ({ read }))
        }
        onTag={(added) =>
          void changeSelected(`Tagged #${added.join(', #')}`, (e) => ({
            tags: [...new Set([...e.tags, ...added])],
          }))
        }
        onDelete={() => void remove(chosen)}
      />
      {page.length > 0 && (
        <ul class="entries" aria-label="Saved articles" ref={listRef}>
          {page.map((e) => (
            <ReadingListItem
              key={e.id}
              entry={e}
              selected={selected.has(e.id)}
              onSelect={(x, on) =>
                setSelected((s) => {
                  const next = new Set(s);
                  if (on) next.add(x.id);
                  else next.delete(x.id);
                  return next;
                })
              }
              onToggleRead={(x) => void toggleRead(x)}
              onDelete={(x) => void remove([x])}
            />
          ))}
        </ul>
      )}
      {rest > 0 && (
        <button
          type="button"
          class="secondary show-more"
          onClick={() => setLimit(limit + PAGE_SIZE)}
        >
          Show {Math.min(PAGE_SIZE, rest)} more ({page.length.toLocaleString('en')} of{' '}
          {visible.length.toLocaleString('en')} shown)
        </button>
      )}
    </section>
  );
}
