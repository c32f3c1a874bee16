import type { Section } from '../schema';
import { contentBlocks, type EmailDoc } from './document';

/** The email's own headings, in order. First cut: heading blocks, no summary. */
export function extractSections(doc: EmailDoc): Section[] {
  return contentBlocks(doc)
    .filter((b) => b.kind === 'heading')
    .map((b) => ({ title: b.text, summary: null }));
}
