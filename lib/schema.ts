import { z } from 'zod';

// Summary v1: the one contract between the parser, the side panel, storage and the CLI
// (`--format json` prints exactly this object). See DESIGN.md.

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

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const QuoteSchema = z.object({
  text: z.string().min(1),
  speaker: z.string().nullable(),
  score: z.number(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const ActionSchema = z.object({
  label: z.string().min(1),
  kind: ActionKindSchema,
  url: z.string().nullable(),
  date: IsoDate.nullable(),
});
export type Action = z.infer<typeof ActionSchema>;

export const SectionSchema = z.object({
  title: z.string().min(1),
  summary: z.string().nullable(),
});
export type Section = z.infer<typeof SectionSchema>;

export const DigestItemSchema = z.object({
  title: z.string().min(1),
  url: z.string().nullable(),
  blurb: z.string().nullable(),
});
export type DigestItem = z.infer<typeof DigestItemSchema>;

export const LinkSchema = z.object({
  text: z.string(),
  url: z.string(),
  host: z.string(),
});
export type Link = z.infer<typeof LinkSchema>;

export const SummarySchema = z.object({
  schemaVersion: z.literal(1),
  headline: z.string(),
  dek: z.string().nullable(),
  authors: z.array(z.string()),
  publication: z.string().nullable(),
  sender: z.object({ name: z.string().nullable(), address: z.string().nullable() }),
  date: IsoDate.nullable(),
  language: z.string().nullable(),
  readingMinutes: z.number().int().nonnegative(),
  summary: z.array(z.string()),
  sections: z.array(SectionSchema),
  quotes: z.array(QuoteSchema),
  actions: z.array(ActionSchema),
  items: z.array(DigestItemSchema),
  isDigest: z.boolean(),
  links: z.array(LinkSchema),
});
export type Summary = z.infer<typeof SummarySchema>;
