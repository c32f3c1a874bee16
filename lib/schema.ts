import { z } from 'zod/mini';

// Summary v1: the one contract between the parser, the side panel, storage and the CLI
// (`--format json` prints exactly this object). See DESIGN.md. zod/mini keeps the side panel
// bundle small; the schema is the same.

/**
 * Upper bounds on what a brief holds (issue 14, W1), set well above any real newsletter (a long
 * headline is ~150 characters, a digest ~40 stories, a link-heavy email ~300 links) so they only
 * ever cut hostile or broken mail. Strings are in UTF-16 code units; lists in entries. Applied
 * at extraction (lib/extract/summary/bounds.ts), not as zod checks: those cost the side panel
 * 2 KB gzipped for a guarantee the extractor already gives.
 */
export const SUMMARY_LIMITS = {
  headline: 300,
  dek: 600,
  name: 200, // an author, a speaker, the publication, the sender's name
  address: 320, // the sender's address (RFC 5321: 254 in practice)
  language: 35,
  authors: 10,
  summary: 5,
  sentence: 1_000, // a summary sentence, a section or story blurb
  sections: 60,
  title: 300, // a section or story title
  quotes: 50,
  quote: 1_500,
  actions: 40,
  label: 200, // an action's label, a link's text
  url: 4_096, // longer addresses are dropped, never cut (a cut URL points elsewhere)
  items: 100,
  links: 500,
} as const;

export const ACTION_KINDS = [
  'donate',
  'petition',
  'event',
  'subscribe',
  'share',
  'volunteer',
  'contact',
  'purchase',
  'read-more',
  'sponsor',
  'other',
] as const;
export const ActionKindSchema = z.enum(ACTION_KINDS);
export type ActionKind = z.infer<typeof ActionKindSchema>;

const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));

export const QuoteSchema = z.object({
  text: z.string().check(z.minLength(1)),
  speaker: z.nullable(z.string()),
  score: z.number(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const ActionSchema = z.object({
  label: z.string().check(z.minLength(1)),
  kind: ActionKindSchema,
  url: z.nullable(z.string()),
  date: z.nullable(IsoDate),
  /** Starting time of day ("HH:MM", 24-hour) when the email gives one; kept for the calendar file. */
  time: z.optional(z.nullable(z.string().check(z.regex(/^\d{2}:\d{2}$/, 'expected HH:MM')))),
  /** The ask's whole wording when `label` was shortened (ends in "…"); the panel can show it. */
  text: z.optional(z.nullable(z.string())),
});
export type Action = z.infer<typeof ActionSchema>;

export const SectionSchema = z.object({
  title: z.string().check(z.minLength(1)),
  summary: z.nullable(z.string()),
});
export type Section = z.infer<typeof SectionSchema>;

export const DigestItemSchema = z.object({
  title: z.string().check(z.minLength(1)),
  url: z.nullable(z.string()),
  blurb: z.nullable(z.string()),
  /**
   * The host to show for the story: its destination's, or — behind an opaque click-tracker — the
   * domain printed beside the title ("(github.com)"). Optional: older stored briefs lack it.
   */
  host: z.optional(z.string()),
});
export type DigestItem = z.infer<typeof DigestItemSchema>;

export const LinkSchema = z.object({
  text: z.string(),
  url: z.string(),
  host: z.string(),
});
export type Link = z.infer<typeof LinkSchema>;

export const MESSAGE_KINDS = ['newsletter', 'personal'] as const;
export const MessageKindSchema = z.enum(MESSAGE_KINDS);
export type MessageKind = z.infer<typeof MessageKindSchema>;

export const SummarySchema = z.object({
  schemaVersion: z.literal(1),
  headline: z.string(),
  dek: z.nullable(z.string()),
  authors: z.array(z.string()),
  publication: z.nullable(z.string()),
  sender: z.object({ name: z.nullable(z.string()), address: z.nullable(z.string()) }),
  date: z.nullable(IsoDate),
  language: z.nullable(z.string()),
  readingMinutes: z.int().check(z.nonnegative()),
  summary: z.array(z.string()),
  sections: z.array(SectionSchema),
  quotes: z.array(QuoteSchema),
  actions: z.array(ActionSchema),
  items: z.array(DigestItemSchema),
  isDigest: z.boolean(),
  links: z.array(LinkSchema),
  /**
   * The email's own web version (its "view online" link, or the headline's link to the article):
   * where a saved article points. Never an ask or an advert. Optional: older briefs lack it.
   */
  webUrl: z.optional(z.nullable(z.string())),
  /**
   * A newsletter (list mail, or marketing markup and furniture) or a personal, one-to-one message,
   * which gets a plain gist. Optional: older briefs lack it (read as a newsletter).
   */
  messageKind: z.optional(MessageKindSchema),
});
export type Summary = z.infer<typeof SummarySchema>;
