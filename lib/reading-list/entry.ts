import * as z from 'zod/mini';

// One saved article. Stored as plain JSON in storage.local and parsed with this schema on every
// read, so a hand-edited or half-written entry is noticed instead of crashing the panel. zod/mini
// keeps the side panel bundle small.

export const SavedQuoteSchema = z.object({
  text: z.string().check(z.minLength(1)),
  speaker: z.nullable(z.string()),
});
export type SavedQuote = z.infer<typeof SavedQuoteSchema>;

/** The fields a user edits in MailGist; each carries its own edit time. */
export const EDITABLE_FIELDS = ['title', 'read'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export const EditTimesSchema = z.object({
  title: z.optional(z.string()),
  read: z.optional(z.string()),
});
export type EditTimes = z.infer<typeof EditTimesSchema>;

export const ReadingListEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** Identity used to merge duplicates: the canonical article URL, else the email's key. */
  key: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  /** The article on the web, where the email links to it. */
  url: z.nullable(z.string()),
  /** Back to the email in webmail. */
  emailUrl: z.nullable(z.string()),
  publication: z.nullable(z.string()),
  authors: z.array(z.string()),
  sender: z.nullable(z.string()),
  /** YYYY-MM-DD of the article, when known. */
  date: z.nullable(z.string()),
  excerpt: z.nullable(z.string()),
  quotes: z.array(SavedQuoteSchema),
  lists: z.array(z.string().check(z.minLength(1))),
  tags: z.array(z.string().check(z.minLength(1))),
  read: z.boolean(),
  /** ISO 8601 date-times. */
  savedAt: z.string(),
  updatedAt: z.string(),
  /**
   * When the user last set each field they can edit (ISO 8601), so a merge keeps the newer of the
   * two. Absent in files from other tools and from MailGist before schema v2: unknown, older.
   */
  editedAt: z.optional(EditTimesSchema),
  /** Known here only from another device's sync: the list shows it, the full brief is elsewhere. */
  syncedOnly: z.optional(z.boolean()),
});
export type ReadingListEntry = z.infer<typeof ReadingListEntrySchema>;

export const DEFAULT_LIST = 'Read later';

/** A stored value that did not parse: kept verbatim and shown to the user, never dropped. */
export interface InvalidEntry {
  index: number;
  raw: unknown;
  problem: string;
}
