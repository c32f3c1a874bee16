import { parentPort, workerData } from 'node:worker_threads';
import { loadEml } from '../lib/email/eml';
import { summarise } from '../lib/extract';
import { parseHtmlNode } from '../lib/node-dom';
import { stripControlCharsDeep } from '../lib/control-chars';
import { quietDependencies } from './quiet-dependencies';
import { renderMessage } from './archive-output';
import { TaskSchema, WorkerSetupSchema, type Result, type WorkerResult } from './archive-protocol';
import { describe } from './describe-error';
import { threadCpuUs } from './thread-cpu';

// One worker thread of `mailgist ARCHIVE`: raw message in, its rendered output (or a one-line
// error) out, with the thread's CPU time for the bench. Run as the bundle worker-bundle.ts builds,
// or through archive-worker.mjs (the TypeScript loader) when there is none.

quietDependencies(); // a worker's console writes to the command's stderr
const setup = WorkerSetupSchema.parse(workerData);
const port = parentPort!;

const readyCpuUs = threadCpuUs();

port.on('message', async (message: unknown) => {
  const task = TaskSchema.parse(message);
  let result: Result;
  try {
    const snapshot = await loadEml(
      Buffer.from(task.raw.buffer, task.raw.byteOffset, task.raw.length),
    );
    // Output is text, never terminal commands: the same strip as a single email's brief.
    const summary = stripControlCharsDeep(summarise(snapshot, { parseHtml: parseHtmlNode }));
    const text = renderMessage(summary, task, setup.format, setup.savedAt);
    result = { seq: task.seq, ok: true, text };
  } catch (e) {
    result = { seq: task.seq, ok: false, error: describe(e) };
  }
  const reply: WorkerResult = { ...result, readyCpuUs, threadCpuUs: threadCpuUs() };
  port.postMessage(reply);
});
