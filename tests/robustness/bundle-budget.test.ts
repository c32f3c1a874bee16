import { describe, expect, it } from 'vitest';
import {
  BUDGETS_GZIP,
  buildAndMeasure,
  formatKb,
  type EntrySize,
} from '../../scripts/bundle-sizes';

// Bundle-size budgets from a real production build (into a temporary folder, never .output). A
// size, not a time: the same on any machine. One build serves every assertion.

describe('bundle budgets', () => {
  let sizes: EntrySize[] = [];
  const entry = (name: EntrySize['entry']): EntrySize => {
    const found = sizes.find((s) => s.entry === name);
    if (!found) throw new Error(`no ${name} in the build`);
    return found;
  };

  it('builds the extension', () => {
    sizes = buildAndMeasure();
    for (const s of sizes) expect(s.files.length, `${s.entry} has files`).toBeGreaterThan(0);
  }, 240_000);

  it(`every content script ≤ ${formatKb(BUDGETS_GZIP['content script'])} gzipped`, () => {
    const scripts = sizes.filter((s) => s.entry === 'content script');
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) {
      expect(s.gzip, `${s.files.join(', ')}: ${formatKb(s.gzip)}`).toBeLessThanOrEqual(
        BUDGETS_GZIP['content script'],
      );
    }
  });

  it(`side panel ≤ ${formatKb(BUDGETS_GZIP['side panel'])} gzipped`, () => {
    const s = entry('side panel');
    // The page and its script, at least: a build that lost its script must not pass as small.
    expect(
      s.files.some((f) => f.endsWith('.js')),
      s.files.join(', '),
    ).toBe(true);
    expect(s.gzip, `${s.files.join(', ')}: ${formatKb(s.gzip)}`).toBeLessThanOrEqual(
      BUDGETS_GZIP['side panel'],
    );
  });
});
