import { contentBlocks, type EmailDoc } from './document';

/** The lead article's title and its standfirst. First cut: the first heading, else the Subject. */
export function extractHeadline(doc: EmailDoc): { headline: string; dek: string | null } {
  const h = contentBlocks(doc).find((b) => b.kind === 'heading');
  return { headline: h?.text ?? doc.snapshot.subject, dek: null };
}
