import { Worker } from 'node:worker_threads';
import { ResultSchema, type Result, type Task, type WorkerSetup } from './archive-protocol';
import { describe } from './describe-error';

// A fixed set of worker threads that summarise messages. Each worker holds at most two tasks
// (one running, one waiting, so it never idles between messages); the rest wait here. A worker
// that dies (out of memory on a hostile message, say) fails only the tasks it held and is
// replaced.

const PER_WORKER = 2;
/** A worker's own heap cap: one pathological message cannot take the whole machine's memory. */
const WORKER_HEAP_MB = 1024;
const MAX_FAILED_STARTS = 3;

interface Slot {
  worker: Worker;
  held: Map<number, (r: Result) => void>;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: { task: Task; done: (r: Result) => void }[] = [];
  private closing = false;
  /** Workers that died before finishing a single message: a broken start, not a bad message. */
  private deadOnArrival = 0;
  private broken: string | null = null;

  constructor(
    private readonly size: number,
    private readonly setup: WorkerSetup,
  ) {}

  run(task: Task): Promise<Result> {
    if (this.broken) return Promise.resolve({ seq: task.seq, ok: false, error: this.broken });
    // Started on the first message, so a run that keeps nothing never loads the parser.
    while (this.slots.length < this.size) this.slots.push(this.spawn());
    return new Promise((done) => {
      this.waiting.push({ task, done });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./archive-worker.mjs', import.meta.url), {
      workerData: this.setup,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    const slot: Slot = { worker, held: new Map() };
    let finished = 0;
    worker.on('message', (message: unknown) => {
      finished++;
      const result = ResultSchema.parse(message);
      const done = slot.held.get(result.seq);
      slot.held.delete(result.seq);
      done?.(result);
      this.pump();
    });
    let lost = false;
    const replace = (why: string) => {
      if (lost || this.closing) return;
      lost = true;
      for (const [seq, done] of slot.held) done({ seq, ok: false, error: why });
      slot.held.clear();
      if (finished === 0 && ++this.deadOnArrival > MAX_FAILED_STARTS) {
        // The workers cannot start at all: fail what is left instead of respawning forever.
        this.broken = why;
        for (const { task, done } of this.waiting.splice(0)) {
          done({ seq: task.seq, ok: false, error: why });
        }
        this.slots.splice(this.slots.indexOf(slot), 1);
        return;
      }
      this.slots[this.slots.indexOf(slot)] = this.spawn();
      this.pump();
    };
    worker.on('error', (e) => replace(`the worker summarising it stopped: ${describe(e)}`));
    worker.on('exit', (code) => replace(`the worker summarising it exited (code ${code})`));
    return slot;
  }

  private pump(): void {
    while (this.waiting.length > 0) {
      let best: Slot | null = null;
      for (const s of this.slots) if (!best || s.held.size < best.held.size) best = s;
      if (!best || best.held.size >= PER_WORKER) return;
      const { task, done } = this.waiting.shift()!;
      best.held.set(task.seq, done);
      best.worker.postMessage(task, [task.raw.buffer as ArrayBuffer]);
    }
  }
}
