import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerResultSchema, type Task } from '../../cli/archive-protocol';
import { TSX_WORKER, tsxEsbuild, workerEntry } from '../../cli/worker-bundle';
import { generateMail } from './generated-mail';

// The archive workers' JavaScript bundle: built on first use, reused while its inputs are
// unchanged, rebuilt when one changes, and the TypeScript-loader worker when it cannot be built.
// Whichever file a worker runs, it summarises a message the same way.

const cache = mkdtempSync(join(tmpdir(), 'mailgist-bundle-'));
let builds = 0;
const counting = () => {
  const real = tsxEsbuild();
  return { ...real, build: ((o) => (builds++, real.build(o))) as typeof real.build };
};

/** The result one worker running `entry` gives for generated newsletter 0. */
async function summariseWith(entry: URL) {
  const mail = generateMail(0, 'substack');
  const worker = new Worker(entry, { workerData: { format: 'json', savedAt: '2026-01-01' } });
  try {
    const task: Task = {
      seq: 7,
      raw: new TextEncoder().encode(mail.raw),
      archive: 'a.mbox',
      position: 1,
      messageId: null,
      file: null,
    };
    worker.postMessage(task);
    const [message] = (await once(worker, 'message')) as [unknown];
    const result = WorkerResultSchema.parse(message);
    expect(result.threadCpuUs).toBeGreaterThanOrEqual(result.readyCpuUs);
    if (!result.ok) throw new Error(result.error);
    return { seq: result.seq, headline: JSON.parse(result.text).headline as string };
  } finally {
    await worker.terminate();
  }
}

afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('archive worker bundle', () => {
  it('is built once, reused while fresh, and summarises like the TypeScript worker', async () => {
    const first = await workerEntry({ cacheDir: cache, loadEsbuild: counting });
    expect(first.protocol).toBe('file:');
    expect(first.pathname.startsWith(cache)).toBe(true);
    expect(await workerEntry({ cacheDir: cache, loadEsbuild: counting })).toEqual(first);
    expect(builds).toBe(1);
    const viaBundle = await summariseWith(first);
    expect(viaBundle).toEqual({ seq: 7, headline: generateMail(0, 'substack').subject });
    expect(await summariseWith(TSX_WORKER)).toEqual(viaBundle);
  }, 120_000);

  it('is rebuilt when an input it was built from has changed', async () => {
    const manifestPath = join(cache, 'archive-worker.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      inputs: Record<string, [number, number]>;
    };
    const input = Object.keys(manifest.inputs).find((p) => p.startsWith('lib/'))!;
    manifest.inputs[input]![0] += 1; // as if the file had been edited since
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const before = builds;
    const entry = await workerEntry({ cacheDir: cache, loadEsbuild: counting });
    expect(builds).toBe(before + 1);
    expect(readdirSync(cache).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(await summariseWith(entry)).toMatchObject({ seq: 7 });
  }, 120_000);

  it('is rebuilt when it was built before its build files were watched', async () => {
    const manifestPath = join(cache, 'archive-worker.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      inputs: Record<string, [number, number]>;
    };
    expect(Object.keys(manifest.inputs)).toContain('cli/lazy-event-target.ts');
    delete manifest.inputs['cli/lazy-event-target.ts']; // as an older build's manifest
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const before = builds;
    await workerEntry({ cacheDir: cache, loadEsbuild: counting });
    expect(builds).toBe(before + 1);
  }, 120_000);

  it('falls back to the TypeScript-loader worker when esbuild cannot be had', async () => {
    const entry = await workerEntry({
      cacheDir: join(cache, 'none'),
      loadEsbuild: () => {
        throw new Error('Cannot find module esbuild');
      },
    });
    expect(entry).toEqual(TSX_WORKER);
  });
});
