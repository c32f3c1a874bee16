import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { RunCpu } from '../cli/archive';
import { workerEntry } from '../cli/worker-bundle';
import { mboxEntry } from '../tests/archive/generated-mail';
import { NewsletterMaker, storyBodies } from './bench-archive-mail';
import { projectRoot } from './bench-inputs';

// The archive row of `npm run bench`: an mbox of generated 30–100 KB newsletters, run through the
// real archive command in a child process with its output thrown away, at --jobs 1 and --jobs 2
// in turn, several rounds (the machine may be shared: best and median are both reported, with
// the load average). Next to wall-clock throughput, each thread's CPU time says where the time
// went (main thread: reading, ordering, writing; workers: parsing and summarising; the rest: V8's
// background compiler and GC, libuv) and gives the speed-up the run would have with the cores
// to itself. Each round also runs two `--jobs 1` processes at once, one on each half of the
// archive: nothing shared, so their speed-up is what the machine gives any parallel run at that
// moment (other programs on its cores take their share), the yardstick for the pool's own. Peak
// memory (max RSS, all threads) is compared between an archive and one 8× its size: streaming
// keeps it flat.
//   npx tsx scripts/bench-archive.ts [COUNT] [--rounds N]     the archive section alone
//   child: node --import tsx scripts/bench-archive.ts --child FILE JOBS

export interface ArchiveRun {
  /** When the run began (ms since the epoch), to time runs side by side. */
  startMs: number;
  wallMs: number;
  /** All threads' CPU time during the run. */
  cpuMs: number;
  maxRssKb: number;
  threads: RunCpu;
}

/** Writes newsletters from…from + count - 1 as an mbox; returns each message's size. */
export async function writeNewsletterMbox(
  path: string,
  count: number,
  maker: NewsletterMaker,
  from = 0,
): Promise<number[]> {
  const out = createWriteStream(path);
  const sizes: number[] = [];
  for (let i = from; i < from + count; i++) {
    const mail = maker.mail(i);
    sizes.push(Buffer.byteLength(mail.raw));
    if (!out.write(mboxEntry(mail, i))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return sizes;
}

/** Runs the archive command on `file` in a child process and returns what it measured. */
export async function runArchive(file: string, jobs: number): Promise<ArchiveRun> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', file, String(jobs)],
    { cwd: projectRoot, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const [code] = (await once(child, 'close')) as [number | null];
  const last = err.trim().split('\n').pop() ?? '';
  if (code !== 0 || !last.startsWith('{')) {
    throw new Error(`archive run failed (exit ${code}): ${err.trim().split('\n')[0] ?? ''}`);
  }
  return JSON.parse(last) as ArchiveRun;
}

async function child(file: string, jobs: string): Promise<void> {
  const { archiveCommand } = await import('../cli/archive');
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let threads: RunCpu | null = null;
  const code = await archiveCommand([file, '--jobs', jobs], (c) => (threads = c));
  const cpu = process.cpuUsage(cpu0);
  const wallMs = performance.now() - t0;
  if (code !== 0 || threads === null) {
    process.exitCode = 1;
    return;
  }
  const run: ArchiveRun = {
    startMs: performance.timeOrigin + t0,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssKb: process.resourceUsage().maxRSS,
    threads,
  };
  process.stderr.write(`${JSON.stringify(run)}\n`);
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * The shortest wall time the run could have had on `cores` free cores, from its CPU time: no
 * shorter than its busiest worker thread, nor than all its CPU time spread over the cores.
 */
export function freeCoresMs(r: ArchiveRun, cores: number): number {
  return Math.max(r.threads.busiestWorkerCpuMs, r.cpuMs / cores);
}

/** Runs side by side as one: from the first start to the last end, their CPU and memory summed. */
export function together(runs: readonly ArchiveRun[]): ArchiveRun {
  const startMs = Math.min(...runs.map((r) => r.startMs));
  const sum = (f: (r: ArchiveRun) => number) => runs.reduce((n, r) => n + f(r), 0);
  return {
    startMs,
    wallMs: Math.max(...runs.map((r) => r.startMs + r.wallMs)) - startMs,
    cpuMs: sum((r) => r.cpuMs),
    maxRssKb: sum((r) => r.maxRssKb),
    threads: {
      workers: sum((r) => r.threads.workers),
      messages: sum((r) => r.threads.messages),
      startCpuMs: sum((r) => r.threads.startCpuMs),
      workerCpuMs: sum((r) => r.threads.workerCpuMs),
      busiestWorkerCpuMs: Math.max(...runs.map((r) => r.threads.busiestWorkerCpuMs)),
      mainCpuMs: sum((r) => r.threads.mainCpuMs),
    },
  };
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/** The bench's archive section; `count` newsletters (at least 2,000 for the row to count). */
export async function archiveBench(
  count: number,
  rounds = 3,
): Promise<{ ratio: number; estimate: number; memory: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'mailgist-bench-archive-'));
  try {
    const bodies = await storyBodies();
    const maker = new NewsletterMaker(bodies);
    const base = join(dir, 'newsletters.mbox');
    const small = join(dir, 'newsletters-eighth.mbox');
    const sizes = await writeNewsletterMbox(base, count, maker);
    // The same messages in two files, for the two side-by-side `--jobs 1` processes.
    const half = Math.ceil(count / 2);
    const halves = [join(dir, 'newsletters-1.mbox'), join(dir, 'newsletters-2.mbox')];
    await writeNewsletterMbox(halves[0]!, half, maker);
    await writeNewsletterMbox(halves[1]!, count - half, maker, half);
    const smallCount = Math.max(1, Math.round(count / 8));
    await writeNewsletterMbox(small, smallCount, maker);
    await workerEntry(); // the workers' bundle is built before any clock starts
    const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
    const kb = (b: number) => `${Math.round(b / 1024)} KB`;
    const sorted = [...sizes].sort((a, b) => a - b);
    console.log(
      `\nArchive: ${count.toLocaleString('en')} generated newsletters of ${kb(sorted[0]!)}–${kb(sorted.at(-1)!)} (median ${kb(median(sizes))}; ${mb(statSync(base).size)} mbox), stories from ${bodies.length} samples and fixtures; ${availableParallelism()} cores, load average ${load()}`,
    );
    console.log(
      '  run         msgs/s   wall s   CPU s   cores   CPU ms/msg: main  workers  other   worker start ms   peak RSS   load',
    );
    const row = (label: string, r: ArchiveRun, n: number) => {
      const t = r.threads;
      const other = r.cpuMs - t.mainCpuMs - t.workerCpuMs;
      console.log(
        `  ${label.padEnd(10)} ${((n * 1000) / r.wallMs).toFixed(1).padStart(7)} ${(r.wallMs / 1000).toFixed(1).padStart(8)} ${(r.cpuMs / 1000).toFixed(1).padStart(7)} ${(r.cpuMs / r.wallMs).toFixed(2).padStart(7)} ${(t.mainCpuMs / n).toFixed(2).padStart(17)} ${((t.workerCpuMs - t.startCpuMs) / n).toFixed(2).padStart(8)} ${(other / n).toFixed(2).padStart(6)} ${(t.startCpuMs / t.workers).toFixed(0).padStart(17)} ${mb(r.maxRssKb * 1024).padStart(10)}   ${loadavg()[0]!.toFixed(1)}`,
      );
    };
    const runs: Record<1 | 2, ArchiveRun[]> = { 1: [], 2: [] };
    const pairs: ArchiveRun[] = [];
    // Interleaved, so a change in the machine's load falls on all alike.
    for (let k = 1; k <= rounds; k++) {
      for (const jobs of [1, 2] as const) {
        const r = await runArchive(base, jobs);
        runs[jobs].push(r);
        row(`--jobs ${jobs}`, r, count);
      }
      const pair = together(await Promise.all(halves.map((h) => runArchive(h, 1))));
      pairs.push(pair);
      row('2 × -j 1', pair, count);
    }
    const eighth = await runArchive(small, 2);
    row(`1/8, -j 2`, eighth, smallCount);

    const rate = (r: ArchiveRun) => (count * 1000) / r.wallMs;
    const best = (j: 1 | 2) => Math.max(...runs[j].map(rate));
    const mid = (j: 1 | 2) => median(runs[j].map(rate));
    const ratio = best(2) / best(1);
    const medianRatio = mid(2) / mid(1);
    const pairBest = Math.max(...pairs.map(rate)) / best(1);
    const pairMedian = median(pairs.map(rate)) / mid(1);
    // On free cores --jobs 1 takes as long as its worker thread, --jobs 2 at least half of all
    // the CPU: what the compiler, GC and main threads add on top of the worker caps the speed-up.
    const ceiling = median(runs[1].map((r) => (2 * r.threads.workerCpuMs) / r.cpuMs));
    const estimates = runs[1].map((one, i) => freeCoresMs(one, 2) / freeCoresMs(runs[2][i]!, 2));
    const estimate = median(estimates);
    console.log(
      `  msgs/s, best of ${rounds} · median: --jobs 1 ${best(1).toFixed(1)} · ${mid(1).toFixed(1)}; --jobs 2 ${best(2).toFixed(1)} · ${mid(2).toFixed(1)}`,
    );
    console.log(
      `  --jobs 2 ÷ --jobs 1: ${ratio.toFixed(2)}× best, ${medianRatio.toFixed(2)}× median (target ≥ 1.7× on 2 free cores: ${ratio >= 1.7 ? 'met' : 'NOT met'}); load average now ${load()}`,
    );
    console.log(
      `  two --jobs 1 processes, one per half, at once (nothing shared: what the machine gave parallel work meanwhile): ${pairBest.toFixed(2)}× best, ${pairMedian.toFixed(2)}× median over --jobs 1; --jobs 2 made ${(mid(2) / median(pairs.map(rate))).toFixed(2)} of their speed (median)`,
    );
    console.log(
      `  the same from CPU time, as on 2 free cores (busiest worker thread, or all CPU ÷ 2): ${estimate.toFixed(2)}× (median of ${rounds} pairs); ceiling from --jobs 1's own CPU (2 × worker ÷ all threads): ${ceiling.toFixed(2)}×`,
    );
    const whole = median(runs[2].map((r) => r.maxRssKb));
    const memory = whole / eighth.maxRssKb;
    console.log(
      `  peak memory, ${count.toLocaleString('en')} messages ÷ ${smallCount.toLocaleString('en')} (8× the archive): ${memory.toFixed(2)} (target ≤ 1.20: ${memory <= 1.2 ? 'met' : 'NOT met'})`,
    );
    return { ratio, estimate, memory };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    const [file, jobs] = args.slice(1);
    if (!file || !jobs) {
      process.stderr.write('usage: bench-archive --child FILE JOBS\n');
      process.exitCode = 2;
    } else await child(file, jobs);
  } else {
    const roundsAt = args.indexOf('--rounds');
    const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) || 3 : 3;
    const count = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--rounds'));
    await archiveBench(count > 0 ? count : 2000, rounds);
  }
}
