import { DEFAULT_LIST, ReadingListEntrySchema, type ReadingListEntry } from '../reading-list/entry';
import { articleFromSummary } from '../panel/article-from-summary';
import type { Summary } from '../schema';

// A brief from an archive as a reading-list entry, exactly as the panel's Save button would store
// it (same article key, excerpt and quotes), so importing a backlog and saving the same email
// later land on one entry. The message's Message-ID stands in for the webmail's message key.

export interface EntryContext {
  messageId: string | null;
  newId: () => string;
  /** ISO date-time of the run: when these entries were saved. */
  savedAt: string;
}

export function entryFromArchive(summary: Summary, ctx: EntryContext): ReadingListEntry {
  const article = articleFromSummary(summary, {
    key: ctx.messageId ? `message-id:${ctx.messageId}` : null,
    url: null,
  });
  return ReadingListEntrySchema.parse({
    ...article,
    id: ctx.newId(),
    lists: [DEFAULT_LIST],
    tags: [],
    read: false,
    savedAt: ctx.savedAt,
    updatedAt: ctx.savedAt,
  });
}
