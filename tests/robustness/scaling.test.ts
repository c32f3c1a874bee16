import { describe, expect, it } from 'vitest';
import type { EmailSnapshot } from '../../lib/email/snapshot';
import { summarise } from '../../lib/extract';
import { parseHtmlNode } from '../../lib/node-dom';
import { ADVERSARIAL } from '../../scripts/adversarial-inputs';

// No regular expression may backtrack super-linearly (issue 14, S2): doubling an adversarial
// input costs about what doubling any input costs. A quadratic rule makes the doubled input cost
// 4×, and much more than a benign input of the same size; a linear one about 2× and about the
// same. Measured as the fastest of a few runs (the least disturbed by a busy shared machine),
// with generous bounds, and measured again before failing.

const N = 20_000;
const RUNS = 3;

function fastest(snapshot: EmailSnapshot): number {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    summarise(snapshot, { parseHtml: parseHtmlNode });
    best = Math.min(best, performance.now() - t);
  }
  // Below a few milliseconds the clock's grain is the measure: count it as that floor.
  return Math.max(best, 5);
}

function ratios(build: (n: number) => EmailSnapshot, benign: (n: number) => EmailSnapshot) {
  const small = fastest(build(N));
  const big = fastest(build(2 * N));
  return { doubling: big / small, vsBenign: big / fastest(benign(2 * N)) };
}

describe('adversarial inputs scale like benign ones', () => {
  for (const fam of ADVERSARIAL) {
    it(fam.name, { timeout: 120_000 }, () => {
      summarise(fam.build(200), { parseHtml: parseHtmlNode }); // warm up the code paths
      let r = ratios(fam.build, fam.benign);
      if (r.doubling > 3 || r.vsBenign > 10) r = ratios(fam.build, fam.benign);
      expect(r.doubling, `doubling the input cost ${r.doubling.toFixed(2)}×`).toBeLessThanOrEqual(
        3,
      );
      expect(
        r.vsBenign,
        `${r.vsBenign.toFixed(2)}× a benign input of the same size`,
      ).toBeLessThanOrEqual(10);
    });
  }
});
