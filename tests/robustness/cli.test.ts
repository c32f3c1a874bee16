import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_EML, runCli, type CliRun } from '../cli/run-cli';
import { SummarySchema } from '../../lib/schema';

// The CLI on files that cannot be read, are empty, are not email, or sit in a folder with others:
// each bad file gets one line on stderr and makes the exit code non-zero, and every good file is
// still printed. Tests run as root here, so "unreadable" is a dangling symlink and a folder named
// like an email, not a chmod.

const cli = runCli;
type Run = CliRun;

const GOOD_HTML =
  '<html><head><title>Budget night</title></head><body><h1>Council passes the budget</h1><p>The council passed the budget late on Tuesday after a four-hour public hearing on transit.</p></body></html>';
const GOOD_TXT =
  'From: Strike Bulletin <bulletin@example.org>\nSubject: Day three\nDate: March 4, 2026 7:00 AM\n\nDAY THREE ON THE LINE\n\nPickets held at all four gates on the third day of the strike.\n';

let dir: string;
let mixedRun: Run;
let goodRun: Run;
let badRun: Run;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mailgist-cli-'));
  const mixed = join(dir, 'mixed');
  mkdirSync(mixed);
  writeFileSync(join(mixed, 'a-good.eml'), GOOD_EML);
  writeFileSync(join(mixed, 'b-empty.eml'), '');
  writeFileSync(join(mixed, 'c-good.html'), GOOD_HTML);
  writeFileSync(join(mixed, 'd-not-an-email.eml'), 'just some notes, no headers at all\n');
  writeFileSync(
    join(mixed, 'e-binary.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]),
  );
  mkdirSync(join(mixed, 'f-folder.eml'));
  symlinkSync(join(dir, 'nowhere.eml'), join(mixed, 'g-dangling.eml'));
  writeFileSync(join(mixed, 'h-good.txt'), GOOD_TXT);
  writeFileSync(join(mixed, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(dir, 'report.pdf'), '%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
  writeFileSync(join(dir, 'single.eml'), GOOD_EML);
  writeFileSync(join(dir, 'bad\nname.eml'), '');
  // Each run starts a TypeScript process (seconds on a busy machine): all three run at once.
  [mixedRun, goodRun, badRun] = await Promise.all([
    cli([
      join(dir, 'mixed'),
      join(dir, 'missing.eml'),
      join(dir, 'report.pdf'),
      join(dir, 'single.eml'),
      '--format',
      'json',
    ]),
    cli([join(dir, 'single.eml'), '--format', 'markdown']),
    cli([join(dir, 'bad\nname.eml')]),
  ]);
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('CLI robustness', () => {
  it('a folder of mixed files, a dangling link and a non-email file: one error line each, the rest printed', () => {
    const r = mixedRun;
    expect(r.status).toBe(1);

    const out = r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { file: string });
    expect(out.map((o) => o.file.replace(dir, ''))).toEqual([
      '/mixed/a-good.eml',
      '/mixed/c-good.html',
      '/mixed/h-good.txt',
      '/single.eml',
    ]);
    for (const { file: _file, ...summary } of out)
      expect(SummarySchema.safeParse(summary).success).toBe(true);

    const errors = r.stderr.trim().split('\n');
    const bad = [
      'b-empty.eml',
      'd-not-an-email.eml',
      'e-binary.txt',
      'f-folder.eml',
      'g-dangling.eml',
      'missing.eml',
      'report.pdf',
    ];
    expect(errors, r.stderr).toHaveLength(bad.length);
    for (const name of bad) {
      const line = errors.filter((l) => l.includes(name));
      expect(line, `${name} in\n${r.stderr}`).toHaveLength(1);
      expect(line[0]).toMatch(/^mailgist: .+: \S/);
    }
    // A reason a person can read, not a stack trace.
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
  });

  it('a good file alone exits 0 with nothing on stderr', () => {
    const r = goodRun;
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# Tenants win a rent freeze/m);
  });

  it('a bad file alone exits non-zero, prints nothing, and its error stays on one line', () => {
    const r = badRun;
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n'), JSON.stringify(r.stderr)).toHaveLength(1);
  });
});
