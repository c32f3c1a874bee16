import { z } from 'zod';

// EmailSnapshot: the only thing the extractors see. Built by a webmail adapter from the live page,
// by the .eml loader (mailparser), or by the .html / printed-email .txt loaders.

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
    from: z.object({ name: z.string().nullable(), address: z.string().nullable() }),
    /** ISO 8601 date-time of the message, or null when unknown. */
    date: z.string().nullable(),
    html: z.string().nullable(),
    text: z.string().nullable(),
    url: z.string().optional(),
    provider: ProviderSchema,
  })
  .refine((s) => s.html !== null || s.text !== null, {
    message: 'an email needs an HTML or a text body',
  });
export type EmailSnapshot = z.infer<typeof EmailSnapshotSchema>;
