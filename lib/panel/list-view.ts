import type { ReadingListEntry } from '../reading-list/entry';

// Search, filter and sort of the reading list view: pure, so the view stays a thin renderer.

export type ReadFilter = 'all' | 'unread' | 'read';
export type SortOrder = 'newest' | 'oldest' | 'title' | 'publication';

export interface ListQuery {
  search: string;
  list: string | null;
  tag: string | null;
  read: ReadFilter;
  sort: SortOrder;
}

export const DEFAULT_QUERY: ListQuery = {
  search: '',
  list: null,
  tag: null,
  read: 'all',
  sort: 'newest',
};

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function matches(entry: ReadingListEntry, words: string[]): boolean {
  const hay = fold(
    [
      entry.title,
      entry.publication ?? '',
      entry.sender ?? '',
      entry.excerpt ?? '',
      ...entry.authors,
      ...entry.tags,
      ...entry.lists,
    ].join(' '),
  );
  return words.every((w) => hay.includes(w));
}

export function applyQuery(entries: readonly ReadingListEntry[], q: ListQuery): ReadingListEntry[] {
  const words = fold(q.search).split(/\s+/).filter(Boolean);
  const out = entries.filter(
    (e) =>
      (q.list === null || e.lists.includes(q.list)) &&
      (q.tag === null || e.tags.includes(q.tag)) &&
      (q.read === 'all' || e.read === (q.read === 'read')) &&
      matches(e, words),
  );
  const byText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });
  const sorters: Record<SortOrder, (a: ReadingListEntry, b: ReadingListEntry) => number> = {
    newest: (a, b) => b.savedAt.localeCompare(a.savedAt),
    oldest: (a, b) => a.savedAt.localeCompare(b.savedAt),
    title: (a, b) => byText(a.title, b.title),
    publication: (a, b) =>
      byText(a.publication ?? '\uffff', b.publication ?? '\uffff') || byText(a.title, b.title),
  };
  return out.sort(sorters[q.sort]);
}

export function allLists(entries: readonly ReadingListEntry[]): string[] {
  return [...new Set(entries.flatMap((e) => e.lists))].sort((a, b) => a.localeCompare(b));
}

export function allTags(entries: readonly ReadingListEntry[]): string[] {
  return [...new Set(entries.flatMap((e) => e.tags))].sort((a, b) => a.localeCompare(b));
}

/** "news, labor; strikes" → ["news", "labor", "strikes"] */
export function parseTagInput(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;]/)
        .map((t) => t.trim().replace(/^#/, ''))
        .filter(Boolean),
    ),
  ];
}
