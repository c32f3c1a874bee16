import { contentBlocks, type EmailDoc } from '../blocks/document';
import { blockWords } from '../blocks/block-cache';

const WORDS_PER_MINUTE = 230;

export function readingMinutes(doc: EmailDoc): number {
  const words = contentBlocks(doc).reduce((n, b) => n + blockWords(b), 0);
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
