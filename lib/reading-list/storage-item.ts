import { storage } from 'wxt/utils/storage';

// The stored reading list: a plain array of entries in storage.local. Typed as unknown[] on
// purpose: every element is validated on read (see store.ts), so bad data is seen, not trusted.
// Version 1 from the start; a future shape change adds `migrations[2]` and a test for it.
export const READING_LIST_KEY = 'local:readingList' as const;

export function defineReadingListItem(key: `local:${string}` = READING_LIST_KEY) {
  return storage.defineItem<unknown>(key, {
    version: 1,
    fallback: [],
    migrations: {},
  });
}

export const readingListItem = defineReadingListItem();

export type ReadingListItem = ReturnType<typeof defineReadingListItem>;
