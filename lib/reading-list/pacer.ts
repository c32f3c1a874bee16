// Long work in the panel (an import of tens of thousands of rows) runs on the page's one thread:
// it must hand the thread back often enough that a click is answered within 100 ms. The pacer
// says when a slice of work has used its time, and pauses (a macrotask, so input and rendering
// run) before the next slice; a cancel is noticed at each pause.

export interface Pacer {
  /** Whether the current slice has used its time. */
  due(): boolean;
  /** Yields to the browser, then throws WorkCancelled if the work was cancelled meanwhile. */
  pause(): Promise<void>;
}

export class WorkCancelled extends Error {
  constructor() {
    super('Cancelled');
  }
}

export interface PacerOptions {
  /** Longest slice of work between pauses (ms). */
  budgetMs?: number;
  signal?: AbortSignal;
  clock?: () => number;
  yieldNow?: () => Promise<void>;
}

/** scheduler.yield() where the browser has it (continues ahead of other tasks), else a timer. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createPacer(options: PacerOptions = {}): Pacer {
  const budget = options.budgetMs ?? 12;
  const clock = options.clock ?? (() => performance.now());
  const yieldNow = options.yieldNow ?? yieldToBrowser;
  let sliceStart = clock();
  return {
    due: () => clock() - sliceStart >= budget,
    async pause() {
      await yieldNow();
      if (options.signal?.aborted) throw new WorkCancelled();
      sliceStart = clock();
    },
  };
}

/** A pacer that never pauses: the same code run all at once (tests, the CLI, small files). */
export const NO_PAUSE: Pacer = { due: () => false, pause: () => Promise.resolve() };
