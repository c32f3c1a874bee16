// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { decodeImportBytes, readImportFile } from '../../lib/reading-list/decode-file';
import { importJson } from '../../lib/reading-list/format-json';
import { exportMarkdownZip, noteFileName } from '../../lib/reading-list/format-markdown';
import { importFile } from '../../lib/reading-list/import-file';
import { ImportError } from '../../lib/reading-list/import-error';
import { entry } from './helpers';

// W6: a newer export says so; a Latin-1 CSV reads as the letters it holds; note names are files
// every OS can create and that read the way they are.

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const ctx = () => ({ parseHtml, newId: () => crypto.randomUUID(), now: new Date('2026-04-01') });

describe('a JSON export from a newer MailGist', () => {
  it('is refused with "made by a newer MailGist", not a schema message', () => {
    const text = JSON.stringify({
      format: 'mailgist-reading-list',
      version: 3,
      exportedAt: '2027-01-01T00:00:00Z',
      entries: [{ shape: 'unknown to this version' }],
    });
    expect(() => importJson(text)).toThrow(ImportError);
    expect(() => importJson(text)).toThrow(/made by a newer MailGist.*Update MailGist/);
    expect(() => importFile(text, ctx())).toThrow(/made by a newer MailGist/);
  });
  it('a version-1 file with a bad entry still says what is wrong', () => {
    const text = '{"format":"mailgist-reading-list","version":1,"entries":[{"id":1}]}';
    expect(() => importJson(text)).toThrow(/not a MailGist reading-list export \(at exportedAt\)/);
  });
});

describe('the encoding of an imported file', () => {
  // "Café Müller",https://… saved as windows-1252: é = E9, ü = FC, and a curly quote (93/94).
  const latin1 = Uint8Array.from([
    ...new TextEncoder().encode('title,url,time_added,cursor,tags,status\n"Caf'),
    0xe9,
    ...new TextEncoder().encode(' M'),
    0xfc,
    ...new TextEncoder().encode('ller '),
    0x93,
    ...new TextEncoder().encode('live'),
    0x94,
    ...new TextEncoder().encode('",https://example.com/a,1700000000,c,,unread\n'),
  ]);

  it('a Latin-1 (windows-1252) CSV is read as Latin-1, not as U+FFFD', async () => {
    const text = await readImportFile(new Blob([latin1]));
    expect(text).not.toContain('\uFFFD');
    expect(importFile(text, ctx()).entries[0]!.title).toBe('Café Müller “live”');
  });

  it('UTF-8 (with or without a BOM) and UTF-16 are read as such', () => {
    const utf8 = new TextEncoder().encode('Café “live”');
    expect(decodeImportBytes(utf8)).toBe('Café “live”');
    expect(decodeImportBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe('Café “live”');
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x43, 0x00, 0xe9, 0x00]);
    expect(decodeImportBytes(utf16)).toBe('Cé');
  });
});

describe('note file names', () => {
  const name = (title: string, taken = new Set<string>()) =>
    noteFileName(entry(1, { title }), taken);

  it.each([
    ['CON', '_CON.md'],
    ['aux', '_aux.md'],
    ['nul.txt', '_nul.txt.md'],
    ['COM1', '_COM1.md'],
    ['Lpt9', '_Lpt9.md'],
    ['Console wars', 'Console wars.md'],
  ])('%j → %j (Windows device names)', (title, expected) => {
    expect(name(title)).toBe(expected);
  });

  it('drops bidi and zero-width marks, controls, trailing dots and spaces, leading dots', () => {
    expect(name('Invoice \u202Egpj.exe')).toBe('Invoice gpj.exe.md');
    expect(name('a\u200Bb\u2066c\u2069')).toBe('a b c.md');
    expect(name('Tab\there\u0007bell\u0085')).toBe('Tab here bell.md');
    expect(name('The end... ')).toBe('The end.md');
    expect(name('...hidden')).toBe('hidden.md');
    expect(name('. .')).toBe('Untitled.md');
  });

  it('never cuts a character in half; names stay unique regardless of case', () => {
    const long = `${'x'.repeat(79)}😀 tail`;
    const n = name(long);
    expect(n).toBe(`${'x'.repeat(79)}😀.md`);
    expect(n.isWellFormed()).toBe(true);
    const taken = new Set<string>();
    expect([name('Same', taken), name('same', taken), name('SAME', taken)]).toEqual([
      'Same.md',
      'same 2.md',
      'SAME 3.md',
    ]);
  });

  it('the zip holds those names', () => {
    const zip = exportMarkdownZip([entry(1, { title: 'CON' })], new Date('2026-04-01'));
    const len = new DataView(zip.buffer).getUint16(26, true);
    expect(new TextDecoder().decode(zip.slice(30, 30 + len))).toBe('_CON.md');
  });
});
