import type { ReadingListEntry } from '../reading-list/entry';
import type { Pacer } from '../reading-list/pacer';

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

// Accents folded away ("cafe" finds "café"); plain ASCII, most text, skips the normalisation.
const NON_ASCII = /[^ -~\t\n\r]/;
const fold = (s: string) =>
  (NON_ASCII.test(s) ? s.normalize('NFD').replace(/\p{M}/gu, '') : s).toLowerCase();

// Each entry's searchable text, folded once and kept while the entry object lives: stored entries
// are replaced, never mutated, so a keystroke at 10,000 entries is a pass of `includes`, not
// 10,000 normalisations.
const haystacks = new WeakMap<ReadingListEntry, string>();

function haystack(entry: ReadingListEntry): string {
  let hay = haystacks.get(entry);
  if (hay === undefined) {
    hay = fold(
      [
        entry.title,
        entry.publication ?? '',
        entry.sender ?? '',
        entry.excerpt ?? '',
        ...entry.authors,
        ...entry.tags,
        ...entry.lists,
      ].join('\n'),
    );
    haystacks.set(entry, hay);
  }
  return hay;
}

/**
 * Folds every entry's search text ahead of the first keystroke, in slices (the pacer), so that
 * keystroke costs what the later ones do.
 */
export async function warmSearch(
  entries: readonly ReadingListEntry[],
  pacer: Pacer,
): Promise<void> {
  for (const entry of entries) {
    haystack(entry);
    if (pacer.due()) await pacer.pause();
  }
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
const byText = (a: string, b: string) => collator.compare(a, b);
// ISO 8601 times in one format sort as text; no locale rules needed.
const byTime = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const SORTERS: Record<SortOrder, (a: ReadingListEntry, b: ReadingListEntry) => number> = {
  newest: (a, b) => byTime(b.savedAt, a.savedAt),
  oldest: (a, b) => byTime(a.savedAt, b.savedAt),
  title: (a, b) => byText(a.title, b.title),
  publication: (a, b) =>
    byText(a.publication ?? '\uffff', b.publication ?? '\uffff') || byText(a.title, b.title),
};

export function applyQuery(entries: readonly ReadingListEntry[], q: ListQuery): ReadingListEntry[] {
  const words = fold(q.search).split(/\s+/).filter(Boolean);
  const out = entries.filter(
    (e) =>
      (q.list === null || e.lists.includes(q.list)) &&
      (q.tag === null || e.tags.includes(q.tag)) &&
      (q.read === 'all' || e.read === (q.read === 'read')) &&
      (words.length === 0 || words.every((w) => haystack(e).includes(w))),
  );
  return out.sort(SORTERS[q.sort]);
}

/** Rows shown at first and added by each "Show more": the page stays short at any list size. */
export const PAGE_SIZE = 100;

/**
 * Where focus goes after rows are removed: the row after the first removed one that is still
 * there, else the nearest one before it, else null (the list is empty: focus the heading).
 */
export function focusAfterRemoval(
  visibleIds: readonly string[],
  removed: ReadonlySet<string>,
): string | null {
  const first = visibleIds.findIndex((id) => removed.has(id));
  if (first === -1) return null;
  for (let i = first + 1; i < visibleIds.length; i++)
    if (!removed.has(visibleIds[i]!)) return visibleIds[i]!;
  for (let i = first - 1; i >= 0; i--) if (!removed.has(visibleIds[i]!)) return visibleIds[i]!;
  return null;
}

// One pass into a Set, no array per entry: these run on every change of a list of tens of thousands.
function distinct(entries: readonly ReadingListEntry[], field: 'lists' | 'tags'): string[] {
  const seen = new Set<string>();
  for (const e of entries) for (const name of e[field]) seen.add(name);
  return [...seen].sort((a, b) => a.localeCompare(b));
}

export function allLists(entries: readonly ReadingListEntry[]): string[] {
  return distinct(entries, 'lists');
}

export function allTags(entries: readonly ReadingListEntry[]): string[] {
  return distinct(entries, 'tags');
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
