// A small RFC 4180 reader and writer. Hand-written rather than papaparse (about 7 kB gzipped)
// because the side panel has an 80 kB budget and these files need nothing beyond RFC 4180:
// quoted fields, doubled quotes, CRLF or LF line ends, newlines inside quotes, a UTF-8 BOM.

export type CsvRow = string[];

export class CsvError extends Error {}

export function parseCsv(text: string): CsvRow[] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let fieldStarted = false;
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        const next = src[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvError(
            `unexpected character after a closing quote on line ${rows.length + 1}`,
          );
        }
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      i += 1;
      continue;
    }
    if (ch === ',') {
      row.push(field);
      field = '';
      fieldStarted = false;
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStarted = false;
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i += 1;
  }
  if (inQuotes) throw new CsvError('a quoted field is never closed');
  if (fieldStarted || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  // Blank lines carry no record.
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
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
  return (
    rows.map((r) => r.map((c) => quoteField(neutraliseCell(c))).join(',')).join('\r\n') + '\r\n'
  );
}

/** Rows as records keyed by the header's lower-cased names (formats are read by name). */
export function csvRecords(text: string): { header: string[]; records: Record<string, string>[] } {
  const rows = parseCsv(text);
  const [head, ...body] = rows;
  if (!head) throw new CsvError('the file is empty');
  const header = head.map((h) => h.trim().toLowerCase());
  const records = body.map((r) => {
    const rec: Record<string, string> = {};
    header.forEach((name, col) => {
      rec[name] = restoreCell(r[col] ?? '');
    });
    return rec;
  });
  return { header, records };
}
