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

export const ResultSchema = z.union([
  z.object({ seq: z.number(), ok: z.literal(true), text: z.string() }),
  z.object({ seq: z.number(), ok: z.literal(false), error: z.string() }),
]);
export type Result = z.infer<typeof ResultSchema>;
