import type { Quote } from '../schema';
import type { EmailDoc } from './document';

/** Every direct quotation of 5+ words with its speaker, best first. First cut: none. */
export function extractQuotes(_doc: EmailDoc): Quote[] {
  return [];
}
