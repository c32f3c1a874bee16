import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { SyncRecordSchema } from './record';

// This device's sync bookkeeping in storage.local, beside the list: the ledger (every article as
// this device last agreed on it with the mirror, deletions included: the base for telling local
// edits from remote ones), the times of its recent storage.sync writes (the browser's rate limits
// outlive the service worker), and the last report for the options page. Parsed on read; a damaged
// value starts a fresh ledger, which can only add and update, never delete.

export const SyncReportSchema = z.object({
  /** Live articles in the mirror. */
  mirrored: z.int(),
  /** Live articles that stay on this device only (over the quota). */
  localOnly: z.int(),
  /** Mirror size in bytes (key + JSON value). */
  bytes: z.int(),
  /** Shards that were damaged or from a newer version, and other things the user should know. */
  problems: z.array(z.string()),
  /** A write held back by the rate limits runs at this time (ms since the epoch). */
  waitingUntil: z.nullable(z.number()),
  /** The browser refused the last write (its message). */
  lastError: z.nullable(z.string()),
});
export type SyncReport = z.infer<typeof SyncReportSchema>;

export const SyncStateSchema = z.object({
  v: z.literal(1),
  ledger: z.array(SyncRecordSchema),
  writes: z.array(z.number()),
  report: SyncReportSchema,
});
export type SyncState = z.infer<typeof SyncStateSchema>;

export const EMPTY_REPORT: SyncReport = {
  mirrored: 0,
  localOnly: 0,
  bytes: 0,
  problems: [],
  waitingUntil: null,
  lastError: null,
};

export function parseSyncState(raw: unknown): { state: SyncState; problem: string | null } {
  if (raw === null || raw === undefined) {
    return { state: { v: 1, ledger: [], writes: [], report: EMPTY_REPORT }, problem: null };
  }
  const parsed = SyncStateSchema.safeParse(raw);
  if (parsed.success) return { state: parsed.data, problem: null };
  return {
    state: { v: 1, ledger: [], writes: [], report: EMPTY_REPORT },
    problem: 'This device’s sync records were damaged and were rebuilt from the list.',
  };
}

export const SYNC_STATE_KEY = 'local:readingListSync' as const;
export const SYNC_ENABLED_KEY = 'local:syncReadingList' as const;

export function defineSyncStateItem(key: `local:${string}` = SYNC_STATE_KEY) {
  return storage.defineItem<unknown>(key, { fallback: null });
}

/** Off by default, and per device: each browser's own list joins the mirror only when asked. */
export function defineSyncEnabledItem(key: `local:${string}` = SYNC_ENABLED_KEY) {
  return storage.defineItem<boolean>(key, { fallback: false });
}

export const syncStateItem = defineSyncStateItem();
export const syncEnabledItem = defineSyncEnabledItem();

export type SyncStateItem = ReturnType<typeof defineSyncStateItem>;
export type SyncEnabledItem = ReturnType<typeof defineSyncEnabledItem>;
