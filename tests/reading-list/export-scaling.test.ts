import { describe, expect, it } from 'vitest';
import { buildExport, EXPORT_CHOICES, type ExportKind } from '../../lib/panel/exports';
import { entry } from './helpers';

// Every export is linear in the list's length: doubling the list about doubles the work. (The
// bookmarks export once copied a folder's array at each entry: 25,000 entries took 19 s.) Timed
// as the fastest of a few runs, with a generous bound, measured again before failing, as the
// parser's scaling test is.

const N = 8_000;
const RUNS = 3;
// One list, as most people keep: a folder holds every entry.
const list = (n: number) => Array.from({ length: n }, (_, i) => entry(i, { tags: [`t${i % 5}`] }));
const when = new Date('2026-05-01T00:00:00Z');

function fastest(kind: ExportKind, n: number): number {
  const entries = list(n);
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    buildExport(kind, entries, when);
    best = Math.min(best, performance.now() - t);
  }
  return Math.max(best, 5); // below a few milliseconds the clock's grain is the measure
}

describe('exports scale linearly with the list', () => {
  for (const { kind } of EXPORT_CHOICES) {
    it(kind, { timeout: 120_000 }, () => {
      buildExport(kind, list(100), when); // warm up
      const doubling = () => fastest(kind, 2 * N) / fastest(kind, N);
      let r = doubling();
      if (r > 3) r = doubling();
      expect(r, `doubling the list cost ${r.toFixed(2)}×`).toBeLessThanOrEqual(3);
    });
  }
});
