import type { DigestItem } from '../../schema';
import { contentBlocks, type Block, type EmailDoc, type InlineLink } from '../blocks/document';
import { sponsorBlocks } from '../actions/action-sponsor';
import { blockText, linkText, shorten } from '../actions/action-label';
import { isChrome } from '../actions/action-rules';
import { splitSentences } from '../text/sentences';
import { cleanUrl, hostOf, siteOf } from '../links/url-safety';
import { destinationHost } from '../links/link-host';
import { countTokens, perDocument } from '../blocks/block-cache';

// A digest carries several stories rather than one article. Two shapes:
// - link roundups (Hacker Newsletter, Cooperpress weeklies, reading lists): blocks that open with a
//   story's linked title, then a blurb — `Title — blurb`, or in text mail `Title [https://…] blurb`;
// - briefings (Axios, Morning Brew, Beehiiv, Money Stuff): many short sections under headings, or
//   sections that link out to many different sites.
// A single essay has few, long sections that link to few sites. Sponsor placements are never
// stories (they become `sponsor` actions).

/** Link-led stories needed to call an email a roundup. */
const MIN_LINKED_STORIES = 4;
/** …or linked headlines each followed by a blurb (an essay links its title, not its subheads). */
const MIN_LINKED_HEADINGS = 3;
/** A section with fewer words than this is a masthead or a label, not a story. */
const MIN_SECTION_WORDS = 15;
/**
 * Sections needed for a roundup of many sites, and for a briefing, whose sections run short (an
 * article with three or four subheads is still one article).
 */
const MIN_SECTIONS = 4;
const MIN_BRIEF_SECTIONS = 5;
const MAX_BRIEF_SECTION_WORDS = 180;
/** Distinct sites linked from a sectioned email that make it a roundup of others' reporting. */
const MIN_SITES = 6;
const MAX_ITEMS = 200;
const MAX_BLURB = 280;

function words(s: string): number {
  return countTokens(s);
}

const URL_TEXT = /^(?:https?:\/\/|www\.)\S+$/i;

/**
 * A source printed right after a story's title: "(github.com)", "//nytimes", "via example.org",
 * "— example.org". It names where the story is, not what it says.
 */
const SOURCE_HINT =
  /^(?:\(\s*([^()\s]{1,100})\s*\)|\/\/\s*([^\s/]{1,100})|(?:via|from|on|auf|sur|en|op|su|em)\s+([\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,5})(?=[\s,;)]|$)|([\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,5}\/?)(?=\s|$))\s*/iu;

/** Text after a story's title, split into the printed source and what follows it. */
function splitSource(rest: string): { source: string | null; after: string } {
  const m = SOURCE_HINT.exec(rest);
  if (!m) return { source: null, after: rest };
  const source = m[1] ?? m[2] ?? m[3] ?? m[4] ?? null;
  // "(2019)", "(video)", "(PDF)": a parenthesis that is not an address stays in the blurb.
  if (m[1] && !m[1].includes('.')) return { source: null, after: rest };
  return { source, after: rest.slice(m[0].length).replace(/^[\s—–:|·-]+/, '') };
}

/**
 * What a story line says of its own after the title and the source: nothing when all that is left
 * is the line's short links and separators ("comments→", "discuss · 12 points"), the text as it
 * stands otherwise (a blurb may well hold short links of its own).
 */
function ownText(text: string, b: Block, first: InlineLink): string {
  let rest = text;
  for (const l of b.links) {
    const t = l === first ? '' : linkText(l);
    if (t && words(t) <= 3) rest = rest.split(t).join(' ');
  }
  return /[\p{L}\p{N}]/u.test(rest) ? text.trim() : '';
}

interface Story {
  item: DigestItem;
  /** The block printed no text of its own after the title (its blurb may stand below it). */
  bare: boolean;
}

/** `Title — blurb` where the title is the block's first link, or `Title [https://…] blurb`. */
function linkLedItem(b: Block): Story | null {
  if (b.links.length === 0 || b.kind === 'button') return null;
  const text = blockText(b);
  const first = b.links[0]!;
  const lt = linkText(first);
  const url = cleanUrl(first.href);
  if (lt && !URL_TEXT.test(lt)) {
    const n = words(lt);
    if (n < 2 || n > 25 || !text.startsWith(lt)) return null;
    const rest = text.slice(lt.length).replace(/^[\s—–:|-]+/, '');
    if (!rest && b.kind !== 'heading' && b.kind !== 'list-item' && !b.strong) return null;
    const { source, after } = splitSource(rest);
    const own = ownText(after, b, first);
    return { item: itemOf(lt, url, blurbOf(own), source), bare: !own };
  }
  // Text mail keeps the address in brackets after the title.
  if (first.href) {
    const at = text.indexOf(`[${first.href}`);
    if (at > 5 && at <= 200) {
      const title = text.slice(0, at).trim();
      const close = text.indexOf(']', at);
      const rest = close > 0 ? text.slice(close + 1).trim() : '';
      if (words(title) >= 1 && words(title) <= 25 && rest) {
        const { source, after } = splitSource(rest);
        return { item: itemOf(title, url, blurbOf(after), source), bare: !after.trim() };
      }
    }
  }
  return null;
}

/** A story, with the host a reader is shown for it (see link-host.ts). */
function itemOf(
  title: string,
  url: string | null,
  blurb: string | null,
  source: string | null,
): DigestItem {
  const item: DigestItem = { title, url, blurb };
  if (url && !url.startsWith('mailto:')) item.host = destinationHost(url, source);
  return item;
}

/**
 * A block led by a linked title of its own — the title alone on its line, or set off by a source or
 * a separator ("Title //site", "Title (site.com)", "Title — blurb") — is the next story, never this
 * one's blurb. A blurb may open with a short link running into its sentence ("<a>Nx</a> is a…").
 */
function isStoryLine(b: Block): boolean {
  const first = b.links[0];
  const lt = first ? linkText(first) : '';
  const text = blockText(b);
  if (!lt || words(lt) < 2 || !text.startsWith(lt)) return false;
  if (b.lines && b.lines[0]?.trim() === lt) return true;
  return /^\s*(?:$|[—–:|(/·•→-])/u.test(text.slice(lt.length));
}

function blurbOf(text: string): string | null {
  const t = text
    .replace(/\[https?:\/\/[^\]\s]*\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (words(t) < 3) return null;
  const sentences = splitSentences(t.slice(0, 2000));
  let out = '';
  for (const s of sentences) {
    if (out && out.length + s.length > MAX_BLURB) break;
    out = out ? `${out} ${s}` : s;
  }
  return shorten(out || t, MAX_BLURB);
}

function isHeadingLike(b: Block, next: Block | undefined): boolean {
  const text = blockText(b);
  if (!text || text.length > 140 || isChrome(text, null)) return false;
  if (b.kind === 'heading') return true;
  return (
    b.strong &&
    b.kind === 'paragraph' &&
    words(text) >= 2 &&
    !/[.,;]$/.test(text) &&
    next !== undefined &&
    next.kind !== 'heading' &&
    words(next.text) > words(text)
  );
}

interface Section {
  title: string;
  url: string | null;
  blurb: string | null;
  words: number;
}

function sectionsOf(blocks: Block[], skip: Map<number, number>): Section[] {
  const out: Section[] = [];
  let current: Section | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (skip.has(i)) {
      current = null;
      continue;
    }
    if (isHeadingLike(b, blocks[i + 1])) {
      const text = blockText(b);
      current = { title: text, url: cleanUrl(b.links[0]?.href), blurb: null, words: 0 };
      out.push(current);
    } else if (current) {
      current.words += words(b.text);
      if (
        !current.blurb &&
        (b.kind === 'paragraph' || b.kind === 'list-item') &&
        words(b.text) >= 6
      ) {
        current.blurb = blurbOf(blockText(b));
        current.url ??= cleanUrl(b.links[0]?.href);
      }
    }
  }
  // A heading directly followed by another heading labels a group; a masthead has no text.
  return out.filter((s) => s.words >= MIN_SECTION_WORDS);
}

/**
 * One title over subheads: a single heading at the top level and every other heading below it
 * (`h1` then `h2`s). A briefing's story headings sit at the top level themselves.
 */
function isOneArticle(blocks: Block[]): boolean {
  let top = 7;
  let atTop = 0;
  let below = 0;
  for (const b of blocks) {
    if (b.kind !== 'heading' || b.level < 1) continue;
    if (b.level < top) {
      below += atTop;
      top = b.level;
      atTop = 1;
    } else if (b.level === top) atTop++;
    else below++;
  }
  return atTop === 1 && below >= 2;
}

type Digest = { isDigest: boolean; items: DigestItem[] };

/** One reading per document: summarise() and the actions' share filter both ask. */
const readDigestOnce = perDocument(readDigest);

/** Whether the email is a multi-story digest, and its stories in order. */
export function extractDigest(doc: EmailDoc): Digest {
  const d = readDigestOnce(doc);
  // Copies: a caller may edit its items without changing another's.
  return { isDigest: d.isDigest, items: d.items.map((i) => ({ ...i })) };
}

function readDigest(doc: EmailDoc): Digest {
  const blocks = contentBlocks(doc);
  const sponsors = sponsorBlocks(blocks);
  const linked: DigestItem[] = [];
  let linkedHeadings = 0;
  for (let i = 0; i < blocks.length && linked.length < MAX_ITEMS; i++) {
    if (sponsors.has(i)) continue;
    const b = blocks[i]!;
    const found = linkLedItem(b);
    if (!found || isChrome(found.item.title, found.item.url)) continue;
    const { item, bare } = found;
    const next = blocks[i + 1];
    // A linked headline with its blurb below: the Mailchimp / Beehiiv story card, or a
    // "(domain) comments" line with the blurb under it. The next story is never the blurb.
    if (
      bare &&
      next &&
      !sponsors.has(i + 1) &&
      next.kind === 'paragraph' &&
      words(next.text) >= 8 &&
      !isStoryLine(next)
    ) {
      item.blurb = blurbOf(blockText(next));
      if (b.kind === 'heading' || b.strong) linkedHeadings++;
    }
    linked.push(item);
  }
  if (linked.length >= MIN_LINKED_STORIES || linkedHeadings >= MIN_LINKED_HEADINGS) {
    return { isDigest: true, items: linked };
  }

  const sections = sectionsOf(blocks, sponsors);
  if (sections.length >= MIN_SECTIONS) {
    const avg = sections.reduce((a, s) => a + s.words, 0) / sections.length;
    const sites = new Set<string>();
    let seen = 0;
    for (const b of blocks) {
      for (const l of b.links) {
        if (seen++ > 2000) break;
        const u = cleanUrl(l.href);
        if (u && !u.startsWith('mailto:')) sites.add(siteOf(hostOf(u)));
      }
    }
    // A paid placement between short sections is the mark of a briefing (Beehiiv, Morning Brew).
    const needed = sponsors.size > 0 ? MIN_SECTIONS : MIN_BRIEF_SECTIONS;
    const brief =
      sections.length >= needed &&
      avg <= MAX_BRIEF_SECTION_WORDS &&
      (sponsors.size > 0 || !isOneArticle(blocks));
    if (brief || sites.size >= MIN_SITES) {
      return {
        isDigest: true,
        items: sections
          .slice(0, MAX_ITEMS)
          .map(({ title, url, blurb }) => itemOf(title, url, blurb, null)),
      };
    }
  }
  return { isDigest: false, items: [] };
}
