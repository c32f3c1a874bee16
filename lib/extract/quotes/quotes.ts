import { senderFullName } from './sender-full-name';
import { foldText as fold } from '../text/byline-names';
import type { Quote } from '../../schema';
import { contentBlocks, type Block, type EmailDoc } from '../blocks/document';
import {
  cleanToken,
  findNameRuns,
  findOrgRuns,
  isTitleWord,
  NameBook,
  leadingName,
} from '../text/person-names';
import {
  attributionAfter,
  attributionBefore,
  attributionOfIntro,
  hasSpeechVerb,
  speakersInNarration,
  type Attribution,
} from './speaker-attribution';
import { findQuoteSpans, startsWithOpener, stripWrappingMarks } from './quote-spans';
import {
  isSearchTerm,
  isSubjectLine,
  looksLikeTitle,
  MIN_QUOTE_WORDS,
  wordCount,
} from './quote-filters';
import { embeddedPosts } from './quote-embeds';
import { addressesReader, isInstruction, isWorkTitle } from './quote-filters';
import { transcriptTurns } from './transcript-turns';
import { blockRoles } from '../roles';
import { INSTITUTION_HEADS } from './attribution-shapes';
import type { RoleDecision } from '../roles/role';
import { extractAuthors } from '../metadata/byline';
import { rankQuotes, type Candidate } from './quote-score';

// Every direct quotation of five words or more, with its speaker, best first. Reads the blocks in
// order, keeping a book of the people named so far so "Novak said" and "he said" resolve to the
// full name as first given. Quotations are found by their marks, as block quotes (with an
// attribution line or an introducing "X writes:"), as embedded posts, and as epigraphs.

/** Position in reading order: block index, then offset in the block. */
const POS_STRIDE = 1e8;

interface Found {
  text: string;
  attribution: Attribution;
  at: number;
  /** A quotation that is its own block (block quote, embedded post, epigraph). */
  standalone: boolean;
  /** Narration before the opening mark, for the search-term filter. */
  pre: string;
  /** The block's text up to the opening mark, for the sentence-level filters. */
  context?: string;
  /** The quoted words are a link's text, or the block's only words above the first heading: a
   * title or a tagline unless someone is said to have said them. */
  named?: boolean;
  /** "Should I take the chair apart? -- Francisco G.": a reader's question in a Q&A, signed. */
  signedQuestion?: boolean;
}

interface Carry {
  parts: string[];
  attribution: Attribution;
  at: number;
  pre: string;
}

const NONE: Attribution = { kind: 'none' };

function inheritable(a: Attribution): boolean {
  return a.kind === 'name' || (a.kind === 'pronoun' && a.pronoun !== 'plural');
}

const EPIGRAPH_SEPARATOR = /\/\/|[—–―~]|--/u;

/** "Coming back is not the same as never leaving. //Terry Pratchett" — a quote and its author. */
function epigraph(text: string): { text: string; name: string } | null {
  if (text.length > 400) return null;
  // Most paragraphs have no separator at all: skip the backtracking regex for them.
  if (!EPIGRAPH_SEPARATOR.test(text)) return null;
  const m = /^(.*[\p{L}.!?…"”’])\s*(?:\/\/|—|–|--|―|~)\s*([^\s].{1,60})$/u.exec(text);
  if (!m) return null;
  const name = leadingName(m[2]!);
  // The whole tail must be the name (a sign-off "— Jane" or a link row "// apple" is not).
  if (!name || !name.includes(' ') || name.length < m[2]!.trim().replace(/[.,]$/u, '').length)
    return null;
  const body = stripWrappingMarks(m[1]!.trim());
  if (!/[.!?…"”’]$/u.test(m[1]!.trim())) return null;
  if (/^(?:thanks|thank you|cheers|best|regards|love|see you)\b/iu.test(body)) return null;
  return { text: body, name };
}

const ATTRIBUTION_LINE = /^\s*(?:--|—|–|―|~)\s*\S/u;

export function extractQuotes(doc: EmailDoc): Quote[] {
  const blocks = contentBlocks(doc);
  const roles = blockRoles(doc);
  // "Bernie told the crowd": a given name alone may be the sender's, named in full in From.
  const book = new NameBook((given) => senderFullName(given, doc.snapshot.from));
  const found: Found[] = [];
  const posts = embeddedPosts(blocks);
  const turns = transcriptTurns(blocks);
  const firstHeading = blocks.findIndex((b) => b.kind === 'heading');
  let carry: Carry | null = null;
  let lastInBlock: Attribution = NONE;

  const flushCarry = (): void => {
    if (carry) {
      found.push({
        text: carry.parts.join(' ').trim(),
        attribution: carry.attribution,
        at: carry.at,
        standalone: false,
        pre: carry.pre,
      });
      carry = null;
    }
  };

  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi]!;
    const base = block.index * POS_STRIDE;
    const text = block.text;
    // Code keeps its string literals in quote marks; they are nobody's words.
    if (!text.trim() || block.kind === 'preformatted') continue;

    const post = posts.get(block.index);
    if (post !== undefined) {
      flushCarry();
      if (post) {
        found.push({
          text: post.text,
          attribution: { kind: 'name', name: post.author },
          at: base,
          standalone: true,
          pre: '',
        });
      }
      continue; // the author line and the date line of an embed are not narration
    }

    if (block.kind === 'blockquote') {
      flushCarry();
      bi = blockQuote(blocks, bi, book, found, roles);
      continue;
    }

    const { spans, openAt } = findQuoteSpans(text);

    // People named in the narration (outside the quotations), in reading order.
    let from = 0;
    const narration: [number, string][] = [];
    for (const s of spans) {
      narration.push([from, text.slice(from, s.open)]);
      from = s.close + 1;
    }
    narration.push([from, text.slice(from, openAt >= 0 ? openAt : text.length)]);
    // Headings are Title Case: every capitalised run would look like a name.
    if (block.kind !== 'heading') {
      for (const [off, part] of narration) {
        noteNames(book, part, base + off);
      }
    }

    // A quotation running on from the previous paragraph.
    let first = 0;
    if (carry) {
      const c: Carry = carry;
      const s0 = spans[0];
      if (startsWithOpener(text) && s0 && s0.open === text.length - text.trimStart().length) {
        c.parts.push(s0.text);
        const after = attributionAfter(text.slice(s0.close + 1));
        if (c.attribution.kind === 'none') c.attribution = after;
        if (after.kind !== 'none') addAttributionName(book, after, base + s0.close + 1);
        lastInBlock = c.attribution;
        flushCarry();
        first = 1;
      } else if (startsWithOpener(text) && spans.length === 0 && openAt >= 0) {
        c.parts.push(text.slice(openAt + 1).trim());
        continue;
      } else {
        flushCarry();
        lastInBlock = NONE;
      }
    } else {
      lastInBlock = NONE;
    }

    // A paragraph that is one quotation, under "Runa Holt on patience:".
    const whole =
      spans.length === 1 &&
      first === 0 &&
      spans[0]!.open <= 1 &&
      spans[0]!.close >= text.trimEnd().length - 2;
    const introBlock = blocks[bi - 1];
    const leads = spans.length > 0 && first === 0 && spans[0]!.open <= 1;
    let intro: Attribution = NONE;
    if (whole && introBlock && introBlock.kind !== 'heading') {
      intro = resolveNow(attributionOfIntro(introBlock.text), book, base);
    } else if (leads && introBlock && introBlock.kind === 'heading') {
      // A teaser quotation under a headline about one person ("Jane Roe on …") is theirs.
      const people = new Set(findNameRuns(introBlock.text, 0).map((m) => m.name));
      if (people.size === 1) intro = { kind: 'name', name: book.resolve([...people][0]!) };
    }

    const turn = turns.get(block.index);
    let prevEnd = 0;
    let prevFromPost = false;
    for (let si = first; si < spans.length; si++) {
      const s = spans[si]!;
      let pre = text.slice(si === 0 ? 0 : spans[si - 1]!.close + 1, s.open);
      // `“…,” the SEC says, but you might hear “…”`: the verb after the previous quotation is
      // that quotation's attribution; only what follows its clause introduces this one.
      if (si > 0 && prevFromPost) {
        const cut = /[,;.:]/u.exec(pre);
        pre = cut ? pre.slice(cut.index + 1) : '';
      }
      const next = spans[si + 1];
      let postText = text.slice(s.close + 1, next ? next.open : text.length);
      // “…tokens.” He said “…”: a new sentence after a finished quotation introduces the next one.
      if (
        next &&
        /[.!?…]$/u.test(s.text) &&
        /^\s*\p{Lu}/u.test(postText) &&
        !/[.!?]\s/u.test(postText)
      )
        postText = '';
      prevFromPost = attributionAfter(postText).kind !== 'none';
      const attribution = attribute(pre, postText, book, base + s.open, base + s.close + 1);
      const resolved =
        attribution.kind !== 'none'
          ? attribution
          : inheritable(lastInBlock) ||
              (lastInBlock.kind === 'hypothetical' && !/[.!?]\s/u.test(pre))
            ? lastInBlock
            : intro.kind === 'name' || intro.kind === 'org'
              ? intro
              : turn && !hasSpeechVerb(pre.split(/[.!?…]\s/u).pop() ?? '')
                ? { kind: 'name' as const, name: book.resolve(turn) }
                : attribution;
      if (resolved.kind !== 'none') lastInBlock = resolved;
      found.push({
        text: s.text,
        attribution: resolved,
        at: base + s.open,
        standalone: false,
        pre,
        context: text.slice(Math.max(0, s.open - 300), s.open),
        named:
          (isLinkText(block, s.text) && !hasSpeechVerb(pre.split(/[.!?…]\s/u).pop() ?? '')) ||
          (whole && bi < firstHeading),
      });
      prevEnd = s.close + 1;
    }

    if (openAt >= 0) {
      const pre = text.slice(prevEnd, openAt);
      const attribution = attribute(pre, '', book, base + openAt, base + openAt);
      carry = {
        parts: [text.slice(openAt + 1).trim()],
        attribution:
          attribution.kind === 'none' && inheritable(lastInBlock) ? lastInBlock : attribution,
        at: base + openAt,
        pre,
      };
      continue;
    }

    if (spans.length === 0) {
      const ep = epigraph(text);
      if (ep) {
        book.add(ep.name, base + text.length);
        found.push({
          text: ep.text,
          attribution: { kind: 'name', name: ep.name },
          at: base,
          standalone: true,
          pre: '',
          signedQuestion: isQuestion(ep.text),
        });
      }
    }
  }
  flushCarry();

  return finish(found, book, doc);
}

const HEAD_WORDS: ReadonlySet<string> = new Set(INSTITUTION_HEADS.flat());
const CAPITALISED = /\p{Lu}[\p{L}’'-]+/gu;
const PLACE_BEFORE =
  /(?:^|\s)(?:in|at|from|to|into|near|across|of|the|en|de|à|a|au|aux|le|la|el|il|der|die|das|het|nach|aus|im|naar|op|te|uit|em|no|na|del|di|da)\s+$/iu;

function noteNames(book: NameBook, text: string, at: number): void {
  for (const m of findOrgRuns(text, at, HEAD_WORDS)) book.addOrg(m.name, m.at);
  for (const m of findNameRuns(text, at)) {
    book.add(m.name, m.at);
    const r = roleBeside(text, m.at - at, m.name);
    if (r) book.addRole(r, m.name, m.at);
  }
  // "Villacañas defendió…": a surname alone is a mention of the person named in full before,
  // so a later "añadió" / "he said" points at them.
  CAPITALISED.lastIndex = 0;
  for (let m, n = 0; n < 400 && (m = CAPITALISED.exec(text)); n++) {
    const word = m[0].replace(/[’']s$/u, '');
    // Capitalised inside a sentence: a proper name ("… a deal with OpenAI"), not a sentence opener.
    if (
      m.index > 0 &&
      !/[.!?:;“"„«»”\-–—]\s*$/u.test(text.slice(Math.max(0, m.index - 3), m.index))
    )
      book.noteProperWord(word);
    // "in Minneapolis", "nach Kleve": a place after a preposition, not a person.
    if (PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const full = book.resolve(word);
    if (full !== word && full.includes(' ') && !book.isOrg(full)) book.add(full, at + m.index);
  }
  for (const m of speakersInNarration(text)) book.add(m.name, at + m.at);
}

const ROLE_AFTER =
  /^,\s+(?:(?:the|a|an|our|der|die|das|le|la|l’|l'|el|il|lo|o|a|de|het|een|un|une|una|um|uma)\s+)?([\p{L}-]+)/u;

/**
 * The role a person is introduced with: the title word just before the name ("Mayor Jane Roe",
 * "die Sprecherin der Reederei, Jane Roe") or the appositive after it ("Jane Roe, the mayor,").
 */
function roleBeside(text: string, offset: number, name: string): string | null {
  const before =
    text
      .slice(Math.max(0, offset - 60), offset)
      .split(/[.!?;]\s/u)
      .pop() ?? '';
  const words = before.trim().split(/\s+/u).slice(-4).reverse();
  for (const w of words) {
    const tok = cleanToken(w);
    if (isTitleWord(tok)) return tok.toLowerCase();
  }
  const after = ROLE_AFTER.exec(text.slice(offset + name.length, offset + name.length + 60));
  return after && isTitleWord(after[1]!) ? after[1]!.toLowerCase() : null;
}

function addAttributionName(book: NameBook, a: Attribution, at: number): void {
  if (a.kind === 'name') book.add(a.name, at);
  if (a.kind === 'org') book.addName(a.name);
}

function attribute(
  pre: string,
  post: string,
  book: NameBook,
  openAt: number,
  closeAt: number,
): Attribution {
  const after = attributionAfter(post);
  if (after.kind !== 'none') {
    const r = resolveNow(after, book, closeAt);
    addAttributionName(book, r, closeAt);
    return r;
  }
  const before = attributionBefore(pre);
  const r = resolveNow(before, book, openAt);
  addAttributionName(book, r, openAt);
  return r;
}

/** Pronouns point at the last person named before the attribution, so resolve them now. */
function resolveNow(a: Attribution, book: NameBook, at: number): Attribution {
  if (a.kind === 'pronoun' && a.pronoun === 'person') {
    const name = book.lastBefore(at);
    return name ? { kind: 'name', name } : NONE;
  }
  if (a.kind === 'role') {
    const name = book.lastWithRole(a.role, at);
    return name ? { kind: 'name', name } : NONE;
  }
  if (a.kind === 'institution') {
    const name = book.lastOrgWith(a.heads, at);
    return name ? { kind: 'org', name } : NONE;
  }
  if (a.kind === 'name' && a.weak) {
    const full = book.resolveSpeaker(a.name);
    if (full !== a.name) return { kind: 'name', name: full };
    // "OpenAI said …": one word opening the sentence is a speaker when the email also writes it
    // capitalised mid-sentence (a proper name), not "Management said".
    return book.isProperWord(a.name) ? { kind: 'name', name: a.name } : NONE;
  }
  if (a.kind === 'name') return { kind: a.kind, name: book.resolveSpeaker(a.name) };
  if (a.kind === 'org') return { kind: a.kind, name: book.resolve(a.name) };
  return a;
}

/** A run of block-quote blocks: one passage, with its attribution line or introduction. */
function blockQuote(
  blocks: Block[],
  start: number,
  book: NameBook,
  found: Found[],
  roles: readonly RoleDecision[],
): number {
  const role = (b: Block | undefined): string | undefined => (b ? roles[b.index]?.role : undefined);
  let end = start;
  while (
    end + 1 < blocks.length &&
    blocks[end + 1]!.kind === 'blockquote' &&
    role(blocks[end + 1]) !== 'credit-line'
  )
    end++;
  const parts = blocks.slice(start, end + 1).map((b) => b.text.trim());
  let attribution: Attribution = NONE;
  const lastPart = parts[parts.length - 1] ?? '';
  // The credit the roles stage found under the quotation ("— Jane Roe", <cite>, "Name, Title").
  const next = blocks[end + 1];
  if (role(next) === 'credit-line') {
    const credit = next!.text.replace(/^\s*(?:--|[—–―~-])\s*/u, '');
    const name = leadingName(credit);
    attribution = name ? { kind: 'name', name } : attributionAfter(`— ${credit}`);
    if (next!.kind === 'blockquote') end++;
  } else if (parts.length > 1 && ATTRIBUTION_LINE.test(lastPart)) {
    // An attribution line closing the quote ("— Jane Roe, organizer"), inside it.
    attribution = attributionAfter(lastPart);
    parts.pop();
  } else if (next && ATTRIBUTION_LINE.test(next.text) && next.text.length < 120) {
    attribution = attributionAfter(next.text);
  } else {
    const inline = /^(.*[.!?…"”’])\s+(?:--|—|–|―)\s*([^.!?]{2,80})$/u.exec(lastPart);
    const name = inline ? leadingName(inline[2]!) : null;
    if (inline && name) {
      attribution = { kind: 'name', name };
      parts[parts.length - 1] = inline[1]!;
    }
  }
  const prev = blocks[start - 1];
  if (attribution.kind === 'none' && prev && prev.kind !== 'heading') {
    attribution = attributionOfIntro(prev.text);
  }
  const base = blocks[start]!.index * POS_STRIDE;
  attribution = resolveNow(attribution, book, base);
  addAttributionName(book, attribution, base);
  const passage = stripWrappingMarks(parts.join(' '));
  // Readers sign their questions with a first name and an initial ("— Meredith O.").
  const signedQuestion =
    isQuestion(passage) && attribution.kind === 'name' && /\s\p{Lu}\.$/u.test(attribution.name);
  const passageAt = found.length;
  found.push({ text: passage, attribution, at: base, standalone: true, pre: '', signedQuestion });
  // Quotations inside the passage are quotations too ("“…,” one of them told me").
  for (let i = start; i <= end; i++) {
    const b = blocks[i]!;
    const { spans } = findQuoteSpans(b.text);
    if (spans.length === 1 && spans[0]!.text.length >= b.text.trim().length - 2) continue;
    const bBase = b.index * POS_STRIDE;
    let from = 0;
    for (const s of spans) {
      noteNames(book, b.text.slice(from, s.open), bBase + from);
      from = s.close + 1;
    }
    noteNames(book, b.text.slice(from), bBase + from);
    let prevClose = 0;
    let last: Attribution = NONE;
    for (let si = 0; si < spans.length; si++) {
      const s = spans[si]!;
      const n = spans[si + 1];
      const pre = b.text.slice(prevClose, s.open);
      const post = b.text.slice(s.close + 1, n ? n.open : b.text.length);
      let a = attribute(pre, post, book, bBase + s.open, bBase + s.close + 1);
      if (a.kind === 'none' && inheritable(last)) a = last;
      if (a.kind !== 'none') last = a;
      found.push({
        text: s.text,
        attribution: a,
        at: b.index * POS_STRIDE + s.open,
        standalone: false,
        pre,
      });
      prevClose = s.close + 1;
    }
  }
  // A block quote that opens on a quotation ("“…,” said X") is that quotation set off, not a
  // passage of its own: unattributed, it gives way to the quotations it holds (else the same
  // words show twice). A quoted excerpt that opens on narration stays a passage.
  const inner = found.length > passageAt + 1;
  if (attribution.kind === 'none' && inner && startsWithOpener(blocks[start]!.text.trimStart())) {
    found.splice(passageAt, 1);
  }
  return end;
}

const isQuestion = (text: string): boolean => /\?["”»“]?\s*$/u.test(text);

/** The quoted words are (the whole of) a link's text: the title of what the link opens. */
function isLinkText(block: Block, quoted: string): boolean {
  if (block.links.length === 0) return false;
  const q = fold(quoted);
  return q.length > 0 && block.links.some((l) => fold(stripWrappingMarks(l.text)) === q);
}

/** A quotation used as a noun — "from “…” to “…”", "turning “…” into “…”", "a day of “…”" —
 * names an example or a slogan, not someone's words. */
const MENTION_BEFORE =
  /(?:^|\s)(?:from|to|into|of|in|on|turning|turn|turns|means|mean|meaning|includes|include|including|named|titled|entitled|reads|read|question|phrase|term|word|words|slogan|motto|hashtag|banner|label)[,:]?\s*$/iu;

function lastSentence(pre: string): string {
  const t = pre.slice(-300);
  let start = 0;
  const re = /[.!?…]["”’)]?\s+(?=[\p{Lu}(])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) start = m.index + m[0].length;
  return t.slice(start);
}

function finish(found: Found[], book: NameBook, doc: EmailDoc): Quote[] {
  const subject = doc.snapshot.subject;
  let author: string | null | undefined;
  const self = (): string | null => {
    if (author === undefined) {
      const authors = extractAuthors(doc);
      author = authors.length === 1 ? authors[0]! : null;
    }
    return author;
  };
  const kept: Candidate[] = [];
  const seen = new Map<string, Candidate>();
  const attributed: { words: string; speaker: string }[] = [];
  found.sort((a, b) => a.at - b.at);
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    // Verbatim: only the space inside the marks goes ("…a strike," keeps its comma).
    const text = f.text.trim();
    if (f.attribution.kind === 'hypothetical') continue;
    // Marks left unbalanced can run a "quotation" over pages; no reader pulls that out.
    if (text.length > (f.standalone ? 20_000 : 6_000)) continue;
    if (wordCount(text) < MIN_QUOTE_WORDS) continue;
    const spoken = f.attribution.kind !== 'none';
    if (!f.standalone && looksLikeTitle(text, spoken)) continue;
    if (!f.standalone && isSearchTerm(f.pre)) continue;
    if (f.attribution.kind === 'none' && !f.standalone && (f.named || isWorkTitle(f.pre))) continue;
    if (f.signedQuestion) continue;
    const a = f.attribution;
    let speaker =
      a.kind === 'name'
        ? book.resolveSpeaker(a.name)
        : a.kind === 'org'
          ? book.resolve(a.name)
          : a.kind === 'pronoun' && a.pronoun === 'self'
            ? self()
            : null;
    const key = fold(text);
    // A fragment of a quotation already attributed keeps that speaker ("soulless material…").
    if (!speaker && found.length < 5000)
      speaker = attributed.find((a) => a.words.includes(key))?.speaker ?? null;
    if (!speaker && isSubjectLine(text, subject)) continue;
    if (!speaker && !f.standalone && (a.kind === 'none' || a.kind === 'pronoun')) {
      if (MENTION_BEFORE.test(f.pre.slice(-60))) continue;
      const sentence = lastSentence(f.context ?? f.pre);
      if (addressesReader(sentence) || isInstruction(sentence) || isInstruction(text)) continue;
    }
    const dup = seen.get(key);
    if (dup) {
      if (!dup.speaker && speaker) dup.speaker = speaker;
      continue;
    }
    const c: Candidate = { text, speaker, order: kept.length };
    seen.set(key, c);
    kept.push(c);
    if (speaker && attributed.length < 100) attributed.push({ words: key, speaker });
  }
  return rankQuotes(kept).map(({ text, speaker, score }) => ({ text, speaker, score }));
}
