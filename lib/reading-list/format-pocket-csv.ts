import { DEFAULT_LIST, type ReadingListEntry } from './entry';
import { entryFromImport, fromUnixSeconds } from './imported-entry';

// Pocket's CSV export: title,url,time_added,cursor,tags,status — read by header name (the column
// order has changed between exports); tags pipe-separated; status unread / archive.

export function importPocketRecords(
  records: Record<string, string>[],
  newId: () => string,
  now: Date,
): ReadingListEntry[] {
  return records.flatMap((r) => pocketEntry(r, newId, now) ?? []);
}

/** One Pocket row as an entry, or null when it has no web address. */
export function pocketEntry(
  r: Record<string, string>,
  newId: () => string,
  now: Date,
): ReadingListEntry | null {
  return entryFromImport(
    {
      url: r['url'] ?? '',
      title: r['title'] ?? '',
      read: (r['status'] ?? '').trim().toLowerCase() === 'archive',
      lists: [DEFAULT_LIST],
      tags: (r['tags'] ?? '').split('|'),
      savedAt: fromUnixSeconds(r['time_added']),
    },
    newId,
    now,
  );
}
