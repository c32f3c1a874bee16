import {
  EDITABLE_FIELDS,
  ReadingListEntrySchema,
  type EditTimes,
  type EditableField,
  type ReadingListEntry,
  type SavedQuote,
} from './entry';
import type { Pacer } from './pacer';

// Two copies of one article (same key) folded into one: an import, a re-save, or a copy from
// another device. Pure — (local, incoming) → merged, no clock, no ids — so import and sync share it.
// - Fields the user edits (title, read) carry their own edit time and the newer one wins, so
//   re-importing an old export never undoes an edit. A copy that does not say when it set a field
//   (another tool's file, an export from before edit times) never beats a known time; its `read`
//   can still mark the article read (an archive flag), never unread.
// - Lists, tags and quotes are unions: nothing the user added on either side is lost.
// - What came from the email (url, publication, …) keeps the local value and fills its gaps.
// - savedAt is the earlier of the two, updatedAt the later.

/** An ISO time as a number; unknown or unreadable times are older than any known one. */
export function timeOf(iso: string | undefined): number {
  if (!iso) return -Infinity;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
}

const unique = (xs: readonly string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];

function mergeQuotes(a: readonly SavedQuote[], b: readonly SavedQuote[]): SavedQuote[] {
  const seen = new Set(a.map((q) => q.text));
  return [...a, ...b.filter((q) => !seen.has(q.text))];
}

/** The newer of one editable field: its value and its edit time. */
function newerField<F extends EditableField>(
  field: F,
  local: ReadingListEntry,
  incoming: ReadingListEntry,
): { value: ReadingListEntry[F]; at: string | undefined } {
  const mine = local.editedAt?.[field];
  const theirs = incoming.editedAt?.[field];
  if (theirs !== undefined && timeOf(theirs) > timeOf(mine)) {
    return { value: incoming[field], at: theirs };
  }
  return { value: local[field], at: mine };
}

export function mergeEntries(
  local: ReadingListEntry,
  incoming: ReadingListEntry,
): ReadingListEntry {
  const title = newerField('title', local, incoming);
  const read = newerField('read', local, incoming);
  const readValue =
    incoming.editedAt?.read === undefined ? read.value || incoming.read : read.value;
  const times: EditTimes = {};
  if (title.at !== undefined) times.title = title.at;
  if (read.at !== undefined) times.read = read.at;
  const merged: ReadingListEntry = {
    ...local,
    title: title.value || local.title,
    url: local.url ?? incoming.url,
    emailUrl: local.emailUrl ?? incoming.emailUrl,
    publication: local.publication ?? incoming.publication,
    authors: local.authors.length ? local.authors : incoming.authors,
    sender: local.sender ?? incoming.sender,
    date: local.date ?? incoming.date,
    excerpt: local.excerpt ?? incoming.excerpt,
    quotes: mergeQuotes(local.quotes, incoming.quotes),
    lists: unique([...local.lists, ...incoming.lists]),
    tags: unique([...local.tags, ...incoming.tags]),
    read: readValue,
    savedAt: timeOf(incoming.savedAt) < timeOf(local.savedAt) ? incoming.savedAt : local.savedAt,
    updatedAt:
      timeOf(incoming.updatedAt) > timeOf(local.updatedAt) ? incoming.updatedAt : local.updatedAt,
  };
  if (Object.keys(times).length > 0) merged.editedAt = times;
  else delete merged.editedAt;
  return merged;
}

/** Edit times for entries that predate them: each editable field was last set at `updatedAt`. */
export function withEditTimes(entry: ReadingListEntry): ReadingListEntry {
  const times: EditTimes = { ...entry.editedAt };
  for (const field of EDITABLE_FIELDS) times[field] ??= entry.updatedAt;
  return { ...entry, editedAt: times };
}

/** Whether a merge changed anything the user would see (updatedAt aside). */
export function sameContent(a: ReadingListEntry, b: ReadingListEntry): boolean {
  return canonicalJson({ ...a, updatedAt: '' }) === canonicalJson({ ...b, updatedAt: '' });
}

/** JSON with object keys sorted, so key order does not count as a difference. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1)),
        )
      : v,
  );
}

/**
 * An edit cannot have happened after now: a file claiming so (a clock set wrong, a crafted export)
 * would otherwise win every later merge. Such times count as now.
 */
function notAfter(entry: ReadingListEntry, stamp: string): ReadingListEntry {
  const times = entry.editedAt;
  if (!times) return entry;
  const limit = timeOf(stamp);
  const late = EDITABLE_FIELDS.filter((f) => timeOf(times[f]) > limit);
  if (late.length === 0) return entry;
  const clamped: EditTimes = { ...times };
  for (const f of late) clamped[f] = stamp;
  return { ...entry, editedAt: clamped };
}

function idOf(v: unknown): string | null {
  const id = (v as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
}

/** What a batch merge changed, so it can be taken back exactly (see undoMerge). */
export interface MergeUndo {
  /** Ids of the entries the batch added (appended at the end of the list). */
  added: string[];
  /** Stored values the batch replaced, as they were (raw, byte for byte), by the id they had. */
  replaced: { id: string; value: unknown }[];
}

/**
 * Folds a batch of entries (an import, a sync) into the stored list in linear time: one pass over
 * the stored values, each parsed once, into a map by key; then each incoming entry is one map
 * look-up, given one at a time (`add`) so a long import can pause between them. Values that do
 * not validate are carried over untouched. Pure: the new id and the time are given.
 */
export function createListMerger(
  stored: readonly unknown[],
  opts: { newId: () => string; stamp: string },
) {
  const next = stored.slice();
  const valid = new Map<number, ReadingListEntry>();
  const atKey = new Map<string, number>();
  const ids = new Set<string>();
  const undo: MergeUndo = { added: [], replaced: [] };
  const replacedAt = new Set<number>();
  next.forEach((value, i) => {
    const parsed = ReadingListEntrySchema.safeParse(value);
    if (!parsed.success) {
      // An unreadable value's id is taken too, so undo never mistakes it for an added entry.
      const id = idOf(value);
      if (id !== null) ids.add(id);
      return;
    }
    valid.set(i, parsed.data);
    ids.add(parsed.data.id);
    if (!atKey.has(parsed.data.key)) atKey.set(parsed.data.key, i);
  });
  let added = 0;
  let updated = 0;
  function add(raw: ReadingListEntry): void {
    const entry = notAfter(raw, opts.stamp);
    const at = atKey.get(entry.key);
    const existing = at === undefined ? undefined : valid.get(at);
    if (at === undefined || !existing) {
      const id = ids.has(entry.id) ? opts.newId() : entry.id;
      ids.add(id);
      const fresh = { ...entry, id };
      atKey.set(entry.key, next.length);
      valid.set(next.length, fresh);
      next.push(fresh);
      undo.added.push(id);
      added += 1;
      return;
    }
    const merged = mergeEntries(existing, entry);
    if (sameContent(merged, existing)) return;
    const stamped = { ...merged, updatedAt: opts.stamp };
    // Only the value first replaced is the one to put back (a file may name an article twice).
    if (at < stored.length && !replacedAt.has(at)) {
      replacedAt.add(at);
      undo.replaced.push({ id: existing.id, value: stored[at] });
    }
    next[at] = stamped;
    valid.set(at, stamped);
    updated += 1;
  }
  return { add, result: () => ({ next, added, updated, undo }) };
}

/** mergeIntoList in slices: pauses (the pacer) between entries, reporting how far it got. */
export async function mergeIntoListPaced(
  stored: readonly unknown[],
  incoming: readonly ReadingListEntry[],
  opts: {
    newId: () => string;
    stamp: string;
    pacer: Pacer;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<ReturnType<ReturnType<typeof createListMerger>['result']>> {
  const merger = createListMerger(stored, opts);
  for (let i = 0; i < incoming.length; i++) {
    merger.add(incoming[i]!);
    if (opts.pacer.due()) {
      opts.onProgress?.(i + 1, incoming.length);
      await opts.pacer.pause();
    }
  }
  return merger.result();
}

export function mergeIntoList(
  stored: readonly unknown[],
  incoming: readonly ReadingListEntry[],
  opts: { newId: () => string; stamp: string },
): { next: unknown[]; added: number; updated: number; undo: MergeUndo } {
  const merger = createListMerger(stored, opts);
  for (const entry of incoming) merger.add(entry);
  return merger.result();
}

/**
 * Takes a batch merge back: the entries it added go, the ones it replaced get their old stored
 * value again. With no change in between, the list is what it was, byte for byte; an edit made
 * since to an entry the batch did not touch is kept, and one the user deleted since stays deleted.
 */
export function undoMerge(stored: readonly unknown[], undo: MergeUndo): unknown[] {
  const addedIds = new Set(undo.added);
  const before = new Map(undo.replaced.map((r) => [r.id, r.value]));
  const out: unknown[] = [];
  for (const v of stored) {
    const id = idOf(v);
    if (id !== null && addedIds.has(id)) continue;
    out.push(id !== null && before.has(id) ? before.get(id) : v);
  }
  return out;
}
