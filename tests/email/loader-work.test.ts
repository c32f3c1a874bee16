import { describe, expect, it } from 'vitest';
import { BENIGN, HOSTILE, loadMs } from '../../scripts/bench-hostile-files';

// The loaders' own work is linear (issue 14, S3): a file built to hurt a pattern (a run of unclosed
// <title> tags, a head of unclosed <meta> tags, a wrapper full of "<") costs about what a benign
// file of the same size costs, and doubling it about doubles the cost. CPU time of this process,
// best of a few runs, with a generous factor: a quadratic scan is 4× per doubling and hundreds of
// times a benign file at these sizes; a loaded machine is not.

const KB = 1024;
const SIZE = 160 * KB;

describe('loader work is linear in the input (S3)', () => {
  for (const [label, { name, make }] of Object.entries(HOSTILE)) {
    it(`${label}: about a benign file's cost, and doubling about doubles it`, async () => {
      const benign = BENIGN[name]!;
      await loadMs(name, benign(SIZE), 1); // warm up
      const base = await loadMs(name, benign(SIZE));
      const half = await loadMs(name, make(SIZE / 2));
      const full = await loadMs(name, make(SIZE));
      const slack = 25;
      expect(
        full,
        `${full.toFixed(1)} ms on ${SIZE / KB} KB, a benign file ${base.toFixed(1)} ms`,
      ).toBeLessThanOrEqual(10 * base + slack);
      expect(
        full,
        `${full.toFixed(1)} ms on ${SIZE / KB} KB, ${half.toFixed(1)} ms on half of it`,
      ).toBeLessThanOrEqual(2.5 * half + slack);
    }, 60_000);
  }
});
