// A small RFC 4180 reader and writer. Hand-written rather than papaparse (about 7 kB gzipped)
// because the side panel has an 80 kB budget and these files need nothing beyond RFC 4180:
// quoted fields, doubled quotes, CRLF or LF line ends, newlines inside quotes, a UTF-8 BOM.

export type CsvRow = string[];

export class CsvError extends Error {}

export function parseCsv(text: string): CsvRow[] {
  return [...csvRows(text)];
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The rows of a CSV text one at a time, so a long import can pause between them (see pacer.ts).
 * Unquoted fields and quoted runs are taken as slices, not built a character at a time: a 25,000-row
 * file is read in a few tens of milliseconds. Blank lines carry no record and are skipped.
 */
export function* csvRows(text: string): Generator<CsvRow> {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const n = src.length;
  let line = 0; // rows ended so far, blank ones included (error messages count lines)
  let row: string[] = [];
  let i = 0;
  while (i < n) {
    let field: string;
    if (src.charCodeAt(i) === QUOTE) {
      // A quoted field: runs up to each quote, a doubled quote is one quote.
      field = '';
      i += 1;
      for (;;) {
        const close = src.indexOf('"', i);
        if (close === -1) throw new CsvError('a quoted field is never closed');
        field += src.slice(i, close);
        if (src.charCodeAt(close + 1) === QUOTE) {
          field += '"';
          i = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      if (i < n) {
        const c = src.charCodeAt(i);
        if (c !== COMMA && c !== LF && c !== CR) {
          throw new CsvError(`unexpected character after a closing quote on line ${line + 1}`);
        }
      }
    } else {
      const start = i;
      while (i < n) {
        const c = src.charCodeAt(i);
        if (c === COMMA || c === LF || c === CR) break;
        i += 1;
      }
      field = src.slice(start, i);
    }
    row.push(field);
    if (i >= n) break;
    const c = src.charCodeAt(i);
    if (c === COMMA) {
      i += 1;
      // A comma at the very end still ends an (empty) last field.
      if (i >= n) row.push('');
      continue;
    }
    i += c === CR && src.charCodeAt(i + 1) === LF ? 2 : 1;
    line += 1;
    if (!(row.length === 1 && row[0] === '')) yield row;
    row = [];
  }
  if (row.length > 0 && !(row.length === 1 && row[0] === '')) yield row;
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A cell a spreadsheet would run as a formula (CSV injection, OWASP): `=`, `+`, `-`, `@` first,
 * also after leading blanks and in their full-width forms (East Asian Excel), or a leading TAB /
 * CR. A plain number ("-3", "1.5") is data, not a formula.
 */
const FORMULA_START = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Prefixes a formula-like cell with `'`, which spreadsheets show as text and do not evaluate. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** Undoes `neutraliseCell` when a file is read back, so export → import gives the same text. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** Every cell of every CSV MailGist writes is neutralised: email text is untrusted. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map(csvLine).join('');
}

/** One row of a CSV MailGist writes, with its line end. */
export function csvLine(row: readonly string[]): string {
  return row.map((c) => quoteField(neutraliseCell(c))).join(',') + '\r\n';
}

/** Rows as records keyed by the header's lower-cased names (formats are read by name). */
export function csvRecords(text: string): { header: string[]; records: Record<string, string>[] } {
  const { header, records } = lazyCsvRecords(text);
  return { header, records: [...records] };
}

/** The header read now, the records one at a time as they are asked for (a long import). */
export function lazyCsvRecords(text: string): {
  header: string[];
  records: Generator<Record<string, string>>;
} {
  const rows = csvRows(text);
  const head = rows.next();
  if (head.done) throw new CsvError('the file is empty');
  const header = head.value.map((h) => h.trim().toLowerCase());
  function* records(): Generator<Record<string, string>> {
    for (const r of rows) {
      const rec: Record<string, string> = {};
      header.forEach((name, col) => {
        rec[name] = restoreCell(r[col] ?? '');
      });
      yield rec;
    }
  }
  return { header, records: records() };
}
