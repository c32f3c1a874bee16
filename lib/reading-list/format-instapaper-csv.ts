import { csvLine } from './csv';
import { runExporter, type EntryExporter } from './entry-exporter';
import { DEFAULT_LIST, type ReadingListEntry } from './entry';
import { hasWebUrl } from './format-netscape';
import { entryFromImport, fromUnixSeconds } from './imported-entry';

// Instapaper's CSV: URL,Title,Selection,Folder,Timestamp,Tags. Folder is Unread / Archive /
// Starred or a user folder; Timestamp is Unix seconds; Tags is a JSON array of strings.

export const INSTAPAPER_HEADER = ['URL', 'Title', 'Selection', 'Folder', 'Timestamp', 'Tags'];

function folderOf(entry: ReadingListEntry): string {
  if (entry.read) return 'Archive';
  return entry.lists.find((l) => l !== DEFAULT_LIST) ?? 'Unread';
}

export function instapaperExporter(): EntryExporter<string> {
  return {
    piece: (e) =>
      hasWebUrl(e)
        ? csvLine([
            e.url ?? '',
            e.title,
            e.excerpt ?? '',
            folderOf(e),
            String(Math.floor(Date.parse(e.savedAt) / 1000)),
            JSON.stringify(e.tags),
          ])
        : null,
    finish: (rows) => [csvLine(INSTAPAPER_HEADER), ...rows],
  };
}

export function exportInstapaperCsv(entries: readonly ReadingListEntry[]): string {
  return runExporter(instapaperExporter(), entries).content as string;
}

function parseTags(text: string | undefined): string[] {
  if (!text?.trim()) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) return parsed.filter((t): t is string => typeof t === 'string');
  } catch {
    // Older exports and hand-made files use a plain comma list.
  }
  return text.split(',');
}

export function importInstapaperRecords(
  records: Record<string, string>[],
  newId: () => string,
  now: Date,
): ReadingListEntry[] {
  return records.flatMap((r) => instapaperEntry(r, newId, now) ?? []);
}

/** One Instapaper row as an entry, or null when it has no web address. */
export function instapaperEntry(
  r: Record<string, string>,
  newId: () => string,
  now: Date,
): ReadingListEntry | null {
  const folder = (r['folder'] ?? '').trim();
  const lower = folder.toLowerCase();
  const tags = parseTags(r['tags']);
  if (lower === 'starred') tags.push('starred');
  return entryFromImport(
    {
      url: r['url'] ?? '',
      title: r['title'] ?? '',
      excerpt: r['selection'] ?? null,
      read: lower === 'archive',
      lists: ['', 'unread', 'archive', 'starred'].includes(lower) ? [DEFAULT_LIST] : [folder],
      tags,
      savedAt: fromUnixSeconds(r['timestamp']),
    },
    newId,
    now,
  );
}
