import { z } from 'zod/mini';

// EmailSnapshot: the only thing the extractors see. Built by a webmail adapter from the live page,
// by the .eml loader (mailparser), or by the .html / printed-email .txt loaders. zod/mini: this
// schema ships in the side panel and the content script, where every kilobyte counts.

export const PROVIDERS = [
  'gmail',
  'outlook',
  'yahoo',
  'proton',
  'roundcube',
  'icloud',
  'generic',
  'file',
] as const;
export const ProviderSchema = z.enum(PROVIDERS);
export type Provider = z.infer<typeof ProviderSchema>;

export const EmailSnapshotSchema = z
  .object({
    subject: z.string(),
    from: z.object({ name: z.nullable(z.string()), address: z.nullable(z.string()) }),
    /** ISO 8601 date-time of the message, or null when unknown. */
    date: z.nullable(z.string()),
    html: z.nullable(z.string()),
    text: z.nullable(z.string()),
    url: z.optional(z.string()),
    provider: ProviderSchema,
    /**
     * What the message's headers say of how it was sent, where the headers were read (the `.eml`
     * loader; a webmail page shows none): list mail (List-Unsubscribe, List-Id, Precedence: bulk)
     * and how many people it was addressed to (To and Cc).
     */
    delivery: z.optional(z.object({ list: z.boolean(), recipients: z.int() })),
  })
  .check(
    z.refine((s) => s.html !== null || s.text !== null, {
      message: 'an email needs an HTML or a text body',
    }),
  );
export type EmailSnapshot = z.infer<typeof EmailSnapshotSchema>;
