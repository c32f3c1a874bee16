import { Worker } from 'node:worker_threads';
import { WorkerResultSchema, type Result, type Task, type WorkerSetup } from './archive-protocol';
import { describe } from './describe-error';
import { workerEntry } from './worker-bundle';

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
  /** The thread's CPU time (µs) once started, and as of its last result. */
  readyCpuUs: number;
  cpuUs: number;
}

/** Where the workers' CPU time went, for the bench: starting (loading the parser), and in all. */
export interface PoolCpu {
  workers: number;
  messages: number;
  startCpuMs: number;
  workerCpuMs: number;
  /** The busiest worker thread's: with a core each, no run is faster than this. */
  busiestWorkerCpuMs: number;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: { task: Task; done: (r: Result) => void }[] = [];
  private closing = false;
  /** Workers that died before finishing a single message: a broken start, not a bad message. */
  private deadOnArrival = 0;
  private broken: string | null = null;
  /** The file the workers run, found (or built) when the first message comes. */
  private entry: URL | null = null;
  private starting: Promise<void> | null = null;
  private readonly cpu: PoolCpu = {
    workers: 0,
    messages: 0,
    startCpuMs: 0,
    workerCpuMs: 0,
    busiestWorkerCpuMs: 0,
  };

  constructor(
    private readonly size: number,
    private readonly setup: WorkerSetup,
  ) {}

  run(task: Task): Promise<Result> {
    if (this.broken) return Promise.resolve({ seq: task.seq, ok: false, error: this.broken });
    // Started on the first message, so a run that keeps nothing never loads the parser.
    this.starting ??= workerEntry().then((entry) => {
      this.entry = entry;
      if (this.closing) return;
      while (this.slots.length < this.size) this.slots.push(this.spawn());
      this.pump();
    });
    return new Promise((done) => {
      this.waiting.push({ task, done });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.starting;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  /** CPU time of the workers so far (those replaced included). */
  cpuUsed(): PoolCpu {
    const sum = (f: (s: Slot) => number) => this.slots.reduce((n, s) => n + f(s) / 1000, 0);
    return {
      ...this.cpu,
      startCpuMs: this.cpu.startCpuMs + sum((s) => s.readyCpuUs),
      workerCpuMs: this.cpu.workerCpuMs + sum((s) => s.cpuUs),
      busiestWorkerCpuMs: Math.max(0, ...this.slots.map((s) => s.cpuUs / 1000)),
    };
  }

  private spawn(): Slot {
    const worker = new Worker(this.entry!, {
      workerData: this.setup,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    const slot: Slot = { worker, held: new Map(), readyCpuUs: 0, cpuUs: 0 };
    this.cpu.workers++;
    let finished = 0;
    worker.on('message', (message: unknown) => {
      finished++;
      const result = WorkerResultSchema.parse(message);
      slot.readyCpuUs = result.readyCpuUs;
      slot.cpuUs = result.threadCpuUs;
      this.cpu.messages++;
      const done = slot.held.get(result.seq);
      slot.held.delete(result.seq);
      done?.(result);
      this.pump();
    });
    let lost = false;
    const replace = (why: string) => {
      if (lost || this.closing) return;
      lost = true;
      this.cpu.startCpuMs += slot.readyCpuUs / 1000;
      this.cpu.workerCpuMs += slot.cpuUs / 1000;
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
