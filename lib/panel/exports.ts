import type { ReadingListEntry } from '../reading-list/entry';
import { exportJson } from '../reading-list/format-json';
import { exportMarkdownZip } from '../reading-list/format-markdown';
import { exportInstapaperCsv } from '../reading-list/format-instapaper-csv';
import { exportNetscape, hasWebUrl } from '../reading-list/format-netscape';
import { exportReadwiseCsv } from '../reading-list/format-readwise-csv';

// The export menu's choices: each gives the file's name, type and content.

export type ExportKind = 'markdown' | 'json' | 'instapaper' | 'bookmarks' | 'readwise';

export interface ExportFile {
  name: string;
  type: string;
  content: string | Uint8Array;
  /** Entries the format could not hold (Instapaper and bookmarks need a web URL). */
  skipped?: number;
}

export const EXPORT_CHOICES: { kind: ExportKind; label: string }[] = [
  { kind: 'markdown', label: 'Markdown notes (Obsidian, .zip)' },
  { kind: 'json', label: 'JSON (complete, re-importable)' },
  { kind: 'instapaper', label: 'CSV (Instapaper columns)' },
  { kind: 'bookmarks', label: 'Bookmarks file (.html)' },
  { kind: 'readwise', label: 'Quotes for Readwise (CSV)' },
];

export function buildExport(
  kind: ExportKind,
  entries: readonly ReadingListEntry[],
  now: Date,
): ExportFile {
  const day = now.toISOString().slice(0, 10);
  // A webmail link is not a web page another reader could open, so these formats leave out the
  // emails that have no web version; the panel says how many.
  const withoutUrl = entries.filter((e) => !hasWebUrl(e)).length;
  switch (kind) {
    case 'markdown':
      return {
        name: `mailgist-notes-${day}.zip`,
        type: 'application/zip',
        content: exportMarkdownZip(entries, now),
        skipped: 0,
      };
    case 'json':
      return {
        name: `mailgist-reading-list-${day}.json`,
        type: 'application/json',
        content: exportJson(entries, now),
        skipped: 0,
      };
    case 'instapaper':
      return {
        name: `mailgist-instapaper-${day}.csv`,
        type: 'text/csv',
        content: exportInstapaperCsv(entries),
        skipped: withoutUrl,
      };
    case 'bookmarks':
      return {
        name: `mailgist-bookmarks-${day}.html`,
        type: 'text/html',
        content: exportNetscape(entries, now),
        skipped: withoutUrl,
      };
    case 'readwise':
      return {
        name: `mailgist-readwise-highlights-${day}.csv`,
        type: 'text/csv',
        content: exportReadwiseCsv(entries),
        skipped: 0,
      };
  }
}

/** Hands a file to the browser's downloads (an anchor with `download`; no permission needed). */
export function downloadFile(file: ExportFile, doc: Document): void {
  const blob = new Blob([file.content as BlobPart], { type: file.type });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
