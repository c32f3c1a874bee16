import { SUMMARY_LIMITS } from '../../schema';

// The whole wording of an ask whose label had to be shortened ("Donate to the hardship fund for
// workers who lose pay during the…"): the sentence of the text it came from that holds the
// label's last words, so the panel can show it in full. Plain string searches and one scan to the
// sentence's ends: linear in the text, whatever it holds.

/** Words from the end of the shortened label looked for in the text (enough to be specific). */
const TAIL_WORDS = 3;
/** Line breaks are not ends: plain-text mail wraps its sentences (they are squashed first). */
const SENTENCE_END = /[.!?]/;

const squash = (s: string) => s.replace(/\s+/g, ' ');

export function wholeWording(label: string, context: string): string | null {
  if (!label.endsWith('…')) return null;
  const words = label.slice(0, -1).trim().split(/\s+/);
  if (words.length < TAIL_WORDS) return null;
  const text = squash(context);
  const tail = words.slice(-TAIL_WORDS).join(' ').toLowerCase();
  const at = text.toLowerCase().indexOf(tail);
  if (at < 0) return null;
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start -= 1;
  let end = at + tail.length;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end += 1;
  const sentence = text.slice(start, Math.min(end + 1, text.length)).trim();
  // Only worth keeping when it says more than the label did, and whole (a cut is another "…").
  return sentence.length > label.length && sentence.length <= SUMMARY_LIMITS.sentence
    ? sentence
    : null;
}
