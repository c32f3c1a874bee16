import * as z from 'zod/mini';
import { ReadingListEntrySchema, type ReadingListEntry } from './entry';
import { safeHref } from '../panel/safe-url';
import { ImportError } from './import-error';
import { runExporter, type EntryExporter } from './entry-exporter';

// The complete, re-importable export: every field of every entry, under a format marker and a
// version so a later MailGist can still read today's files.

export const JSON_FORMAT = 'mailgist-reading-list';

// The envelope alone: the entries are checked one at a time (jsonEntry), so a long file can be
// read in slices and the first bad entry is named by its place.
const EnvelopeSchema = z.object({
  format: z.literal(JSON_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  entries: z.array(z.unknown()),
});

/**
 * The export's text is JSON.stringify(file, null, 2) of the envelope with the entries in it, built
 * one entry at a time: an entry inside the array is its own JSON indented two levels (JSON text
 * holds no raw line break, so indenting every line of it is exact).
 */
export function jsonExporter(exportedAt: Date): EntryExporter<string> {
  return {
    piece: (entry) => `    ${JSON.stringify(entry, null, 2).replace(/\n/g, '\n    ')}`,
    finish(pieces) {
      const head = JSON.stringify(
        { format: JSON_FORMAT, version: 1, exportedAt: exportedAt.toISOString() },
        null,
        2,
      ).slice(0, -2); // the envelope without its closing "\n}"
      if (pieces.length === 0) return [`${head},\n  "entries": []\n}\n`];
      return [
        `${head},\n  "entries": [\n`,
        ...pieces.map((p, i) => (i === 0 ? p : `,\n${p}`)),
        '\n  ]\n}\n',
      ];
    },
  };
}

export function exportJson(entries: readonly ReadingListEntry[], exportedAt: Date): string {
  return runExporter(jsonExporter(exportedAt), entries).content as string;
}

export function importJson(text: string): ReadingListEntry[] {
  return jsonEnvelope(text).map(jsonEntry);
}

const notExport = (path: PropertyKey[], message: string | undefined) =>
  new ImportError(
    `This JSON file is not a MailGist reading-list export${path.length ? ` (at ${path.join('.')})` : ''}: ${message ?? 'unknown problem'}.`,
  );

/** The file's entries, not yet checked (see jsonEntry); refuses a file that is not an export. */
export function jsonEnvelope(text: string): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('This file is not valid JSON.');
  }
  const version = newerVersion(data);
  if (version !== null) {
    throw new ImportError(
      `This file was made by a newer MailGist (reading-list format version ${version}; this one reads version 1). Update MailGist, then import it again.`,
    );
  }
  const parsed = EnvelopeSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw notExport(issue?.path ?? [], issue?.message);
  }
  return parsed.data.entries;
}

/** One entry of an export, checked; a bad one refuses the whole file, naming where it is. */
export function jsonEntry(value: unknown, index: number): ReadingListEntry {
  const parsed = ReadingListEntrySchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw notExport(['entries', index, ...(issue?.path ?? [])], issue?.message);
  }
  return withSafeLinks(parsed.data);
}

/** The version of a MailGist export newer than this one reads, else null. */
function newerVersion(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const { format, version } = data as { format?: unknown; version?: unknown };
  return format === JSON_FORMAT && typeof version === 'number' && version > 1 ? version : null;
}

/**
 * A file is untrusted: a link it holds that is not http(s) or mailto (`javascript:`, `data:`) is
 * dropped, so it never reaches the list, a bookmarks export or a click.
 */
function withSafeLinks(entry: ReadingListEntry): ReadingListEntry {
  const url = entry.url !== null && safeHref(entry.url) ? entry.url : null;
  const emailUrl = entry.emailUrl !== null && safeHref(entry.emailUrl) ? entry.emailUrl : null;
  return url === entry.url && emailUrl === entry.emailUrl ? entry : { ...entry, url, emailUrl };
}
