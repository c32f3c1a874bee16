import { contentBlocks, type EmailDoc } from './document';
import { splitSentences } from './sentences';

/** 2–5 sentences taken from the text, in reading order. First cut: the lead. */
export function summarizeSentences(doc: EmailDoc, max = 3): string[] {
  const text = contentBlocks(doc)
    .filter((b) => b.kind === 'paragraph' && b.text.length > 80)
    .map((b) => b.text)
    .join(' ');
  return splitSentences(text).slice(0, max);
}
