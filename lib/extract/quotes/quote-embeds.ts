import type { Block } from '../blocks/document';
import { stripWrappingMarks } from './quote-spans';

// Embedded social posts as newsletters render them statically (Substack, Beehiiv): an author
// line "Display Name @handle", the post's text, then a date line "6:46 PM ∙ Oct 19, 2022".
// The post is a quotation of its author, with or without quote marks.

const AUTHOR_LINE = /^(\S.{0,59}?)\s*@([A-Za-z0-9_]{1,15})$/u;
// "6:46 PM ∙ Oct 19, 2022", "Oct 11, 2022", "December 12th 2022, 4:40am EST": short, with a year.
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s/iu;
const isDateLine = (t: string): boolean =>
  t.length <= 48 && /\b(?:19|20)\d{2}\b/u.test(t) && MONTH.test(`${t} `) && !/[.!?]\s/u.test(t);

export interface EmbeddedPost {
  author: string;
  text: string;
}

/**
 * Block index → the post whose text it holds, or null for the author and date lines of a post
 * (they belong to no quotation and name nobody in the narration).
 */
export function embeddedPosts(blocks: Block[]): Map<number, EmbeddedPost | null> {
  const out = new Map<number, EmbeddedPost | null>();
  const nextFilled = (from: number): number => {
    let i = from;
    while (i < blocks.length && !blocks[i]!.text.trim()) i++;
    return i;
  };
  for (let i = 0; i < blocks.length; i++) {
    // The handle's "@" is required: skip the regex for the (many) blocks without one.
    if (!blocks[i]!.text.includes('@')) continue;
    const m = AUTHOR_LINE.exec(blocks[i]!.text.trim());
    if (!m) continue;
    const t = nextFilled(i + 1);
    const d = nextFilled(t + 1);
    const body = blocks[t];
    const date = blocks[d];
    if (!body || !date || !isDateLine(date.text.trim())) continue;
    out.set(blocks[i]!.index, null);
    out.set(body.index, { author: m[1]!.trim(), text: stripWrappingMarks(body.text) });
    out.set(date.index, null);
    i = d;
  }
  return out;
}
