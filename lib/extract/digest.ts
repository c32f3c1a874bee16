import type { DigestItem } from '../schema';
import type { EmailDoc } from './document';

/** Whether the email is a multi-story digest, and its stories in order. First cut: no. */
export function extractDigest(_doc: EmailDoc): { isDigest: boolean; items: DigestItem[] } {
  return { isDigest: false, items: [] };
}
