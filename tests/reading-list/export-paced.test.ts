import { describe, expect, it } from 'vitest';
import { buildExport, buildExportPaced, EXPORT_CHOICES } from '../../lib/panel/exports';
import { JSON_FORMAT, exportJson } from '../../lib/reading-list/format-json';
import { createPacer, WorkCancelled, type Pacer } from '../../lib/reading-list/pacer';
import type { ReadingListEntry } from '../../lib/reading-list/entry';
import { entry } from './helpers';

// An export built in slices (the panel, for long lists) is the same file, byte for byte, as one
// built at once; the JSON export is exactly JSON.stringify of its envelope.

const when = new Date('2026-05-01T12:00:00Z');
const list: ReadingListEntry[] = [
  entry(1, { lists: ['Strikes'], tags: ['a,b', 'ünïcödé'] }),
  entry(2, { url: null, excerpt: null, quotes: [] }),
  entry(3, { title: 'Quotes "and" <tags> & a\nline\u2028sep', lists: ['Read later', 'Strikes'] }),
  entry(4, { url: 'javascript:alert(1)', read: true, syncedOnly: undefined }),
  entry(5, { lists: ['Strikes'], quotes: [{ text: '=cmd|x', speaker: null }] }),
];

/** Pauses after every entry, counting. */
const everyEntry = (): Pacer & { pauses: number } => {
  const p = { pauses: 0, due: () => true, pause: async () => void (p.pauses += 1) };
  return p;
};

const bytes = async (c: string | Uint8Array | Blob) =>
  typeof c === 'string'
    ? new TextEncoder().encode(c)
    : c instanceof Blob
      ? new Uint8Array(await c.arrayBuffer())
      : c;

describe('exports built in slices', () => {
  for (const { kind } of EXPORT_CHOICES) {
    it(`${kind}: the same file as one built at once, with progress`, async () => {
      for (const entries of [list, [], list.slice(0, 1)]) {
        const pacer = everyEntry();
        const seen: number[] = [];
        const paced = await buildExportPaced(kind, entries, when, pacer, (done) => seen.push(done));
        const once = buildExport(kind, entries, when);
        expect(await bytes(paced.content)).toEqual(await bytes(once.content));
        expect({ ...paced, content: null }).toEqual({ ...once, content: null });
        expect(seen).toEqual(entries.map((_, i) => i + 1));
      }
    });
  }

  it('JSON is exactly JSON.stringify of the envelope', () => {
    for (const entries of [list, []]) {
      const envelope = {
        format: JSON_FORMAT,
        version: 1,
        exportedAt: when.toISOString(),
        entries,
      };
      expect(exportJson(entries, when)).toBe(JSON.stringify(envelope, null, 2) + '\n');
    }
  });

  it('a cancel stops the export at the next pause', async () => {
    const abort = new AbortController();
    const pacer = createPacer({ signal: abort.signal, budgetMs: 0, yieldNow: async () => {} });
    const job = buildExportPaced('markdown', list, when, pacer, (done) => {
      if (done === 2) abort.abort();
    });
    await expect(job).rejects.toBeInstanceOf(WorkCancelled);
  });
});
