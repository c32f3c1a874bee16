import type { Section } from '../../schema';
import type { Block, EmailDoc } from '../blocks/document';
import { foldText } from '../text/byline-names';
import { locateHeadline } from '../metadata/headline';
import { envelope, meaningfulBlocks } from '../metadata/meta-lead';
import { splitSentences } from '../text/sentences';
import { blockWords, countWordsFast } from '../blocks/block-cache';

// The email's own headings, in order, each with one sentence from the text under it. A heading
// is an h2/h3 (any level below the headline), an ALL-CAPS line in text mail, or a short bold line
// standing alone above body text. Left out: the headline and dek, mastheads, boilerplate, calls
// to action set as headings, feedback polls and headings with no text under them (footer promos).

const NOT_A_SECTION =
  /\b(?:brought to you by|sponsored by|presented by|in partnership with)\b|^(?:[@—–-]|end$|(?:release\s+)?date\s*:|issue\s*:|sponsored|presented by|advertisement|together with|share\b|follow\b|what did you think|how did we do|rate this|feedback|free version|upgrade|subscribe|unsubscribe|in (?:this|today'?s) (?:issue|edition)|what'?s in today|table of contents|contents$)/i;
const CTA_START =
  /^(?:sign|donate|give|chip|join|click|tap|read|subscribe|register|rsvp|get|take|share|buy|shop|order|claim|start|download|watch|listen|learn|apply|vote)\b/i;

/** Heading text without markdown or table debris ("| **DONATE** |", "__END__"). */
function plain(text: string): string {
  return text
    .replace(/[|*_]{1,}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Calls to action that are never section titles, even where the archive removed the link. */
const CTA_UNLINKED =
  /^(?:sign up|donate|chip in|subscribe|click|tap|rsvp|register|share|buy now|shop|order|download|read in app|read more|read online|vote)\b/i;

function isHeadingLike(b: Block, next: Block | undefined, source: EmailDoc['source']): boolean {
  const t = b.text.trim();
  if (b.kind === 'heading') {
    // A caps line in text mail that ends a sentence ("… the Minnesota AFL-CIO.") closes a paragraph.
    return source === 'text' ? !/[.,;]$/.test(t) : !/[,;]$/.test(t);
  }
  if (b.kind !== 'paragraph' || !b.strong || b.emphasis) return false;
  const words = blockWords(b);
  if (words === 0 || words > 10 || /[.:,;!?]$/.test(t)) return false;
  return Boolean(next && (next.kind === 'paragraph' || next.kind === 'list-item') && !next.strong);
}

/** The first informative sentence under a heading: 6–40 words, not a caption or a lead-in. */
function chooseSentence(blocks: Block[]): string | null {
  let fallback: string | null = null;
  for (const b of blocks) {
    if (b.kind === 'button') continue;
    for (const s of splitSentences(b.text)) {
      const n = countWordsFast(s);
      if (n < 6 || /:$/.test(s) || /^(?:photo|image|illustration|credit)\b/i.test(s)) continue;
      if (n <= 40) return s;
      fallback ??= `${s.slice(0, 277).trimEnd()}…`;
    }
  }
  return fallback;
}

export function extractSections(doc: EmailDoc): Section[] {
  const head = locateHeadline(doc);
  const blocks = meaningfulBlocks(doc);
  const fromName = envelope(doc).fromName;
  const from = fromName ? foldText(fromName) : null;
  const headFold = foldText(head.headline);

  const starts: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.index === head.index || b.index === head.dekIndex) continue;
    if (head.index >= 0 && b.index < head.index) continue; // mastheads and navigation above the title
    if (!isHeadingLike(b, blocks[i + 1], doc.source)) continue;
    const t = plain(b.text);
    const f = foldText(t);
    if (!f || f === headFold || f === from || NOT_A_SECTION.test(t)) continue;
    const linked = b.links.length > 0 || b.removedLinks > 0;
    if (linked ? CTA_START.test(t) : CTA_UNLINKED.test(t)) continue;
    // A caps line in text mail right after an unfinished sentence continues that sentence.
    const prev = blocks[i - 1];
    if (
      doc.source === 'text' &&
      prev &&
      prev.kind === 'paragraph' &&
      /[\p{Ll},]$/u.test(prev.text.trim())
    )
      continue;
    starts.push(i);
  }

  const sections: Section[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < starts.length; k++) {
    const i = starts[k]!;
    const end = starts[k + 1] ?? blocks.length;
    // Text under a heading stops at the next heading of any kind.
    const under: Block[] = [];
    for (const b of blocks.slice(i + 1, end)) {
      if (b.kind === 'heading') break;
      under.push(b);
    }
    const words = under.reduce((n, b) => n + blockWords(b), 0);
    if (words < 12) continue; // a footer promo or an image caption, not a section
    const title = plain(blocks[i]!.text).replace(/^#+\s*/, '');
    const key = foldText(title);
    if (seen.has(key)) continue;
    seen.add(key);
    sections.push({ title, summary: chooseSentence(under) });
  }
  return sections;
}
