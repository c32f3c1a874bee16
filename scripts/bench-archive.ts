import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { projectRoot } from './bench-inputs';
import { generateMail, mboxEntry, NEWSLETTER_PLATFORMS } from '../tests/archive/generated-mail';

// The archive row of `npm run bench`: an mbox of generated newsletters (several platforms'
// shapes), run through the real archive command in a child process, with its output thrown away.
// Throughput is messages per wall-clock second at --jobs 1 and --jobs 2 (their ratio is the
// parallel speed-up); the CPU time per message and the cores used (CPU ÷ wall) say how much of
// a ratio below 2 is the machine being shared rather than the code. Peak memory (max RSS, all
// threads) is compared between that archive and one 8× its size: streaming keeps it flat.
//   child: node --import tsx scripts/bench-archive.ts FILE JOBS

export interface ArchiveRun {
  wallMs: number;
  cpuMs: number;
  maxRssKb: number;
}

/** Writes `count` generated newsletters as an mbox, a message at a time. */
export async function writeNewsletterMbox(path: string, count: number): Promise<number> {
  const out = createWriteStream(path);
  for (let i = 0; i < count; i++) {
    const mail = generateMail(i, NEWSLETTER_PLATFORMS[i % NEWSLETTER_PLATFORMS.length]!);
    if (!out.write(mboxEntry(mail, i))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return statSync(path).size;
}

/** Runs the archive command on `file` in a child process and returns what it measured. */
export async function runArchive(file: string, jobs: number): Promise<ArchiveRun> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), file, String(jobs)],
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
  const code = await archiveCommand([file, '--jobs', jobs]);
  const cpu = process.cpuUsage(cpu0);
  const wallMs = performance.now() - t0;
  if (code !== 0) {
    process.exitCode = 1;
    return;
  }
  const run: ArchiveRun = {
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssKb: process.resourceUsage().maxRSS,
  };
  process.stderr.write(`${JSON.stringify(run)}\n`);
}

/** The bench's archive section; `count` newsletters (at least 2,000 for the row to count). */
export async function archiveBench(count: number): Promise<{ ratio: number; memory: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'mailgist-bench-archive-'));
  try {
    const base = join(dir, 'newsletters.mbox');
    const big = join(dir, 'newsletters-8x.mbox');
    const baseBytes = await writeNewsletterMbox(base, count);
    const bigBytes = await writeNewsletterMbox(big, count * 8);
    const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
    console.log(
      `\nArchive: ${count.toLocaleString('en')} generated newsletters (${mb(baseBytes)} mbox, ${NEWSLETTER_PLATFORMS.length} platform shapes); load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
    );
    console.log('  run                 msgs/s   CPU ms/msg   cores used   peak RSS');
    const row = (label: string, r: ArchiveRun, n: number) =>
      console.log(
        `  ${label.padEnd(18)} ${((n * 1000) / r.wallMs).toFixed(1).padStart(7)} ${(r.cpuMs / n).toFixed(1).padStart(12)} ${(r.cpuMs / r.wallMs).toFixed(2).padStart(12)} ${mb(r.maxRssKb * 1024).padStart(10)}`,
      );
    const one = await runArchive(base, 1);
    row('--jobs 1', one, count);
    const two = await runArchive(base, 2);
    row('--jobs 2', two, count);
    const eight = await runArchive(big, 2);
    row(`--jobs 2, 8× (${mb(bigBytes)})`, eight, count * 8);
    const ratio = one.wallMs / two.wallMs;
    const memory = eight.maxRssKb / two.maxRssKb;
    console.log(
      `  --jobs 2 ÷ --jobs 1: ${ratio.toFixed(2)}× messages/s (target ≥ 1.7× on 2 free cores: ${ratio >= 1.7 ? 'met' : 'NOT met'})`,
    );
    console.log(
      `  peak memory 8× ÷ 1×: ${memory.toFixed(2)} (target ≤ 1.20: ${memory <= 1.2 ? 'met' : 'NOT met'})`,
    );
    return { ratio, memory };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, jobs] = process.argv.slice(2);
  if (!file || !jobs) {
    process.stderr.write('usage: bench-archive FILE JOBS\n');
    process.exitCode = 2;
  } else await child(file, jobs);
}
