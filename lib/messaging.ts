import { z } from 'zod';
import { EmailSnapshotSchema, ProviderSchema } from './email/snapshot';

// The one typed message map between the content script and the side panel. Every message is
// validated with zod on receipt; anything that does not parse is ignored.

/** What the content script sees on its page. */
export const PageStateSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('message'),
    /** Stable key of the open message (provider + message id), to notice a switch. */
    key: z.string(),
    snapshot: EmailSnapshotSchema,
  }),
  z.object({ status: z.literal('no-message'), provider: ProviderSchema }),
  z.object({ status: z.literal('unsupported') }),
]);
export type PageState = z.infer<typeof PageStateSchema>;

/** What the panel may ask for: the open message, or the user's selection / the whole page. */
export const SnapshotModeSchema = z.enum(['auto', 'selection', 'page']);
export type SnapshotMode = z.infer<typeof SnapshotModeSchema>;

export const MessageSchema = z.discriminatedUnion('type', [
  /** panel → content script (tabs.sendMessage); answered with a PageState. */
  z.object({ type: z.literal('mailgist:get-page-state'), mode: SnapshotModeSchema }),
  /** content script → extension pages (runtime.sendMessage) when the open message changes. */
  z.object({ type: z.literal('mailgist:page-state-changed'), state: PageStateSchema }),
]);
export type Message = z.infer<typeof MessageSchema>;

export function parseMessage(raw: unknown): Message | null {
  const r = MessageSchema.safeParse(raw);
  return r.success ? r.data : null;
}

export function parsePageState(raw: unknown): PageState | null {
  const r = PageStateSchema.safeParse(raw);
  return r.success ? r.data : null;
}
