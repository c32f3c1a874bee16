import { z } from 'zod/mini';
import { ARCHIVE_FORMATS } from './archive-output';

// The messages between the archive command and its worker threads, parsed on both sides.

export const WorkerSetupSchema = z.object({
  format: z.enum(ARCHIVE_FORMATS),
  /** When the run started: the reading-list entries' savedAt. */
  savedAt: z.string(),
});
export type WorkerSetup = z.infer<typeof WorkerSetupSchema>;

export const TaskSchema = z.object({
  seq: z.number(),
  raw: z.instanceof(Uint8Array),
  archive: z.string(),
  position: z.number(),
  messageId: z.nullable(z.string()),
  file: z.nullable(z.string()),
});
export type Task = z.infer<typeof TaskSchema>;

/** A worker thread's CPU time (µs): once it had loaded the parser, and as it sent this result. */
const WorkerCpu = { readyCpuUs: z.number(), threadCpuUs: z.number() };

export const WorkerResultSchema = z.union([
  z.object({ seq: z.number(), ok: z.literal(true), text: z.string(), ...WorkerCpu }),
  z.object({ seq: z.number(), ok: z.literal(false), error: z.string(), ...WorkerCpu }),
]);
export type WorkerResult = z.infer<typeof WorkerResultSchema>;

/** What becomes of one message: its rendered output, or a one-line error. */
export type Result =
  { seq: number; ok: true; text: string } | { seq: number; ok: false; error: string };
