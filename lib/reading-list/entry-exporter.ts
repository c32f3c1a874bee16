import type { ReadingListEntry } from './entry';
import type { Pacer } from './pacer';

// An export format as two steps: each entry's own piece (the costly part: escaping, encoding,
// checksums), then the file from the pieces (grouping, headers: cheap). The same format then runs
// at once (tests, small lists) or in slices with progress in the panel (a 25,000-entry Markdown
// export held the page for most of a second), with the same bytes either way.

/** About how much of the file one Blob takes at a time (characters or bytes). */
const BLOB_SLICE = 256 * 1024;

/** A file as its parts in order: all text, or all bytes. */
export type FileParts = string[] | Uint8Array[];

export interface EntryExporter<P> {
  /** The entry's piece, or null when the format leaves the entry out. */
  piece(entry: ReadingListEntry): P | null;
  /** The file's parts; never one joined copy, which for a long list is itself a long task. */
  finish(pieces: P[]): FileParts;
}

/** The parts as one string or one byte array (a file built at once). */
export function join(parts: FileParts): string | Uint8Array {
  if (parts.every((p): p is string => typeof p === 'string')) return parts.join('');
  const bytes = parts as Uint8Array[];
  const out = new Uint8Array(bytes.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of bytes) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A format's file, and how many entries it left out (those whose piece was null). */
export interface Exported<C> {
  content: C;
  leftOut: number;
}

export function runExporter<P>(
  exporter: EntryExporter<P>,
  entries: readonly ReadingListEntry[],
): Exported<string | Uint8Array> {
  const pieces: P[] = [];
  for (const entry of entries) {
    const piece = exporter.piece(entry);
    if (piece !== null) pieces.push(piece);
  }
  return { content: join(exporter.finish(pieces)), leftOut: entries.length - pieces.length };
}

/**
 * runExporter in slices, to a Blob of the same bytes: the parts too are handed to Blobs a slice at
 * a time (one Blob of an 18 MB string held the page for over half a second). A cancel (the
 * pacer's signal) is noticed at each pause.
 */
export async function runExporterPaced<P>(
  exporter: EntryExporter<P>,
  entries: readonly ReadingListEntry[],
  pacer: Pacer,
  onProgress?: (done: number, total: number) => void,
): Promise<Exported<Blob>> {
  const pieces: P[] = [];
  for (let i = 0; i < entries.length; i++) {
    const piece = exporter.piece(entries[i]!);
    if (piece !== null) pieces.push(piece);
    if (pacer.due()) {
      onProgress?.(i + 1, entries.length);
      await pacer.pause();
    }
  }
  const parts = exporter.finish(pieces);
  const blobs: Blob[] = [];
  for (let from = 0; from < parts.length;) {
    let to = from;
    for (let size = 0; to < parts.length && (to === from || size < BLOB_SLICE); to++)
      size += parts[to]!.length;
    blobs.push(new Blob(parts.slice(from, to) as BlobPart[]));
    from = to;
    if (pacer.due()) await pacer.pause();
  }
  return { content: new Blob(blobs), leftOut: entries.length - pieces.length };
}
