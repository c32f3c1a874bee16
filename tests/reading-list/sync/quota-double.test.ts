import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { QuotaSyncArea } from './quota-sync-area';

// The double must refuse exactly what the browser refuses, or the suites' "nothing was refused"
// would prove nothing.
describe('quota-enforcing storage.sync double', () => {
  let t = 0;
  let area: QuotaSyncArea;
  beforeEach(() => {
    fakeBrowser.reset();
    t = Date.parse('2026-03-10T09:00:00Z');
    area = new QuotaSyncArea({ now: () => t });
  });

  const refusedWith = async (p: Promise<unknown>) =>
    p.then(
      () => null,
      (err: Error) => err.message,
    );

  it('refuses an item over 8,192 bytes counted as key plus JSON value, in UTF-8', async () => {
    const d = area.device('A');
    // "k" + JSON of a string of n chars is 1 + n + 2 bytes.
    expect(await refusedWith(d.set({ k: 'x'.repeat(8_189) }))).toBeNull();
    expect(await refusedWith(d.set({ k: 'x'.repeat(8_190) }))).toBe(
      'QUOTA_BYTES_PER_ITEM quota exceeded',
    );
    expect(await refusedWith(d.set({ k: 'é'.repeat(4_095) }))).toBe(
      'QUOTA_BYTES_PER_ITEM quota exceeded',
    );
    expect(area.refused).toHaveLength(2);
    expect((await d.get())['k']).toBe('x'.repeat(8_189));
  });

  it('refuses more than 102,400 bytes in all and more than 512 items', async () => {
    const d = area.device('A');
    const item = 'x'.repeat(8_000);
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}`, item]));
    expect(await refusedWith(d.set(many))).toBeNull();
    expect(await refusedWith(d.set({ k99: item }))).toBe('QUOTA_BYTES quota exceeded');
    fakeBrowser.reset();
    const d2 = new QuotaSyncArea({ now: () => t }).device('B');
    const small = Object.fromEntries(Array.from({ length: 513 }, (_, i) => [`s${i}`, 1]));
    expect(await refusedWith(d2.set(small))).toBe('MAX_ITEMS quota exceeded');
    expect(await d2.get()).toEqual({});
  });

  it('refuses the 121st write in a minute and the 1,801st in an hour', async () => {
    const d = area.device('A');
    for (let i = 0; i < 120; i++) expect(await refusedWith(d.set({ k: i }))).toBeNull();
    expect(await refusedWith(d.set({ k: 'over' }))).toBe(
      'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded',
    );
    t += 60_001;
    expect(await refusedWith(d.set({ k: 'ok again' }))).toBeNull();
    for (let i = 0; i < 1_679; i++) {
      t += 2_000;
      expect(await refusedWith(d.set({ k: i }))).toBeNull();
    }
    t += 2_000;
    expect(await refusedWith(d.set({ k: 'over' }))).toBe(
      'MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded',
    );
  });
});
