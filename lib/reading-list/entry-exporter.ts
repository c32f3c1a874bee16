import type { ReadingListEntry } from './entry';
import type { Pacer } from './pacer';

// An export format as two steps: each entry's own piece (the costly part: escaping, encoding,
// checksums), then the file from the pieces (grouping, headers: cheap). The same format then runs
// at once (tests, small lists) or in slices with progress in the panel (a 25,000-entry Markdown
// export held the page for most of a second), with the same bytes either way.

export interface EntryExporter<P> {
  /** The entry's piece, or null when the format leaves the entry out. */
  piece(entry: ReadingListEntry): P | null;
  finish(pieces: P[]): string | Uint8Array;
}

export function runExporter<P>(
  exporter: EntryExporter<P>,
  entries: readonly ReadingListEntry[],
): string | Uint8Array {
  const pieces: P[] = [];
  for (const entry of entries) {
    const piece = exporter.piece(entry);
    if (piece !== null) pieces.push(piece);
  }
  return exporter.finish(pieces);
}

/** runExporter in slices; a cancel (the pacer's signal) is noticed at each pause. */
export async function runExporterPaced<P>(
  exporter: EntryExporter<P>,
  entries: readonly ReadingListEntry[],
  pacer: Pacer,
  onProgress?: (done: number, total: number) => void,
): Promise<string | Uint8Array> {
  const pieces: P[] = [];
  for (let i = 0; i < entries.length; i++) {
    const piece = exporter.piece(entries[i]!);
    if (piece !== null) pieces.push(piece);
    if (pacer.due()) {
      onProgress?.(i + 1, entries.length);
      await pacer.pause();
    }
  }
  return exporter.finish(pieces);
}
