import { lazyCsvRecords, CsvError } from './csv';
import type { ReadingListEntry } from './entry';
import { instapaperEntry } from './format-instapaper-csv';
import { jsonEntry, jsonEnvelope } from './format-json';
import { bookmarkEntry, looksLikeNetscape, netscapeLinks } from './format-netscape';
import { pocketEntry } from './format-pocket-csv';
import { ImportError } from './import-error';

// Recognises an imported file by its content (not its name) and turns it into entries, or
// refuses it with a message the user can act on. Nothing is written here: the caller merges.
// planImport reads only what it must up front and hands the rows over one at a time, so the panel
// can import a long file in slices (import-job.ts); importFile does it all at once.

export type ImportFormat = 'json' | 'instapaper-csv' | 'pocket-csv' | 'netscape';

export interface ImportContext {
  parseHtml: (html: string) => Document;
  newId: () => string;
  now: Date;
}

export interface ImportPlan {
  format: ImportFormat;
  /** How many rows the file holds: exact for JSON and bookmarks, its line count for CSV. */
  total: number;
  /** One item per row, converted when asked for: the entry, or null for a row without a web address. */
  rows: Iterable<ReadingListEntry | null>;
}

const MAX_BYTES = 20 * 1024 * 1024;

/** Lines in a text (an upper bound on CSV records: a quoted field may span lines). */
function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n += 1;
  return text.endsWith('\n') ? n - 1 : n;
}

function* mapRows<T>(
  items: Iterable<T>,
  convert: (item: T, index: number) => ReadingListEntry | null,
): Generator<ReadingListEntry | null> {
  let i = 0;
  try {
    for (const item of items) yield convert(item, i++);
  } catch (err) {
    if (err instanceof CsvError)
      throw new ImportError(`This CSV file is malformed: ${err.message}.`);
    throw err;
  }
}

export function planImport(text: string, ctx: ImportContext): ImportPlan {
  if (text.length > MAX_BYTES)
    throw new ImportError('This file is too large to import (over 20 MB).');
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!body) throw new ImportError('This file is empty.');
  if (body.startsWith('{') || body.startsWith('[')) {
    const values = jsonEnvelope(body);
    return { format: 'json', total: values.length, rows: mapRows(values, jsonEntry) };
  }
  if (looksLikeNetscape(body)) {
    const links = netscapeLinks(body, ctx.parseHtml);
    return {
      format: 'netscape',
      total: links.length,
      rows: mapRows(links, (a) => bookmarkEntry(a, ctx.newId, ctx.now)),
    };
  }
  let parsed: ReturnType<typeof lazyCsvRecords>;
  try {
    parsed = lazyCsvRecords(body);
  } catch (err) {
    const why = err instanceof CsvError ? err.message : 'it could not be read';
    throw new ImportError(`This CSV file is malformed: ${why}.`);
  }
  const has = (...cols: string[]) => cols.every((c) => parsed.header.includes(c));
  const total = Math.max(0, lineCount(body) - 1);
  if (has('url', 'title', 'folder')) {
    const rows = mapRows(parsed.records, (r) => instapaperEntry(r, ctx.newId, ctx.now));
    return { format: 'instapaper-csv', total, rows };
  }
  if (has('url', 'title') && (has('time_added') || has('status'))) {
    const rows = mapRows(parsed.records, (r) => pocketEntry(r, ctx.newId, ctx.now));
    return { format: 'pocket-csv', total, rows };
  }
  throw new ImportError(
    'This file is not one MailGist can import. Use a MailGist JSON export, an Instapaper or Pocket CSV, or a browser bookmarks (.html) file.',
  );
}

/** Refuses a file none of whose rows could be imported (rather than "0 added" in silence). */
export function checkSomeImported(plan: ImportPlan, rows: number, entries: number): void {
  if (plan.format.endsWith('-csv') && rows > 0 && entries === 0) {
    throw new ImportError('No row in this file has a web address (http or https) to import.');
  }
}

export function importFile(
  text: string,
  ctx: ImportContext,
): { format: ImportFormat; entries: ReadingListEntry[] } {
  const plan = planImport(text, ctx);
  const entries: ReadingListEntry[] = [];
  let rows = 0;
  for (const entry of plan.rows) {
    rows += 1;
    if (entry) entries.push(entry);
  }
  checkSomeImported(plan, rows, entries.length);
  return { format: plan.format, entries };
}
