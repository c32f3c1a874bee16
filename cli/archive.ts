import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import type { ArchiveMessage } from '../lib/email/archive-message';
import { parseSince, wantsMessage, type ArchiveFilter } from '../lib/archive/filter';
import {
  ARCHIVE_FORMATS,
  READING_LIST_IMPORT_LIMIT,
  archiveFooter,
  archiveHeader,
  bareMessageId,
  runFooter,
  runHeader,
  separator,
  type ArchiveFormat,
  type RunTotals,
} from './archive-output';
import { WorkerPool, type PoolCpu } from './archive-pool';
import type { Result } from './archive-protocol';
import { archiveKind, NotRegularFileError, openArchive, type ArchiveKind } from './archive-sources';
import { describe, printable } from './describe-error';
import { createProgress } from './progress';
import { threadCpuUs } from './thread-cpu';

// `mailgist ARCHIVE…`: every message of mbox files (plain or .gz) and Maildir folders, streamed,
// summarised on worker threads, printed in archive order. main.ts hands over here when an input
// is an archive; single emails stay with main.ts.

export const ARCHIVE_USAGE =
  'mailgist <archive.mbox[.gz]|maildir/>... [--format json|markdown|reading-list] [--jobs N] [--newsletters-only] [--since YYYY-MM-DD]';

interface ArchiveArgs {
  format: ArchiveFormat | null;
  jobs: number;
  filter: ArchiveFilter;
  inputs: string[];
  /** An option that only archives take was given. */
  archiveOnly: string | null;
}

type Parsed = { ok: true; args: ArchiveArgs } | { ok: false; error: string } | null;

/** Archive options; null when argv has something only main.ts knows (--help, an unknown flag). */
function parseArgs(argv: readonly string[]): Parsed {
  const args: ArchiveArgs = {
    format: null,
    jobs: availableParallelism(),
    filter: { newslettersOnly: false, since: null },
    inputs: [],
    archiveOnly: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = () => (eq > 0 ? a.slice(eq + 1) : argv[++i]);
    if (name === '--format' || name === '-f') {
      const v = value();
      if (!ARCHIVE_FORMATS.includes(v as ArchiveFormat)) return null; // main.ts explains
      args.format = v as ArchiveFormat;
      if (v === 'reading-list') args.archiveOnly ??= '--format reading-list';
    } else if (name === '--jobs' || name === '-j') {
      const v = value() ?? '';
      if (!/^\d{1,3}$/.test(v) || Number(v) < 1) {
        return { ok: false, error: '--jobs takes a whole number of worker threads, 1 or more' };
      }
      args.jobs = Number(v);
      args.archiveOnly ??= '--jobs';
    } else if (name === '--newsletters-only') {
      args.filter.newslettersOnly = true;
      args.archiveOnly ??= '--newsletters-only';
    } else if (name === '--since') {
      const v = value() ?? '';
      const since = parseSince(v);
      if (!since)
        return { ok: false, error: `--since takes a date (YYYY-MM-DD), not ${printable(v)}` };
      args.filter.since = since;
      args.archiveOnly ??= '--since';
    } else if (a === '--') {
      args.inputs.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') return null;
    else args.inputs.push(a);
  }
  return { ok: true, args };
}

/** Where a run's CPU time went: the main thread (reading, ordering, writing) and the workers. */
export interface RunCpu extends PoolCpu {
  mainCpuMs: number;
}

/**
 * Runs the archive command when an input is an mbox or a Maildir and returns the exit code;
 * returns null to let main.ts handle the arguments (single emails, --help, usage errors).
 * `onCpu` (the bench's) is told the run's CPU time at its end.
 */
export async function archiveCommand(
  argv: readonly string[],
  onCpu?: (cpu: RunCpu) => void,
): Promise<number | null> {
  const parsed = parseArgs(argv);
  if (parsed === null) return null;
  if (!parsed.ok) {
    process.stderr.write(`mailgist: ${parsed.error}\nusage: ${ARCHIVE_USAGE}\n`);
    return 2;
  }
  const { args } = parsed;
  const kinds: (ArchiveKind | null)[] = [];
  const problems = new Map<string, unknown>();
  for (const input of args.inputs) {
    try {
      kinds.push(await archiveKind(input));
    } catch (e) {
      kinds.push(null);
      problems.set(input, e);
    }
  }
  // A special file named like an archive is an archive input that is refused here, never read.
  const refused = (p: string) => problems.get(p) instanceof NotRegularFileError;
  if (!kinds.some(Boolean) && !args.inputs.some(refused)) {
    if (args.archiveOnly === null || args.inputs.length === 0) return null;
    process.stderr.write(
      `mailgist: ${args.archiveOnly} applies to mbox and Maildir archives only\nusage: ${ARCHIVE_USAGE}\n`,
    );
    return 2;
  }
  const single = args.inputs.find((p, i) => kinds[i] === null && !problems.has(p));
  if (single !== undefined) {
    process.stderr.write(
      `mailgist: ${printable(single)}: not an mbox or Maildir archive; summarise single emails in a separate run\n`,
    );
    return 2;
  }
  return runArchives(args, kinds, problems, onCpu);
}

interface Pending {
  message: ArchiveMessage;
  result: Promise<Result> | Result | null;
}

async function write(out: Writable, text: string): Promise<void> {
  if (text && !out.write(text)) await once(out, 'drain');
}

async function runArchives(
  args: ArchiveArgs,
  kinds: readonly (ArchiveKind | null)[],
  problems: ReadonlyMap<string, unknown>,
  onCpu?: (cpu: RunCpu) => void,
): Promise<number> {
  const mainCpu0 = threadCpuUs();
  const format = args.format ?? 'json';
  const startedAt = new Date().toISOString();
  const out = process.stdout;
  let charsWritten = 0;
  const emit = (text: string) => {
    charsWritten += text.length;
    return write(out, text);
  };
  const progress = createProgress(process.stderr);
  const pool = new WorkerPool(args.jobs, { format, savedAt: startedAt });
  // Messages read but not yet printed: this bounds memory (each holds one raw message at most).
  const window = args.jobs * 4;
  const wants = wantsMessage(args.filter);
  let failed = 0;
  let written = 0;
  let seq = 0;
  try {
    await emit(runHeader(format, startedAt));
    for (let i = 0; i < args.inputs.length; i++) {
      const archive = args.inputs[i]!;
      const kind = kinds[i];
      const label = printable(archive);
      if (!kind) {
        progress.line(`mailgist: ${label}: ${describe(problems.get(archive))}`);
        failed++;
        continue;
      }
      const totals: RunTotals = { messages: 0, briefs: 0, skipped: 0, failed: 0 };
      const queue: Pending[] = [];
      let fraction: () => number | null = () => null;

      const print = async (p: Pending): Promise<void> => {
        const r = await p.result;
        const m = p.message;
        if (r === null) totals.skipped++;
        else if (r.ok) {
          await emit(separator(format, written === 0) + r.text);
          written++;
          totals.briefs++;
        } else {
          const id = m.head?.messageId ? `, ${printable(m.head.messageId).slice(0, 200)}` : '';
          progress.line(
            `mailgist: ${label}: message ${m.position} (${printable(m.where)}${id}): ${r.error}`,
          );
          totals.failed++;
        }
        progress.update(label, totals.briefs + totals.skipped + totals.failed, fraction());
      };

      await emit(archiveHeader(format, archive));
      try {
        const input = await openArchive(archive, kind, { wants });
        fraction = input.fraction;
        for await (const message of input.messages) {
          totals.messages++;
          queue.push({ message, result: taskFor(message, archive, kind, pool, ++seq) });
          while (queue.length >= window) await print(queue.shift()!);
        }
      } catch (e) {
        progress.line(`mailgist: ${label}: ${describe(e)}`);
        failed++;
      }
      while (queue.length > 0) await print(queue.shift()!);
      failed += totals.failed;
      await emit(archiveFooter(format, totals));
    }
    await emit(runFooter(format, written > 0));
    if (format === 'reading-list' && charsWritten > READING_LIST_IMPORT_LIMIT) {
      progress.line(
        `mailgist: warning: this reading list is ${Math.ceil(charsWritten / 1024 / 1024)} MB and the extension imports files up to ${READING_LIST_IMPORT_LIMIT / 1024 / 1024} MB: split the archive with --since`,
      );
    }
  } finally {
    progress.clear();
    const mainCpuMs = (threadCpuUs() - mainCpu0) / 1000;
    await pool.close();
    onCpu?.({ ...pool.cpuUsed(), mainCpuMs });
  }
  return failed > 0 ? 1 : 0;
}

/** What becomes of one message: a worker's result, an error of its own, or null when skipped. */
function taskFor(
  m: ArchiveMessage,
  archive: string,
  kind: ArchiveKind,
  pool: WorkerPool,
  seq: number,
): Promise<Result> | Result | null {
  if (m.problem !== null) return { seq, ok: false, error: m.problem };
  if (m.raw === null) return null;
  // A fresh copy the worker can own: Buffer.concat may hand out a slice of a shared pool.
  const raw = new Uint8Array(m.raw.length);
  raw.set(m.raw);
  return pool.run({
    seq,
    raw,
    archive,
    position: m.position,
    messageId: bareMessageId(m.head?.messageId ?? null),
    file: kind.kind === 'maildir' ? m.where : null,
  });
}
