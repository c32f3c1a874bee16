import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod/mini';
import { parseHtmlNode } from '../../lib/node-dom';
import { exportJson } from '../../lib/reading-list/format-json';
import { importFile } from '../../lib/reading-list/import-file';
import { createReadingListStore } from '../../lib/reading-list/store';
import { SummarySchema } from '../../lib/schema';
import { generateMails, toMbox, type GeneratedMail } from '../archive/generated-mail';
import { runCli } from './run-cli';

// The archive command end to end: the real CLI (tsx cli/main.ts) on generated archives.

const run = async (...args: string[]) => {
  const r = await runCli(args, { killAfterMs: 300_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const Line = z.object({
  archive: z.string(),
  position: z.number(),
  messageId: z.nullable(z.string()),
  file: z.optional(z.string()),
  ...SummarySchema.shape,
});
type Line = z.infer<typeof Line>;
const lines = (out: string): Line[] =>
  out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => z.strictObject(Line.shape).parse(JSON.parse(l)));
const bareId = (m: GeneratedMail) => m.messageId?.slice(1, -1) ?? null;

const mails = generateMails(20);
let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mailgist-archive-'));
  const mbox = toMbox(mails);
  writeFileSync(at('mixed.mbox'), mbox);
  writeFileSync(at('crlf.mbox'), toMbox(mails, { eol: '\r\n', envelope: 'takeout' }));
  writeFileSync(at('mixed.mbox.gz'), gzipSync(mbox));
  const full = toMbox(mails.slice(0, 5));
  // Cut right after the last message's Message-ID: a header block with no body.
  const lastId = full.indexOf('Message-ID:', full.lastIndexOf('\nFrom '));
  writeFileSync(at('cut.mbox'), full.slice(0, full.indexOf('\n', lastId) + 1));
  // A Maildir whose files were written out of delivery order, with a stray dotfile and a FIFO.
  for (const f of ['cur', 'new', 'tmp']) mkdirSync(at(`maildir/${f}`), { recursive: true });
  mails.slice(0, 6).forEach((m, i) => {
    const folder = i % 2 ? 'new' : 'cur';
    const flags = folder === 'cur' ? ':2,S' : '';
    writeFileSync(at(`maildir/${folder}/${1700000000 + i * 60}.M${i}P99.host${flags}`), m.raw);
  });
  writeFileSync(at('maildir/cur/.DS_Store'), 'junk');
  spawnSync('mkfifo', [at('maildir/cur/1700000090.fifo'), at('pipe.mbox')]);
});

/** `mailgist mixed.mbox --jobs 2`, run once and shared by the tests that compare against it. */
let reference: ReturnType<typeof run> | null = null;
const referenceRun = () => (reference ??= run(at('mixed.mbox'), '--jobs', '2'));
const withoutArchive = (ls: Line[]) => ls.map(({ archive: _, ...rest }) => rest);

describe('mailgist ARCHIVE', () => {
  it('prints one JSON line per message in archive order, the same with 1 or 2 worker threads', async () => {
    const two = await referenceRun();
    expect(two.err).toBe(''); // stderr is not a terminal here: no progress line
    expect(two.code).toBe(0);
    const got = lines(two.out);
    expect(got.map((l) => l.position)).toEqual(mails.map((_, i) => i + 1));
    expect(got.map((l) => l.messageId)).toEqual(mails.map(bareId));
    expect(got.map((l) => l.sender.address)).toEqual(mails.map((m) => m.fromAddress));
    const newsletters = got.filter((_, i) => mails[i]!.newsletter);
    expect(newsletters.map((l) => l.headline)).toEqual(
      mails.filter((m) => m.newsletter).map((m) => m.subject),
    );
    expect((await run(at('mixed.mbox'), '-j', '1')).out).toBe(two.out);
  }, 300_000);

  it('reads CRLF (Takeout envelopes) and gzip archives to the same briefs, several in one run', async () => {
    const plain = withoutArchive(lines((await referenceRun()).out));
    const r = await run(at('crlf.mbox'), at('mixed.mbox.gz'), '-j', '1');
    expect(r.code).toBe(0);
    const got = lines(r.out);
    expect(withoutArchive(got.filter((l) => l.archive === at('crlf.mbox')))).toEqual(plain);
    expect(withoutArchive(got.filter((l) => l.archive === at('mixed.mbox.gz')))).toEqual(plain);
  }, 300_000);

  it('--newsletters-only keeps the messages with list headers, in a Markdown digest', async () => {
    const r = await run(at('mixed.mbox'), '--format', 'markdown', '--newsletters-only', '-j', '1');
    expect(r.code).toBe(0);
    const kept = mails.flatMap((m, i) => (m.newsletter ? [i + 1] : []));
    const positions = [...r.out.matchAll(/^_Message (\d+) of /gm)].map((m) => Number(m[1]));
    expect(positions).toEqual(kept);
    // Names a viewer would autolink are code spans, as in a single email's brief.
    expect(r.out.startsWith(`# Newsletter digest: \`${at('mixed.mbox')}\`\n`)).toBe(true);
    expect(r.out.match(/^## /gm)).toHaveLength(kept.length);
    expect(r.out).toContain(`_Message 1 of \`${at('mixed.mbox')}\` · \`${bareId(mails[0]!)}\`_`);
    expect(r.out).toContain(
      `${kept.length} briefs from ${mails.length} messages (${mails.length - kept.length} skipped, 0 unreadable).`,
    );
  }, 300_000);

  it('--since drops the messages dated before it', async () => {
    const since = mails[14]!.date;
    const s = await run(at('mixed.mbox'), '--since', since.toISOString(), '-j', '1');
    expect(lines(s.out).map((l) => l.position)).toEqual(
      mails.flatMap((m, i) => (m.date >= since ? [i + 1] : [])),
    );
  }, 300_000);

  it('reads a Maildir in delivery order; a FIFO inside gets one error line and the rest go on', async () => {
    const r = await run(at('maildir'), '-j', '1');
    expect(r.code).toBe(1);
    const got = lines(r.out);
    expect(got.map((l) => l.messageId)).toEqual(mails.slice(0, 6).map(bareId));
    expect(got[1]!.file).toBe('new/1700000060.M1P99.host');
    expect(r.err).toBe(
      `mailgist: ${at('maildir')}: message 3 (cur/1700000090.fifo): not a regular file (a FIFO, device or socket is not read)\n`,
    );
  }, 300_000);

  it('reports a truncated last message with its position, and a FIFO named like an archive, and goes on', async () => {
    const r = await run(at('cut.mbox'), at('pipe.mbox'), '-j', '1');
    expect(r.code).toBe(1);
    expect(lines(r.out).map((l) => l.position)).toEqual([1, 2, 3, 4]);
    const errors = r.err.split('\n');
    expect(errors[0]).toMatch(
      new RegExp(
        `^mailgist: ${at('cut.mbox')}: message 5 \\(line \\d+, <gen-4\\.kit@mail\\.example\\.net>\\): .+$`,
      ),
    );
    expect(errors.slice(1)).toEqual([
      `mailgist: ${at('pipe.mbox')}: not a regular file (a FIFO, device or socket is not read)`,
      '',
    ]);
  }, 300_000);

  it('refuses archive options without an archive, and a bad --jobs or --since', async () => {
    writeFileSync(at('one.eml'), mails[0]!.raw);
    const r = await run('--newsletters-only', at('one.eml'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^mailgist: --newsletters-only applies to mbox and Maildir archives only/,
    );
    expect((await run(at('mixed.mbox'), '--jobs', '0', '--since', '2024-02-30')).code).toBe(2);
  }, 120_000);
});

describe('mailgist ARCHIVE --format reading-list', () => {
  beforeEach(() => fakeBrowser.reset());

  it('writes the reading list export that the extension imports with nothing lost', async () => {
    const r = await run(at('mixed.mbox'), '--format', 'reading-list', '--jobs', '2');
    expect(r.code).toBe(0);
    // The extension's own import code, as the Import button runs it.
    const { format, entries } = importFile(r.out, {
      parseHtml: parseHtmlNode,
      newId: () => crypto.randomUUID(),
      now: new Date(),
    });
    expect(format).toBe('json');
    expect(entries).toHaveLength(mails.length);
    // Byte for byte what the panel's Export writes for these entries: no field dropped or added.
    const { exportedAt } = JSON.parse(r.out) as { exportedAt: string };
    expect(exportJson(entries, new Date(exportedAt))).toBe(r.out);
    expect(entries.map((e) => e.title)).toEqual(
      lines((await referenceRun()).out).map((l) => l.headline),
    );
    expect(entries.find((e) => e.url)?.quotes.length).toBeGreaterThan(0);
    // Merged into an empty reading list, every entry is kept as written.
    const store = createReadingListStore();
    expect(await store.merge(entries)).toEqual({ added: mails.length, updated: 0 });
    const snap = await store.load();
    expect(snap.status === 'ok' && snap.entries).toEqual(entries);
  }, 300_000);

  it('writes a valid, empty export when nothing is kept', async () => {
    const r = await run(at('mixed.mbox'), '--format=reading-list', '--since', '2030-01-01');
    expect(r.code).toBe(0);
    const { entries } = importFile(r.out, {
      parseHtml: parseHtmlNode,
      newId: () => 'x',
      now: new Date(),
    });
    expect(entries).toEqual([]);
  }, 120_000);
});
