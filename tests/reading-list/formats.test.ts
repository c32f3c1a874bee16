// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseCsv, writeCsv, csvRecords, CsvError } from '../../lib/reading-list/csv';
import { exportJson, importJson } from '../../lib/reading-list/format-json';
import { exportInstapaperCsv } from '../../lib/reading-list/format-instapaper-csv';
import { exportNetscape } from '../../lib/reading-list/format-netscape';
import { exportReadwiseCsv } from '../../lib/reading-list/format-readwise-csv';
import { markdownNote, exportMarkdownZip } from '../../lib/reading-list/format-markdown';
import { crc32 } from '../../lib/reading-list/zip';
import { importFile } from '../../lib/reading-list/import-file';
import { ImportError } from '../../lib/reading-list/import-error';
import { createReadingListStore } from '../../lib/reading-list/store';
import { entry, storedList } from './helpers';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
let counter = 0;
const ctx = () => ({
  parseHtml,
  newId: () => `new-${++counter}`,
  now: new Date('2026-04-01T00:00:00Z'),
});

const list = [
  entry(1, { tags: ['labor', 'health care'], lists: ['Read later', 'Strikes'] }),
  entry(2, { read: true, title: 'A title, with "quotes" & <angle> brackets' }),
  entry(3, { url: null, key: 'email:gmail:abc', quotes: [] }),
];

describe('CSV (RFC 4180)', () => {
  it('round-trips commas, quotes, newlines and leading spaces', () => {
    const rows = [
      ['a', 'b,c', 'say "hi"'],
      ['line\nbreak', ' padded', ''],
    ];
    const text = writeCsv(rows);
    expect(text).toBe('a,"b,c","say ""hi"""\r\n"line\nbreak"," padded",\r\n');
    expect(parseCsv(text)).toEqual(rows);
  });
  it('reads LF files, a BOM, and refuses an unclosed quote', () => {
    expect(parseCsv('\uFEFFx,y\n1,2\n')).toEqual([
      ['x', 'y'],
      ['1', '2'],
    ]);
    expect(() => parseCsv('a,"b\n')).toThrow(CsvError);
    expect(csvRecords('URL,Title\nhttps://a.org,T').records).toEqual([
      { url: 'https://a.org', title: 'T' },
    ]);
  });
  it('reads edge shapes the same as a field-by-field reader would', () => {
    // CRLF and a trailing comma at the very end: an empty last field.
    expect(parseCsv('a,b\r\nc,')).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
    // Blank lines carry no record; a quoted field may end the file without a newline.
    expect(parseCsv('a\n\n\r\n"q ""x"""')).toEqual([['a'], ['q "x"']]);
    // A quote inside an unquoted field is text; one after a closing quote is an error, and the
    // line it names counts the blank lines too.
    expect(parseCsv('ab"c,d')).toEqual([['ab"c', 'd']]);
    expect(() => parseCsv('h\n\n"x"y')).toThrow(/on line 3/);
  });
  it('reads a long file of quoted and plain fields', () => {
    const row = '"a, quoted ""field""",plain,https://example.org/x?y=1';
    const text = Array.from({ length: 5000 }, () => row).join('\n');
    const rows = parseCsv(text);
    expect(rows).toHaveLength(5000);
    expect(rows[4999]).toEqual(['a, quoted "field"', 'plain', 'https://example.org/x?y=1']);
  });
});

describe('export then import gives back the same list', () => {
  beforeEach(() => fakeBrowser.reset());

  it('JSON is complete and re-importable through the store', async () => {
    const text = exportJson(list, new Date('2026-04-01T00:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: 'mailgist-reading-list', version: 1 });
    const store = createReadingListStore();
    const { entries } = importFile(text, ctx());
    await store.merge(entries);
    const snap = await store.load();
    expect(snap.status === 'ok' && snap.entries).toEqual(list);
    // Importing the same file again changes nothing.
    expect(await store.merge(importJson(text))).toEqual({ added: 0, updated: 0 });
  });

  it('Instapaper CSV keeps URL, title, excerpt, folder, time and tags', () => {
    const text = exportInstapaperCsv(list);
    const [header, first] = parseCsv(text);
    expect(header).toEqual(['URL', 'Title', 'Selection', 'Folder', 'Timestamp', 'Tags']);
    expect(first).toEqual([
      list[0]!.url,
      list[0]!.title,
      list[0]!.excerpt,
      'Strikes',
      String(Date.parse(list[0]!.savedAt) / 1000),
      '["labor","health care"]',
    ]);
    const back = importFile(text, ctx());
    expect(back.format).toBe('instapaper-csv');
    expect(back.entries.map((e) => [e.url, e.title, e.read, e.tags, e.savedAt, e.key])).toEqual(
      list.filter((e) => e.url).map((e) => [e.url, e.title, e.read, e.tags, e.savedAt, e.key]),
    );
    expect(back.entries[0]!.lists).toEqual(['Strikes']);
  });

  it('Netscape bookmarks keep URL, title, folder, date, tags and description', () => {
    const text = exportNetscape(list, new Date('2026-04-01T00:00:00Z'));
    expect(text.startsWith('<!DOCTYPE NETSCAPE-Bookmark-file-1>')).toBe(true);
    expect(text).toContain('&quot;quotes&quot; &amp; &lt;angle&gt;');
    expect(text).toContain('TAGS="labor,health care"');
    const back = importFile(text, ctx());
    expect(back.format).toBe('netscape');
    expect(
      back.entries.map((e) => [e.url, e.title, e.lists, e.tags, e.savedAt, e.excerpt]),
    ).toEqual(
      list
        .filter((e) => e.url)
        .map((e) => [
          e.url,
          e.title,
          [e.lists[0]],
          e.tags,
          e.savedAt,
          e.excerpt?.replace(/\n/g, ' '),
        ]),
    );
  });
});

describe('other exports', () => {
  it('Readwise CSV has one row per quote with the Highlight column first', () => {
    const rows = parseCsv(exportReadwiseCsv(list));
    expect(rows[0]).toEqual(['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date']);
    expect(rows).toHaveLength(3); // two entries have a quote each
    expect(rows[1]).toEqual([
      list[0]!.quotes[0]!.text,
      list[0]!.title,
      'Ada Writer',
      list[0]!.url,
      '— Kieran Knutson',
      '1',
      '2026-03-02 10:00:00',
    ]);
  });

  it('Markdown notes have YAML front matter and quotes as blockquotes', () => {
    const note = markdownNote(list[1]!);
    const front = note.split('---\n')[1]!;
    expect(front).toContain('title: "A title, with \\"quotes\\" & <angle> brackets"');
    expect(front).toContain('url: "https://news.example.org/story-2"');
    expect(front).toContain('read: true');
    expect(front).toMatch(/tags: \[\]/);
    expect(markdownNote(list[0]!)).toContain('tags:\n  - "labor"\n  - "health-care"');
    expect(note).toContain('> A quotable line number 2 for the record\n> — Kieran Knutson');
  });

  it('the Markdown zip holds one note per article with valid CRCs', () => {
    const zip = exportMarkdownZip(list, new Date('2026-04-01T12:00:00Z'));
    const view = new DataView(zip.buffer);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    const end = zip.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    expect(view.getUint16(end + 10, true)).toBe(3);
    const nameLen = view.getUint16(26, true);
    const size = view.getUint32(18, true);
    const name = new TextDecoder().decode(zip.slice(30, 30 + nameLen));
    const data = zip.slice(30 + nameLen, 30 + nameLen + size);
    expect(name).toBe('Story number 1.md');
    expect(view.getUint32(14, true)).toBe(crc32(data));
    expect(new TextDecoder().decode(data)).toBe(markdownNote(list[0]!));
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('imports from other tools', () => {
  it('reads a Pocket CSV by header name (pipe tags, archive status, Unix seconds)', () => {
    const text =
      'title,url,time_added,cursor,tags,status\n' +
      '"Hello, world",https://www.example.com/a?utm_source=x,1700000000,c1,news|labor,archive\n' +
      'Second,https://example.com/b,1700000100,c2,,unread\n';
    const { format, entries } = importFile(text, ctx());
    expect(format).toBe('pocket-csv');
    expect(entries[0]).toMatchObject({
      title: 'Hello, world',
      read: true,
      tags: ['news', 'labor'],
      savedAt: new Date(1700000000 * 1000).toISOString(),
      key: 'url:https://example.com/a',
      lists: ['Read later'],
    });
    expect(entries[1]).toMatchObject({ read: false, tags: [] });
  });

  it('reads the old Instapaper layout (URL,Title,Selection,Folder)', () => {
    const text =
      'URL,Title,Selection,Folder\nhttps://a.org/x,T,,Starred\nhttps://a.org/y,U,,Essays\n';
    const { entries } = importFile(text, ctx());
    expect(entries[0]).toMatchObject({ tags: ['starred'], lists: ['Read later'] });
    expect(entries[1]).toMatchObject({ lists: ['Essays'] });
  });
});

describe('a malformed file is refused and the list is unchanged', () => {
  beforeEach(() => fakeBrowser.reset());

  const broken: [string, RegExp][] = [
    [
      '{"format":"mailgist-reading-list","version":1,"entries":[{"id":1}]}',
      /not a MailGist reading-list export/,
    ],
    ['{"entries": [', /not valid JSON/],
    ['URL,Title,Folder\n"https://a.org,T,Unread\n', /CSV file is malformed/],
    ['name,age\nbob,3\n', /not one MailGist can import/],
    ['<html><body>hi</body></html>', /not one MailGist can import/],
    ['', /empty/],
    ['URL,Title,Folder\njavascript:alert(1),T,Unread\n', /No row in this file has a web address/],
  ];

  it.each(broken)('refuses %j', async (text, message) => {
    const store = createReadingListStore();
    await store.merge([entry(1)]);
    const before = await storedList();
    let error: unknown;
    try {
      await store.merge(importFile(text, ctx()).entries);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(message);
    expect(await storedList()).toEqual(before);
  });
});
