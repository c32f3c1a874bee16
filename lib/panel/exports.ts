import type { ReadingListEntry } from '../reading-list/entry';
import {
  runExporter,
  runExporterPaced,
  type EntryExporter,
  type Exported,
} from '../reading-list/entry-exporter';
import { jsonExporter } from '../reading-list/format-json';
import { markdownZipExporter } from '../reading-list/format-markdown';
import { instapaperExporter } from '../reading-list/format-instapaper-csv';
import { netscapeExporter } from '../reading-list/format-netscape';
import { readwiseExporter } from '../reading-list/format-readwise-csv';
import type { Pacer } from '../reading-list/pacer';

// The export menu's choices: each gives the file's name, type and content.

export type ExportKind = 'markdown' | 'json' | 'instapaper' | 'bookmarks' | 'readwise';

export interface ExportFile {
  name: string;
  type: string;
  /** A long list's export (built in slices) is a Blob of the same bytes. */
  content: string | Uint8Array | Blob;
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

const FORMATS: Record<
  ExportKind,
  { file: (day: string) => string; type: string; exporter: (now: Date) => EntryExporter<unknown> }
> = {
  markdown: {
    file: (day) => `mailgist-notes-${day}.zip`,
    type: 'application/zip',
    exporter: markdownZipExporter,
  },
  json: {
    file: (day) => `mailgist-reading-list-${day}.json`,
    type: 'application/json',
    exporter: jsonExporter,
  },
  instapaper: {
    file: (day) => `mailgist-instapaper-${day}.csv`,
    type: 'text/csv',
    exporter: instapaperExporter,
  },
  bookmarks: {
    file: (day) => `mailgist-bookmarks-${day}.html`,
    type: 'text/html',
    exporter: netscapeExporter,
  },
  readwise: {
    file: (day) => `mailgist-readwise-highlights-${day}.csv`,
    type: 'text/csv',
    exporter: readwiseExporter,
  },
};

// The entries a format leaves out are those it cannot hold: a webmail link is not a web page
// another reader could open, so Instapaper and bookmarks leave out emails with no web version.
// The panel says how many.
function exportFile(kind: ExportKind, now: Date, out: Exported<ExportFile['content']>): ExportFile {
  const format = FORMATS[kind];
  return {
    name: format.file(now.toISOString().slice(0, 10)),
    type: format.type,
    content: out.content,
    skipped: out.leftOut,
  };
}

export function buildExport(
  kind: ExportKind,
  entries: readonly ReadingListEntry[],
  now: Date,
): ExportFile {
  return exportFile(kind, now, runExporter(FORMATS[kind].exporter(now), entries));
}

/** buildExport in slices (the pacer), with progress: the same file, without holding the panel. */
export async function buildExportPaced(
  kind: ExportKind,
  entries: readonly ReadingListEntry[],
  now: Date,
  pacer: Pacer,
  onProgress?: (done: number, total: number) => void,
): Promise<ExportFile> {
  const exporter = FORMATS[kind].exporter(now);
  return exportFile(kind, now, await runExporterPaced(exporter, entries, pacer, onProgress));
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
