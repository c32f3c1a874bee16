import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { loadEmailFile } from '../lib/email/load-file';
import { summarise } from '../lib/extract';
import { parseHtmlNode } from '../lib/node-dom';
import { projectRoot, textToHtml } from './bench-inputs';

// Memory of one summarise() run (and of Readability on the same email, for scale), measured in a
// child process started with --expose-gc so the heap can be settled before and after; the bench
// process itself has too much else on its heap to give a clean number.
//   node --expose-gc --import tsx scripts/bench-memory.ts FILE

export interface MemoryResult {
  /** Peak heap growth while the run was live (sampled right after it, before any GC). */
  peakHeapBytes: number;
  /** What stayed on the heap after a full GC, with the result still referenced. */
  retainedBytes: number;
}

/** Runs this file in a child process and returns its measurements. */
export function measureMemory(file: string): Record<'summarise' | 'readability', MemoryResult> {
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), file],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !last.startsWith('{')) {
    throw new Error(`memory run failed: ${(run.stderr || run.stdout).trim().split('\n')[0]}`);
  }
  return JSON.parse(last) as Record<'summarise' | 'readability', MemoryResult>;
}

function measure(run: () => unknown): MemoryResult {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const result = run();
  const peak = process.memoryUsage().heapUsed - before;
  gc();
  gc();
  const retained = process.memoryUsage().heapUsed - before;
  if (result === undefined) throw new Error('no result');
  return { peakHeapBytes: Math.max(0, peak), retainedBytes: Math.max(0, retained) };
}

async function child(file: string): Promise<void> {
  const snapshot = await loadEmailFile(file, readFileSync(file));
  const html = snapshot.html?.trim() ? snapshot.html : textToHtml(snapshot.text ?? '');
  // One unmeasured run each so module-level caches (segmenters, compiled patterns) are not counted.
  summarise(snapshot, { parseHtml: parseHtmlNode });
  new Readability(parseHtmlNode(html)).parse();
  const ours = measure(() => summarise(snapshot, { parseHtml: parseHtmlNode }));
  const theirs = measure(() => new Readability(parseHtmlNode(html)).parse() ?? null);
  process.stdout.write(`${JSON.stringify({ summarise: ours, readability: theirs })}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: bench-memory FILE\n');
    process.exitCode = 2;
  } else await child(file);
}
