import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_EML, runCli, type CliRun as Run } from './run-cli';

// The real CLI on files that are not plain email files: special files (a FIFO, a link to
// /dev/zero), a file far past the size cap, and binary data under an email's name. Each must end
// within seconds with exactly one `mailgist:` line for it, and nothing from a dependency.

/** Generous: starting tsx alone takes seconds on a loaded machine; a hang is killed here. */
const KILL_AFTER_MS = 30_000;
const cli = (args: string[]): Promise<Run> => runCli(args, { killAfterMs: KILL_AFTER_MS });

const ESCAPES_EML = GOOD_EML.replace(
  'Subject: Rent freeze won',
  'Subject: =?utf-8?Q?Rent=00_freeze=1B]52;c;ZXZpbA=3D=3D=07_won?=',
).replace(
  '<h1>Tenants win a rent freeze</h1>',
  '<h1>Tenants \u001b[2J\u001b]8;;https://evil.example/\u0007win\u001b]8;;\u0007 a \u009b31mrent\u202e freeze</h1>',
);
/** What a terminal acts on: C0 but line feed, DEL, C1, bidi embeddings, overrides, isolates. */
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let dir: string;
const runs: Record<string, Run> = {};

/** Every stderr line is ours, and exactly one names `name`. */
function expectOneLineFor(r: Run, name: string): string {
  const lines = r.stderr.trimEnd().split('\n');
  for (const l of lines) expect(l, r.stderr).toMatch(/^mailgist: /);
  const mine = lines.filter((l) => l.includes(name));
  expect(mine, r.stderr).toHaveLength(1);
  return mine[0]!;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mailgist-hostile-'));
  spawnSync('mkfifo', [join(dir, 'pipe.eml')]);
  symlinkSync('/dev/zero', join(dir, 'zero.eml'));
  const folder = join(dir, 'folder');
  mkdirSync(folder);
  spawnSync('mkfifo', [join(folder, 'b-pipe.eml')]);
  symlinkSync('/dev/zero', join(folder, 'c-zero.html'));
  writeFileSync(join(folder, 'a-good.eml'), GOOD_EML);
  // 32 MB of real HTML email: past the cap, and big enough to make a dependency complain.
  const para =
    '<p>The council passed the budget late on Tuesday after a four-hour public hearing.</p>\r\n';
  writeFileSync(
    join(dir, 'huge.eml'),
    GOOD_EML.replace('</body>', para.repeat(Math.ceil((32 << 20) / para.length)) + '</body>'),
  );
  writeFileSync(
    join(dir, 'paper.txt'),
    '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nstream\nx\x9c\xed\x9d\n',
    'latin1',
  );
  let seed = 7;
  const noise = Buffer.alloc(6000, 0);
  for (let i = 0; i < noise.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    noise[i] = (seed >>> 16) & 0xff || 0x41; // no NUL: the old check only looked for one
  }
  writeFileSync(join(dir, 'noise.html'), noise);
  // Terminal escapes in the headers and the body, and a file name that tries to end the batch
  // comment and to reverse itself on screen.
  writeFileSync(join(dir, 'escapes.eml'), ESCAPES_EML);
  const trick = join(dir, 'x --><img src=x onerror=alert(1)>\u202egnp.eml');
  writeFileSync(trick, GOOD_EML);
  const keys = [
    'pipe',
    'zero',
    'folder',
    'huge',
    'paper',
    'noise',
    'json',
    'md',
    'option',
  ] as const;
  const args = [
    [join(dir, 'pipe.eml')],
    [join(dir, 'zero.eml')],
    [folder, '--format', 'json'],
    [join(dir, 'huge.eml')],
    [join(dir, 'paper.txt')],
    [join(dir, 'noise.html')],
    [join(dir, 'escapes.eml'), trick, '--format', 'json'],
    [join(dir, 'escapes.eml'), trick],
    ['--\u001b]52;c;ZXZpbA==\u0007\u001b[2J'],
  ];
  const results = await Promise.all(args.map(cli));
  keys.forEach((k, i) => (runs[k] = results[i]!));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('CLI on special and oversized files (F1, W5)', () => {
  it('a FIFO named .eml ends at once with one error line', () => {
    const r = runs.pipe!;
    expect(r.killed, 'the CLI hung on a FIFO').toBe(false);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(expectOneLineFor(r, 'pipe.eml')).toMatch(/not a regular file/);
  });

  it('a symlink to /dev/zero ends at once with one error line', () => {
    const r = runs.zero!;
    expect(r.killed, 'the CLI read /dev/zero without end').toBe(false);
    expect(r.status).toBe(1);
    expect(expectOneLineFor(r, 'zero.eml')).toMatch(/not a regular file/);
  });

  it('a folder walk skips the FIFO and the device with one line each and prints the good file', () => {
    const r = runs.folder!;
    expect(r.killed, 'the CLI hung inside a folder').toBe(false);
    expect(r.status).toBe(1);
    expectOneLineFor(r, 'b-pipe.eml');
    expectOneLineFor(r, 'c-zero.html');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(2);
    const out = r.stdout.trim().split('\n');
    expect(out).toHaveLength(1);
    expect((JSON.parse(out[0]!) as { file: string }).file).toMatch(/a-good\.eml$/);
  });

  it('a 32 MB email gets one mailgist line (the size cap), nothing from a dependency', () => {
    const r = runs.huge!;
    expect(r.killed).toBe(false);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
    expect(expectOneLineFor(r, 'huge.eml')).toMatch(/too large/);
  });
});

describe('CLI on binary data under an email name (W4)', () => {
  it('a PDF saved as .txt is refused', () => {
    const r = runs.paper!;
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(expectOneLineFor(r, 'paper.txt')).toMatch(/PDF|binary/);
  });

  it('random bytes saved as .html are refused', () => {
    const r = runs.noise!;
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(expectOneLineFor(r, 'noise.html')).toMatch(/binary/);
  });
});

describe('CLI output carries no terminal control characters (F8) and no live comment end (F5)', () => {
  it('JSON: no control character in the output bytes or in any string', () => {
    const r = runs.json!;
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(TERMINAL_CONTROL);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(2);
    const strings = JSON.stringify(rows[0])
      .match(/"(?:[^"\\]|\\.)*"/g)!
      .map((q) => JSON.parse(q) as string);
    for (const str of strings) expect(str).not.toMatch(TERMINAL_CONTROL);
    expect(rows[0]!.headline).toBe('Tenants win a rent freeze');
    // The file field still names the real file (its bidi character escaped, not lost).
    expect(rows[1]!.file).toMatch(/\u202egnp\.eml$/);
  });

  it('Markdown: no control character, and the file name stays inside its comment', () => {
    const r = runs.md!;
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(r.stdout).toMatch(/^# Tenants win a rent freeze$/m);
    const comments = r.stdout.split('\n').filter((l) => l.startsWith('<!--'));
    expect(comments).toHaveLength(2);
    for (const c of comments) {
      expect(c).toMatch(/^<!-- [^<>]* -->$/);
    }
    expect(r.stdout).not.toMatch(/<img/);
  });

  it('an unknown option is echoed with its escapes made visible, not run', () => {
    const r = runs.option!;
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^mailgist: unknown option --\\u001b\]52/);
    expect(r.stderr).not.toMatch(TERMINAL_CONTROL);
  });
});
