import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { SummarySchema } from '../../lib/schema';

// Exactly Summary v1: no field missing and none added.
const StrictSummary = z.strictObject(SummarySchema.shape);

// Spawns the real CLI (tsx cli/main.ts) on temporary files.
const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const run = (...args: string[]) => {
  const r = spawnSync(tsx, [join(root, 'cli', 'main.ts'), ...args], {
    encoding: 'utf8',
    cwd: root,
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mailgist-cli-'));
  copyFileSync(join(root, 'samples', 'labor-digest-mass-strike.eml'), join(dir, 'digest.eml'));
  copyFileSync(join(root, 'tests/fixtures/substack-essay/source.html'), join(dir, 'essay.html'));
  copyFileSync(
    join(root, 'tests/fixtures/forwarded-news-article/source.txt'),
    join(dir, 'printed.txt'),
  );
  writeFileSync(join(dir, 'empty.eml'), '');
  writeFileSync(join(dir, 'notes.eml'), 'Just some notes, not a message.\n');
  writeFileSync(
    join(dir, 'image.html'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  );
  writeFileSync(join(dir, 'doc.pdf'), '%PDF-1.7');
  mkdirSync(join(dir, 'emptydir'));
});

describe('mailgist CLI', () => {
  it('prints exactly Summary v1 as one JSON object for one file', () => {
    const r = run(join(dir, 'digest.eml'), '--format', 'json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out) as unknown;
    const summary = StrictSummary.parse(parsed);
    expect(summary.schemaVersion).toBe(1);
    expect(summary.sender).toEqual({
      name: 'Labor Digest',
      address: 'digest@labordigest.example.org',
    });
  }, 60_000);

  it('prints one JSON object per line with a file field for several files', () => {
    const r = run(
      '--format=json',
      join(dir, 'digest.eml'),
      join(dir, 'essay.html'),
      join(dir, 'printed.txt'),
    );
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(3);
    const files = lines.map((l) => {
      const { file, ...rest } = JSON.parse(l) as { file: string };
      StrictSummary.parse(rest);
      return file;
    });
    expect(files).toEqual([
      join(dir, 'digest.eml'),
      join(dir, 'essay.html'),
      join(dir, 'printed.txt'),
    ]);
  }, 60_000);

  it('prints a Markdown brief by default', () => {
    const r = run(join(dir, 'essay.html'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# \S/);
    expect(r.out).toContain('Why Buses Beat Gadgets');
  }, 60_000);

  it('reports each bad file on one stderr line, exits non-zero, and still prints the good ones', () => {
    const r = run(
      '--format',
      'json',
      join(dir, 'empty.eml'),
      join(dir, 'digest.eml'),
      join(dir, 'notes.eml'),
      join(dir, 'image.html'),
      join(dir, 'doc.pdf'),
      join(dir, 'missing.eml'),
    );
    expect(r.code).not.toBe(0);
    const errors = r.err.trim().split('\n');
    expect(errors).toHaveLength(5);
    // A path that does not exist is reported while expanding the arguments, before any file runs.
    expect(errors[0]).toMatch(/missing\.eml: no such file or directory$/);
    expect(errors[1]).toMatch(/empty\.eml: empty file$/);
    expect(errors[2]).toMatch(/notes\.eml: not an email message/);
    expect(errors[3]).toMatch(/image\.html: binary file/);
    expect(errors[4]).toMatch(/doc\.pdf: unsupported file type/);
    const out = r.out.trim().split('\n');
    expect(out).toHaveLength(1);
    expect((JSON.parse(out[0]!) as { file: string }).file).toBe(join(dir, 'digest.eml'));
  }, 60_000);

  it('expands a directory to its email files and rejects an empty one', () => {
    const r = run('--format', 'json', dir);
    const ok = r.out
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { file: string }).file);
    expect(ok).toEqual([
      join(dir, 'digest.eml'),
      join(dir, 'essay.html'),
      join(dir, 'printed.txt'),
    ]);
    expect(r.code).toBe(1);
    const e = run(join(dir, 'emptydir'));
    expect(e.code).toBe(1);
    expect(e.err).toMatch(/emptydir: no \.eml, \.html or \.txt files/);
  }, 60_000);

  it('rejects bad usage with exit code 2', () => {
    const none = run();
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/^usage: mailgist/);
    const bad = run('--format', 'xml', 'a.eml');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--format must be json or markdown/);
  }, 60_000);

  it('reports an unreadable file', () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const p = join(dir, 'locked.eml');
    writeFileSync(p, 'From: a@example.org\n\nbody');
    chmodSync(p, 0);
    const r = run(p);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/locked\.eml: permission denied/);
  }, 60_000);
});
