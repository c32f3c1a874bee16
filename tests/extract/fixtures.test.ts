import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEmailFile } from '../../lib/email/load-file';
import { summarise } from '../../lib/extract';
import { parseHtmlNode } from '../../lib/node-dom';
import type { Summary } from '../../lib/schema';

// Every case under tests/fixtures/<case>/ has a source.{eml,html,txt} and an expected.json that
// lists only the fields it asserts. Strings compare exactly; for arrays of objects, each expected
// entry must appear (matching every key it lists), in order — except quotes, which come best
// first and so are matched in any order; `quotesExact`/`actionsExact` make the
// count exact too.

const root = join(import.meta.dirname, '..', 'fixtures');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'webmail')
  .map((d) => d.name)
  .filter((name) => {
    const files = readdirSync(join(root, name));
    return files.some((f) => f.startsWith('source.')) && files.includes('expected.json');
  });

type Expected = Partial<Record<keyof Summary, unknown>> & {
  quotesExact?: boolean;
  actionsExact?: boolean;
  itemsExact?: boolean;
  sectionsExact?: boolean;
};

function subsetInOrder(actual: unknown[], expected: unknown[], anyOrder = false): void {
  let from = 0;
  for (const want of expected) {
    const idx = actual.findIndex(
      (got, i) => (anyOrder || i >= from) && matchesPartially(got, want),
    );
    expect(
      idx,
      `expected entry not found (in order): ${JSON.stringify(want)}\nin ${JSON.stringify(actual, null, 1)}`,
    ).toBeGreaterThanOrEqual(0);
    from = idx + 1;
  }
}

function matchesPartially(got: unknown, want: unknown): boolean {
  if (want && typeof want === 'object' && !Array.isArray(want)) {
    if (!got || typeof got !== 'object') return false;
    return Object.entries(want).every(([k, v]) =>
      matchesPartially((got as Record<string, unknown>)[k], v),
    );
  }
  return JSON.stringify(got) === JSON.stringify(want);
}

describe('fixtures', () => {
  for (const name of cases) {
    it(name, async () => {
      const dir = join(root, name);
      const source = readdirSync(dir).find((f) => f.startsWith('source.'))!;
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
      const snapshot = await loadEmailFile(source, readFileSync(join(dir, source)));
      const summary = summarise(snapshot, { parseHtml: parseHtmlNode });
      for (const [key, want] of Object.entries(expected)) {
        if (key.endsWith('Exact')) continue;
        const got = summary[key as keyof Summary];
        if (Array.isArray(want) && want.some((w) => w && typeof w === 'object')) {
          subsetInOrder(got as unknown[], want, key === 'quotes');
          const exactKey = `${key}Exact` as keyof Expected;
          if (expected[exactKey])
            expect((got as unknown[]).length, `${key} count`).toBe(want.length);
        } else {
          expect(got, key).toEqual(want);
        }
      }
    });
  }
  it('has cases', () => {
    expect(existsSync(root)).toBe(true);
  });
});
