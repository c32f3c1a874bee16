import type { EmailDoc } from './document';

/** Who published the article (may differ from the sender). First cut: the From name. */
export function extractPublication(doc: EmailDoc): string | null {
  return doc.snapshot.from.name;
}
