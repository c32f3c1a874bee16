import {
  EDITABLE_FIELDS,
  ReadingListEntrySchema,
  type InvalidEntry,
  type ReadingListEntry,
  type SavedQuote,
  DEFAULT_LIST,
} from './entry';
import {
  mergeEntries,
  mergeIntoList,
  mergeIntoListPaced,
  undoMerge,
  type MergeUndo,
} from './merge-entries';
import { NO_PAUSE, WorkCancelled, type Pacer } from './pacer';
import {
  DamagedList,
  readingListStorage,
  type ListStorage,
  type WriteOptions,
} from './list-storage';
import { withWriteLock } from './write-lock';
import { storage } from 'wxt/utils/storage';

export type ListSnapshot =
  | { status: 'ok'; entries: ReadingListEntry[]; invalid: InvalidEntry[] }
  | { status: 'corrupt'; raw: unknown; problem: string };

/** What the panel knows about an article when saving it. */
export interface ArticleInput {
  key: string;
  title: string;
  url: string | null;
  emailUrl: string | null;
  publication: string | null;
  authors: string[];
  sender: string | null;
  date: string | null;
  excerpt: string | null;
  quotes: SavedQuote[];
}

export interface SaveResult {
  entry: ReadingListEntry;
  /** The entry as it was before this save (null when it is new): what undo puts back. */
  previous: ReadingListEntry | null;
}

/** A write the browser refused; the stored list is unchanged. */
export class ReadingListWriteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export class ReadingListCorruptError extends Error {}

function describeWriteError(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  if (/quota/i.test(text)) {
    return 'The browser’s storage for MailGist is full. Export and delete some entries, then try again. Nothing was changed.';
  }
  return `The reading list could not be saved (${text}). Nothing was changed.`;
}

function notAList(raw: unknown): ListSnapshot {
  return {
    status: 'corrupt',
    raw,
    problem: `The stored reading list is not a list (found ${raw === null ? 'null' : typeof raw}).`,
  };
}

// Stored values already validated, by object: list storage hands back the same object for an
// entry no change touched, so after a save to a long list one entry is validated, not all of them.
// Stored values are never changed in place (every change builds a new object).
const validated = new WeakMap<object, ReadingListEntry>();

/** Validates one stored value into the entries or, with why, the invalid ones. */
function readOne(
  value: unknown,
  index: number,
  out: { entries: ReadingListEntry[]; invalid: InvalidEntry[] },
): void {
  const known = typeof value === 'object' && value !== null ? validated.get(value) : undefined;
  if (known) {
    out.entries.push(known);
    return;
  }
  const parsed = ReadingListEntrySchema.safeParse(value);
  if (parsed.success) {
    validated.set(value as object, parsed.data);
    out.entries.push(parsed.data);
    return;
  }
  const issue = parsed.error.issues[0];
  out.invalid.push({
    index,
    raw: value,
    problem: issue ? `${issue.path.join('.') || 'entry'}: ${issue.message}` : 'invalid entry',
  });
}

/** What a stored value that is not a list of entries is reported as. */
function notReadable(raw: unknown): ListSnapshot {
  if (raw instanceof DamagedList) return { status: 'corrupt', raw: raw.raw, problem: raw.problem };
  return notAList(raw);
}

export function readSnapshot(raw: unknown): ListSnapshot {
  if (!Array.isArray(raw)) return notReadable(raw);
  const out = { entries: [] as ReadingListEntry[], invalid: [] as InvalidEntry[] };
  raw.forEach((value, index) => readOne(value, index, out));
  return { status: 'ok', ...out };
}

/**
 * readSnapshot in slices (the pacer), for the panel: validating 25,000 stored entries at once
 * would hold the page for a few hundred milliseconds after every change.
 */
export async function readSnapshotPaced(raw: unknown, pacer: Pacer): Promise<ListSnapshot> {
  if (!Array.isArray(raw)) return notReadable(raw);
  const out = { entries: [] as ReadingListEntry[], invalid: [] as InvalidEntry[] };
  for (let i = 0; i < raw.length; i++) {
    readOne(raw[i], i, out);
    if (pacer.due()) await pacer.pause();
  }
  return { status: 'ok', ...out };
}

const unique = (xs: readonly string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];

/** Folds an incoming copy of an article into the saved one (see merge-entries.ts), stamped. */
export function mergeEntry(
  existing: ReadingListEntry,
  incoming: ReadingListEntry,
  updatedAt: string,
): ReadingListEntry {
  return { ...mergeEntries(existing, incoming), updatedAt };
}

export interface StoreOptions {
  item?: ListStorage;
  now?: () => Date;
  newId?: () => string;
}

export function createReadingListStore(options: StoreOptions = {}) {
  const item = options.item ?? readingListStorage;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  const lockName = item.key;

  async function load(pacer?: Pacer): Promise<ListSnapshot> {
    const raw = await item.getValue();
    return pacer ? readSnapshotPaced(raw, pacer) : readSnapshot(raw);
  }

  /**
   * Runs one read-modify-write under the write lock. `change` sees the raw stored array (invalid
   * entries included, so they are carried over untouched) and returns the new array. A cancel
   * (`signal`) takes effect until the list's index is written; after that the change is stored.
   */
  function mutate<T>(
    change: (
      raw: unknown[],
    ) => { next: unknown[]; result: T } | Promise<{ next: unknown[]; result: T }>,
    write: Omit<WriteOptions, 'also'> = {},
  ): Promise<T> {
    return withWriteLock(lockName, async () => {
      const raw = await item.getValue();
      if (!Array.isArray(raw)) {
        throw new ReadingListCorruptError(
          'The stored reading list is damaged; recover it before saving.',
        );
      }
      const { next, result } = await change(raw);
      try {
        await item.setValue(next, write);
      } catch (err) {
        if (err instanceof WorkCancelled) throw err;
        throw new ReadingListWriteError(describeWriteError(err), { cause: err });
      }
      return result;
    });
  }

  const isEntry = (v: unknown): v is ReadingListEntry =>
    ReadingListEntrySchema.safeParse(v).success;
  // Cheap field reads first, the full parse only for the values that match: a change to a few
  // entries of a 25,000-entry list must not validate all of them.
  const field = (v: unknown, name: 'id' | 'key'): unknown =>
    typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[name] : undefined;

  function save(
    article: ArticleInput,
    into: { lists?: string[]; tags?: string[] } = {},
  ): Promise<SaveResult> {
    const stamp = now().toISOString();
    const incoming: ReadingListEntry = {
      ...article,
      id: newId(),
      lists: unique(into.lists?.length ? into.lists : [DEFAULT_LIST]),
      tags: unique(into.tags ?? []),
      read: false,
      savedAt: stamp,
      updatedAt: stamp,
      editedAt: { title: stamp, read: stamp },
    };
    return mutate<SaveResult>((raw) => {
      const at = raw.findIndex((v) => field(v, 'key') === article.key && isEntry(v));
      if (at === -1)
        return { next: [incoming, ...raw], result: { entry: incoming, previous: null } };
      const previous = ReadingListEntrySchema.parse(raw[at]);
      // A re-save sets the title afresh but says nothing about read: the saved state stays.
      const entry = mergeEntry(previous, { ...incoming, editedAt: { title: stamp } }, stamp);
      // A deliberate re-save brings fresh metadata from the email, not just the gaps.
      const refreshed: ReadingListEntry = {
        ...entry,
        title: incoming.title,
        url: incoming.url ?? previous.url,
        excerpt: incoming.excerpt ?? previous.excerpt,
        syncedOnly: undefined, // saved here now: this device has the full brief
      };
      const next = raw.slice();
      next[at] = refreshed;
      return { next, result: { entry: refreshed, previous } };
    });
  }

  /** Puts entries back exactly as given (undo of a save or a delete), replacing by id. */
  function restore(entries: readonly ReadingListEntry[]): Promise<void> {
    return mutate((raw) => {
      const byId = new Map(entries.map((e) => [e.id, e]));
      const next = raw.map((v) => {
        const replacement = byId.get(field(v, 'id') as string);
        if (!replacement || !isEntry(v)) return v;
        byId.delete(v.id);
        return replacement;
      });
      return { next: [...byId.values(), ...next], result: undefined };
    });
  }

  function remove(ids: readonly string[]): Promise<ReadingListEntry[]> {
    const doomed = new Set(ids);
    return mutate((raw) => {
      const removed: ReadingListEntry[] = [];
      const next = raw.filter((v) => {
        if (doomed.has(field(v, 'id') as string) && isEntry(v)) {
          removed.push(v);
          return false;
        }
        return true;
      });
      return { next, result: removed };
    });
  }

  /** Removes stored values that did not validate, by their position (after the user saw them). */
  function removeInvalid(indexes: readonly number[]): Promise<void> {
    const doomed = new Set(indexes);
    return mutate((raw) => ({
      next: raw.filter((v, i) => !(doomed.has(i) && !isEntry(v))),
      result: undefined,
    }));
  }

  function update(
    id: string,
    patch: Partial<Pick<ReadingListEntry, 'read' | 'lists' | 'tags' | 'title'>>,
  ): Promise<ReadingListEntry | null> {
    return mutate((raw) => {
      let updated: ReadingListEntry | null = null;
      const next = raw.map((v) => {
        if (field(v, 'id') !== id || !isEntry(v)) return v;
        const stamp = now().toISOString();
        const editedAt = { ...v.editedAt };
        for (const field of EDITABLE_FIELDS) if (field in patch) editedAt[field] = stamp;
        updated = { ...v, ...patch, updatedAt: stamp, editedAt };
        return updated;
      });
      return { next, result: updated };
    });
  }

  /** Merges imported entries: same article (key) → folded together; new ones added. */
  function merge(
    incoming: readonly ReadingListEntry[],
  ): Promise<{ added: number; updated: number }> {
    return mutate((raw) => {
      const { next, added, updated } = mergeIntoList(raw, incoming, {
        newId,
        stamp: now().toISOString(),
      });
      return { next, result: { added, updated } };
    });
  }

  /**
   * Merges a long import under the write lock, pausing between entries (the pacer) so the panel
   * stays responsive, then stores it part by part (see list-storage.ts). Cancelled before its
   * last step, nothing changes. The result carries what undoImport needs to put the list back.
   */
  function importEntries(
    incoming: readonly ReadingListEntry[],
    opts: {
      pacer?: Pacer;
      signal?: AbortSignal;
      onProgress?: (done: number, total: number) => void;
      /** Entries stored so far, while the merged list is written. */
      onSaving?: (done: number, total: number) => void;
    } = {},
  ): Promise<{ added: number; updated: number; undo: MergeUndo }> {
    const pacer = opts.pacer ?? NO_PAUSE;
    return mutate(
      async (raw) => {
        const { next, added, updated, undo } = await mergeIntoListPaced(raw, incoming, {
          newId,
          stamp: now().toISOString(),
          pacer,
          onProgress: opts.onProgress,
        });
        return { next, result: { added, updated, undo } };
      },
      { signal: opts.signal, onProgress: opts.onSaving },
    );
  }

  /** Takes an import back (see undoMerge): with no edit since, the list is as it was, byte for byte. */
  function undoImport(undo: MergeUndo): Promise<void> {
    return mutate((raw) => ({ next: undoMerge(raw, undo), result: undefined }));
  }

  /** One change to many entries in one write (bulk mark read, bulk tag). */
  function updateMany(
    ids: readonly string[],
    change: (entry: ReadingListEntry) => Partial<Pick<ReadingListEntry, 'read' | 'lists' | 'tags'>>,
  ): Promise<ReadingListEntry[]> {
    const wanted = new Set(ids);
    return mutate((raw) => {
      const before: ReadingListEntry[] = [];
      const stamp = now().toISOString();
      const next = raw.map((v) => {
        if (!wanted.has(field(v, 'id') as string) || !isEntry(v)) return v;
        const patch = change(v);
        before.push(v);
        const editedAt = { ...v.editedAt };
        for (const field of EDITABLE_FIELDS) if (field in patch) editedAt[field] = stamp;
        return { ...v, ...patch, updatedAt: stamp, editedAt };
      });
      return { next, result: before };
    });
  }

  /**
   * Recovers from a damaged stored value: the old value is kept under a backup key (so nothing is
   * lost) and an empty list takes its place.
   */
  function recoverCorrupt(): Promise<string> {
    return withWriteLock(lockName, async () => {
      const raw = await item.getValue();
      const backupKey = `local:readingListBackup-${now().getTime()}` as const;
      try {
        await storage.setItem(backupKey, raw instanceof DamagedList ? raw.raw : raw);
        await item.setValue([]);
      } catch (err) {
        throw new ReadingListWriteError(describeWriteError(err), { cause: err });
      }
      return backupKey;
    });
  }

  function watch(cb: (snapshot: ListSnapshot) => void): () => void {
    return item.watch((value) => cb(readSnapshot(value)));
  }

  /** The stored value itself on every change, for a reader that validates it in slices. */
  function watchRaw(cb: (raw: unknown) => void): () => void {
    return item.watch((value) => cb(value));
  }

  return {
    load,
    save,
    restore,
    remove,
    removeInvalid,
    update,
    updateMany,
    merge,
    importEntries,
    undoImport,
    recoverCorrupt,
    watch,
    watchRaw,
  };
}

export type ReadingListStore = ReturnType<typeof createReadingListStore>;
