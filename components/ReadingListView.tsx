import { useState } from 'preact/hooks';
import type { ListSnapshot, ReadingListStore } from '../lib/reading-list/store';
import type { ReadingListEntry } from '../lib/reading-list/entry';
import {
  applyQuery,
  allLists,
  allTags,
  DEFAULT_QUERY,
  type ListQuery,
  type ReadFilter,
  type SortOrder,
} from '../lib/panel/list-view';
import {
  buildExport,
  EXPORT_CHOICES,
  type ExportFile,
  type ExportKind,
} from '../lib/panel/exports';
import { importFile } from '../lib/reading-list/import-file';
import { readImportFile } from '../lib/reading-list/decode-file';
import { ReadingListItem } from './ReadingListItem';
import { InvalidEntries } from './InvalidEntries';
import { ExportMenu } from './ExportMenu';
import type { Notify } from './use-notices';

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

// The reading list: search, filter by list / tag / read state, sort, mark read, delete with
// undo, export and import; an unreadable stored list is reported with a way out, never wiped.
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

  const entries = snapshot.entries;
  const visible = applyQuery(entries, query);
  const lists = allLists(entries);
  const tags = allTags(entries);
  const set = (patch: Partial<ListQuery>) => setQuery({ ...query, ...patch });

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

  async function remove(entry: ReadingListEntry) {
    try {
      const removed = await store.remove([entry.id]);
      notify({
        tone: 'info',
        message: `Deleted “${entry.title}”`,
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
      notify({ tone: 'error', message: errorText(err) });
    }
  }

  function doExport(kind: ExportKind) {
    const file = buildExport(kind, visible, now());
    props.download(file);
    const label = EXPORT_CHOICES.find((c) => c.kind === kind)?.label ?? kind;
    const skipped = file.skipped ?? 0;
    const written = visible.length - skipped;
    const left =
      skipped > 0 ? ` (${skipped} without a web link left out: this format needs one)` : '';
    notify({
      tone: 'info',
      message: `Exported ${written} ${written === 1 ? 'entry' : 'entries'} as ${label}${left}`,
    });
  }

  async function doImport(file: File) {
    try {
      const text = await readFile(file);
      const { entries: incoming } = importFile(text, {
        parseHtml: props.parseHtml,
        newId: () => crypto.randomUUID(),
        now: now(),
      });
      const { added, updated } = await store.merge(incoming);
      notify({
        tone: 'info',
        message: `Imported ${file.name}: ${added} added, ${updated} updated, ${incoming.length - added - updated} already in the list.`,
      });
    } catch (err) {
      notify({
        tone: 'error',
        message: `${file.name} was not imported. ${errorText(err)} Your reading list is unchanged.`,
      });
    }
  }

  return (
    <section class="reading-list" aria-labelledby="list-heading">
      <h1 id="list-heading">Reading list</h1>
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
      {visible.length > 0 && (
        <ul class="entries" aria-label="Saved articles">
          {visible.map((e) => (
            <ReadingListItem
              key={e.id}
              entry={e}
              onToggleRead={(x) => void toggleRead(x)}
              onDelete={(x) => void remove(x)}
            />
          ))}
        </ul>
      )}
      <ExportMenu count={visible.length} onExport={doExport} onImport={(f) => void doImport(f)} />
    </section>
  );
}
