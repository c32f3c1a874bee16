import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Runs the real harness on a one-file corpus written here, and on a folder with no labels.
const root = join(import.meta.dirname, '..', '..');
const run = (...args: string[]) =>
  spawnSync(
    join(root, 'node_modules', '.bin', 'tsx'),
    [join(root, 'scripts', 'eval.ts'), ...args],
    {
      encoding: 'utf8',
      cwd: root,
      timeout: 60_000,
    },
  );

describe('npm run eval', () => {
  it('scores a labelled folder and prints the numbers as JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mailgist-eval-'));
    mkdirSync(join(dir, 'raw'));
    copyFileSync(
      join(root, 'tests/fixtures/campaign-email/source.eml'),
      join(dir, 'raw', 'campaign.eml'),
    );
    const label = {
      file: 'campaign.eml',
      headline: 'Keep the Eastside clinic open',
      dek: null,
      authors: [],
      publication: null,
      sender: null,
      date: '2026-06-02',
      isDigest: false,
      quotesComplete: true,
      quotes: [],
      ctas: [{ label: 'Sign the petition', kind: 'petition', url: null, date: null }],
      items: [],
      notes: '',
    };
    writeFileSync(
      join(dir, 'labels.json'),
      JSON.stringify([label, { ...label, file: 'missing.eml' }]),
    );
    const r = run(dir, '--json', '--verbose');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      files: number;
      errors: { file: string; error: string }[];
      fields: Record<string, { score: number | null; hit: number; n: number }>;
    };
    expect(out.files).toBe(2);
    expect(out.errors).toEqual([{ file: 'missing.eml', error: 'file not found' }]);
    // The missing file counts as a miss on every field it is scored on.
    expect(out.fields.headline).toEqual({ score: 50, hit: 1, n: 2 });
    expect(out.fields.date?.n).toBe(2);
    expect(out.fields['action recall']?.n).toBe(2);
  }, 60_000);

  it('says so and exits 0 where there is no corpus', () => {
    const r = run(join(tmpdir(), 'no-such-corpus-here'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/no labelled corpus at .*no-such-corpus-here/);
  }, 60_000);
});
