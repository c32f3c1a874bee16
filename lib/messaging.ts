import * as z from 'zod/mini';
import { EmailSnapshotSchema, ProviderSchema } from './email/snapshot';
import { GetPageStateSchema, PAGE_STATE_CHANGED } from './webmail/page-request';

// The one typed message map between the content script and the side panel. Every message is
// validated with zod on receipt; anything that does not parse is ignored. The request the content
// script validates lives in webmail/page-request.ts (zod/mini) so the content script never
// bundles the EmailSnapshot schema and full zod (~80 kB).

/** What the content script sees on its page. */
export const PageStateSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('message'),
    /** Stable key of the open message (provider + message id), to notice a switch. */
    key: z.string(),
    snapshot: EmailSnapshotSchema,
    /**
     * Only the visible part of a message the webmail clipped: the panel asks (get-page-state) for
     * the whole, which the content script reads only then.
     */
    partial: z.optional(z.literal(true)),
  }),
  z.object({ status: z.literal('no-message'), provider: ProviderSchema }),
  z.object({ status: z.literal('unsupported') }),
]);
export type PageState = z.infer<typeof PageStateSchema>;

export {
  GET_PAGE_STATE,
  GetPageStateSchema,
  PAGE_STATE_CHANGED,
  SnapshotModeSchema,
  type SnapshotMode,
} from './webmail/page-request';

export const MessageSchema = z.discriminatedUnion('type', [
  GetPageStateSchema,
  /** content script → extension pages (runtime.sendMessage) when the open message changes. */
  z.object({ type: z.literal(PAGE_STATE_CHANGED), state: PageStateSchema }),
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
