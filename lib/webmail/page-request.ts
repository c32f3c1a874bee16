import * as z from 'zod/mini';

// The panel's request to a webmail page, on its own so the content script can validate it without
// bundling the EmailSnapshot schema (full zod). lib/messaging.ts re-exports these as part of the
// one message map.

/** What the panel may ask for: the open message, or the user's selection / the whole page. */
export const SnapshotModeSchema = z.enum(['auto', 'selection', 'page']);
export type SnapshotMode = z.infer<typeof SnapshotModeSchema>;

export const GET_PAGE_STATE = 'mailgist:get-page-state';
export const PAGE_STATE_CHANGED = 'mailgist:page-state-changed';

/** panel → content script (tabs.sendMessage); answered with a PageState. */
export const GetPageStateSchema = z.object({
  type: z.literal(GET_PAGE_STATE),
  mode: SnapshotModeSchema,
});
export type GetPageState = z.infer<typeof GetPageStateSchema>;
