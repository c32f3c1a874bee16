// Timing helpers for the benchmark. The contenders are run in turn inside each round (not one
// after the other in blocks), so a burst of load from another process slows them alike and the
// ratios stay meaningful on a shared machine; the median of the rounds drops the outliers.

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Runs `round` `warmup` times unmeasured, then `rounds` times, and returns, per named timing the
 * round reports, the median in milliseconds.
 */
export function medianTimings<K extends string>(
  round: () => Record<K, number>,
  rounds: number,
  warmup: number,
): Record<K, number> {
  for (let i = 0; i < warmup; i++) round();
  const samples = new Map<K, number[]>();
  for (let i = 0; i < rounds; i++) {
    for (const [k, v] of Object.entries(round()) as [K, number][]) {
      const list = samples.get(k) ?? [];
      list.push(v);
      samples.set(k, list);
    }
  }
  const out = {} as Record<K, number>;
  for (const [k, list] of samples) out[k] = median(list);
  return out;
}

export type Clock = 'cpu' | 'wall';
let clock: Clock = 'cpu';

/**
 * CPU time by default: on a shared machine the wall clock mostly measures how long the process
 * waited for a core (a 1 ms parse can read 20 ms), while the CPU time this process spent (all its
 * threads, so GC counts) stays put. `--wall` switches to the wall clock for a quiet machine.
 */
export function useClock(c: Clock): void {
  clock = c;
}

/** Milliseconds taken by `fn`, on the chosen clock. */
export function timed(fn: () => unknown): number {
  if (clock === 'wall') {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  }
  const before = process.cpuUsage();
  fn();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}
