import { storage } from 'wxt/utils/storage';
import { ReadingListEntrySchema } from './entry';
import { withEditTimes } from './merge-entries';

// The v2 reading list: a plain array of entries under one storage.local key. Since v3 the list is
// stored in parts (list-storage.ts), which reads a v2 list through this item until its first
// write. Typed as unknown on purpose: every element is validated on read (see store.ts), so bad
// data is seen, not trusted. Each shape change adds a version and a migration, each with a test.
export const READING_LIST_KEY = 'local:readingList' as const;

/**
 * v2: entries carry per-field edit times (`editedAt`). A v1 entry's fields were last set no later
 * than its `updatedAt`, so that is their time. A value that is not a list, and an entry that does
 * not validate, are left exactly as they were (the store reports them; nothing is dropped here).
 */
export function migrateToEditTimes(old: unknown): unknown {
  if (!Array.isArray(old)) return old;
  return old.map((value: unknown) => {
    const parsed = ReadingListEntrySchema.safeParse(value);
    // Spread the stored object, not the parsed one: keys this version does not know are kept.
    return parsed.success
      ? { ...(value as object), editedAt: withEditTimes(parsed.data).editedAt }
      : value;
  });
}

export function defineReadingListItem(key: `local:${string}` = READING_LIST_KEY) {
  return storage.defineItem<unknown>(key, {
    version: 2,
    fallback: [],
    migrations: { 2: migrateToEditTimes },
  });
}
