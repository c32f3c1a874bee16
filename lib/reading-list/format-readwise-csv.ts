import { csvLine } from './csv';
import { runExporter, type EntryExporter } from './entry-exporter';
import type { ReadingListEntry } from './entry';

// Saved quotes as a Readwise highlights CSV: Highlight (required), Title, Author, URL, Note,
// Location, Date. One row per quote; the speaker goes into the note, since Readwise's Author is
// the article's author.

export const READWISE_HEADER = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'];

const readwiseDate = (iso: string) => iso.slice(0, 19).replace('T', ' ');

export function readwiseExporter(): EntryExporter<string> {
  return {
    piece: (e) =>
      e.quotes
        .map((q, i) =>
          csvLine([
            q.text,
            e.title,
            e.authors.join(', ') || e.publication || '',
            e.url ?? '',
            q.speaker ? `— ${q.speaker}` : '',
            String(i + 1),
            readwiseDate(e.savedAt),
          ]),
        )
        .join(''),
    finish: (rows) => [csvLine(READWISE_HEADER), ...rows],
  };
}

export function exportReadwiseCsv(entries: readonly ReadingListEntry[]): string {
  return runExporter(readwiseExporter(), entries).content as string;
}
