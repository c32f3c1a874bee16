import { csvRecords, CsvError } from './csv';
import type { ReadingListEntry } from './entry';
import { importInstapaperRecords } from './format-instapaper-csv';
import { importJson } from './format-json';
import { importNetscape, looksLikeNetscape } from './format-netscape';
import { importPocketRecords } from './format-pocket-csv';
import { ImportError } from './import-error';

// Recognises an imported file by its content (not its name) and turns it into entries, or
// refuses it with a message the user can act on. Nothing is written here: the caller merges.

export type ImportFormat = 'json' | 'instapaper-csv' | 'pocket-csv' | 'netscape';

export interface ImportContext {
  parseHtml: (html: string) => Document;
  newId: () => string;
  now: Date;
}

const MAX_BYTES = 20 * 1024 * 1024;

export function importFile(
  text: string,
  ctx: ImportContext,
): { format: ImportFormat; entries: ReadingListEntry[] } {
  if (text.length > MAX_BYTES)
    throw new ImportError('This file is too large to import (over 20 MB).');
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!body) throw new ImportError('This file is empty.');
  if (body.startsWith('{') || body.startsWith('[')) {
    return { format: 'json', entries: importJson(body) };
  }
  if (looksLikeNetscape(body)) {
    return { format: 'netscape', entries: importNetscape(body, ctx.parseHtml, ctx.newId, ctx.now) };
  }
  let parsed: ReturnType<typeof csvRecords>;
  try {
    parsed = csvRecords(body);
  } catch (err) {
    const why = err instanceof CsvError ? err.message : 'it could not be read';
    throw new ImportError(`This CSV file is malformed: ${why}.`);
  }
  const has = (...cols: string[]) => cols.every((c) => parsed.header.includes(c));
  let entries: ReadingListEntry[];
  let format: ImportFormat;
  if (has('url', 'title', 'folder')) {
    format = 'instapaper-csv';
    entries = importInstapaperRecords(parsed.records, ctx.newId, ctx.now);
  } else if (has('url', 'title') && (has('time_added') || has('status'))) {
    format = 'pocket-csv';
    entries = importPocketRecords(parsed.records, ctx.newId, ctx.now);
  } else {
    throw new ImportError(
      'This file is not one MailGist can import. Use a MailGist JSON export, an Instapaper or Pocket CSV, or a browser bookmarks (.html) file.',
    );
  }
  if (parsed.records.length > 0 && entries.length === 0) {
    throw new ImportError('No row in this file has a web address (http or https) to import.');
  }
  return { format, entries };
}
