import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSyncScheduler, startsSync } from '../../../lib/reading-list/sync/scheduler';
import type { SyncOutcome } from '../../../lib/reading-list/sync/engine';
import { nextWriteAt } from '../../../lib/reading-list/sync/write-budget';

const done = (retryAt: number | null = null): SyncOutcome => ({
  status: 'done',
  wrote: retryAt === null,
  retryAt,
  changes: { added: 0, updated: 0, removed: 0 },
});

describe('when the background worker syncs', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const timers = {
    now: () => Date.now(),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
  };

  it('starts on the list, the switch and the mirror, not on its own bookkeeping', () => {
    expect(startsSync('local', ['readingList.index'])).toBe(true);
    expect(startsSync('local', ['readingList'])).toBe(true); // a v2 list, before its first write
    // A part is written before the index; the index write that follows starts the pass.
    expect(startsSync('local', ['readingList.part.7'])).toBe(false);
    expect(startsSync('local', ['syncReadingList'])).toBe(true);
    expect(startsSync('sync', ['rl1.07'])).toBe(true);
    expect(startsSync('local', ['readingListSync'])).toBe(false);
    expect(startsSync('sync', ['settings'])).toBe(false);
    expect(startsSync('session', ['readingList'])).toBe(false);
  });

  it('coalesces a burst of changes into one pass, and runs again for a change during a pass', async () => {
    let release: () => void = () => {};
    const run = vi.fn(
      () =>
        new Promise<SyncOutcome>((resolve) => {
          release = () => resolve(done());
        }),
    );
    const scheduler = createSyncScheduler(run, timers, 400);
    for (let i = 0; i < 10; i++) scheduler.poke();
    await vi.advanceTimersByTimeAsync(400);
    expect(run).toHaveBeenCalledTimes(1);
    scheduler.poke(); // arrives while the pass runs
    release();
    await vi.advanceTimersByTimeAsync(400);
    expect(run).toHaveBeenCalledTimes(2);
    release();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('retries a held-back write when the caps have room again', async () => {
    const outcomes = [done(Date.now() + 30_000), done()];
    const run = vi.fn(async () => outcomes.shift()!);
    const scheduler = createSyncScheduler(run, timers, 400);
    scheduler.poke();
    await vi.advanceTimersByTimeAsync(400);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(run).toHaveBeenCalledTimes(2);
  });
});

describe('write caps', () => {
  it('allow a write until a window is full, then name when it has room', () => {
    const now = 10_000_000;
    const caps = { writesPerMinute: 3, writesPerHour: 5 };
    expect(nextWriteAt([now - 1_000, now - 2_000], now, caps)).toBe(now);
    expect(nextWriteAt([now - 1_000, now - 2_000, now - 3_000], now, caps)).toBe(
      now - 3_000 + 60_001,
    );
    const hour = [
      now - 3_500_000,
      now - 3_000_000,
      now - 2_000_000,
      now - 1_000_000,
      now - 100_000,
    ];
    expect(nextWriteAt(hour, now, caps)).toBe(now - 3_500_000 + 3_600_001);
  });
});
