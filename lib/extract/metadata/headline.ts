import type { Block, EmailDoc } from '../blocks/document';
import { foldText } from '../text/byline-names';
import { perDocument, piecesAtMost } from '../blocks/block-cache';
import { selfNames } from './meta-self-naming';
import { findDates } from '../text/meta-date-text';
import {
  cleanSubject,
  envelope,
  meaningfulBlocks,
  subjectTitle,
  titleFromUrlSlug,
  wordsOf,
} from './meta-lead';
import { blockRoles, FURNITURE_ROLES, type BlockRole } from '../roles';

// The lead article's title and its standfirst, decided in this order (first that applies):
// 1. a title-like block that says the same as the Subject (the body's words, in the Subject's
//    casing when only the case differs: bodies often set titles in ALL CAPS);
// 2. a Subject that names an issue ("Issue 33", "#434", a date) — the digest's own title;
// 3. a masthead followed by an issue number ("FS | BRAIN FOOD" / "No. 494 — …");
// 4. the lead story's heading near the top: the first block the roles stage calls a headline,
//    taken over the Subject only with confidence (the Subject says nothing of its own, or the
//    heading is the email's most prominent and shares words with the Subject);
// 5. the Subject; 6. the slug of the "view online" link; 7. the first block.
// Greetings, sponsor labels, datelines, issue lines, rubrics and sign-offs (their roles) are never
// the headline: the Subject is a better answer than page furniture.

export interface HeadlineResult {
  headline: string;
  dek: string | null;
  /** Index (in doc.blocks) of the block the headline came from; -1 when it came from elsewhere. */
  index: number;
  /** Index of the dek's block; -1 when none. */
  dekIndex: number;
}

const ISSUE_IN_SUBJECT =
  /(?:#\s?\d{1,5}\b|\bissue\s+(?:no\.?\s*)?#?\d+|\bno\.\s*\d+|\bvol(?:ume)?\.?\s*\d+|\bedition\b)/i;
const DATE_IN_SUBJECT =
  /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s+\p{L}+\s+\d{4}\b|\b\p{L}+\s+\d{1,2},?\s+\d{4}\b/u;
const ISSUE_LINE = /^(?:(no\.?|nr\.?|issue|#)\s*#?(\d{1,5}))\b/i;
/** Headings that label a part of the email, not a story. */
const LABEL_HEADING =
  /^(?:#|in (?:this|today'?s) (?:issue|edition)|what'?s in|today'?s|table of contents|contents|sponsored|presented by|advertisement|share|follow|top stories)/i;

/**
 * "2. Nvidia unveils…", "3) The big picture": an entry of a numbered list (a contents list, a
 * listicle's step), never the lead's title; its un-numbered twin, or the Subject, is.
 */
const NUMBERED_HEADING = /^\d{1,2}[.)]\s+(?=\p{L})/u;

/** Blocks that repeat the subject without being the article: a contents list, a menu, an ad. */
const NEVER_SAYS_SUBJECT: ReadonlySet<BlockRole> = new Set<BlockRole>([
  'toc',
  'navigation',
  'sponsor',
  'footer',
  'legal',
  'social',
]);

function overlap(a: string[], b: string[]): number {
  if (a.length === 0) return 0;
  const set = new Set(b);
  return a.filter((w) => set.has(w)).length / a.length;
}

/** Same words as the subject (≥ 80 % both ways), allowing a short kicker before it. */
function saysSubject(text: string, subjectWords: string[]): boolean {
  const w = wordsOf(text);
  if (w.length === 0 || subjectWords.length === 0) return false;
  return (
    overlap(subjectWords, w) >= 0.8 &&
    (overlap(w, subjectWords) >= 0.8 || w.length <= subjectWords.length + 4)
  );
}

function isTitleLike(b: Block): boolean {
  // Only "30 or fewer" matters: no need to split a long paragraph.
  const words = piecesAtMost(b.text, 30);
  if (b.kind === 'heading') return words <= 30;
  if (b.kind === 'list-item' || b.kind === 'button') return false;
  return words <= 30;
}

const CTA_HEADING =
  /^(?:sign|donate|give|chip|join|click|tap|subscribe|register|rsvp|take|share|buy|shop|order|claim|download|vote)\b/i;

/** A heading that can be the lead story's title (not a label, a call to action or the masthead). */
function isStoryHeading(b: Block, mastheads: string[]): boolean {
  if (b.kind !== 'heading') return false;
  const t = plain(b.text);
  if (LABEL_HEADING.test(t) || /:\s*$/.test(t) || CTA_HEADING.test(t)) return false;
  if (NUMBERED_HEADING.test(t)) return false;
  if (t.replace(/[^\p{L}]/gu, '').length < 4) return false;
  const f = foldText(t);
  const short = f.split(' ').length <= 5;
  return !mastheads.some((m) => f === m || (short && (f + ' ').startsWith(m + ' ')));
}

/** "1 big thing: The candy capital" → "The candy capital": a rubric, not part of the title. */
function dropKicker(text: string): string {
  const m =
    /^(?:\d+\s+big\s+things?|\d+[.)]?|breaking(?:\s+news)?|exclusive|scoop|top\s+story|lead\s+story|the\s+big\s+story|analysis|opinion)\s*[:|–—]\s+(.+)$/i.exec(
      text.trim(),
    );
  return m?.[1] && m[1].split(/\s+/).length >= 3 ? m[1] : text;
}

/** Heading text without markdown or table debris ("| **DONATE** |", "## Title"). */
function plain(text: string): string {
  return text
    .replace(/[|*#_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function pickDek(
  blocks: Block[],
  from: number,
  headLevel: number,
): { dek: string | null; index: number } {
  for (let i = from + 1; i < Math.min(blocks.length, from + 6); i++) {
    const b = blocks[i];
    if (!b || b.boilerplate) continue;
    const text = b.text.trim();
    const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    if (words === 0) continue;
    if (
      b.kind === 'heading' &&
      b.level > headLevel &&
      words <= 40 &&
      text.replace(/[^\p{L}]/gu, '').length >= 3
    ) {
      return { dek: text, index: b.index };
    }
    if (b.emphasis && b.kind === 'paragraph' && words >= 4 && words <= 60)
      return { dek: text, index: b.index };
    // Byline, date and separator lines sit between a title and its standfirst; body text ends the search.
    if (words > 12 || b.kind === 'list-item' || b.kind === 'heading') break;
  }
  return { dek: null, index: -1 };
}

/** Roles a lead heading may have: a headline, or (when the Subject says nothing) a short title. */
function leadHeading(
  doc: EmailDoc,
  blocks: Block[],
  mastheads: string[],
  generic: boolean,
): Block | null {
  const roles = blockRoles(doc);
  let wordsBefore = 0;
  for (const b of blocks) {
    if (wordsBefore > 300) break;
    const role: BlockRole = roles[b.index]?.role ?? 'body';
    // A short title in words of its own ("Crypto rules") reads as a rubric; trust it only when
    // the subject gives nothing better and it is not in capitals or closed by a colon.
    const shortTitle =
      generic && role === 'label' && piecesAtMost(b.text, 3) >= 2 && /\p{Ll}/u.test(b.text);
    if ((role === 'headline' || shortTitle) && isStoryHeading(b, mastheads)) return b;
    // Text read before the lead counts; furniture, the masthead and the byline do not. Only
    // whether the total passes 300 matters: a long block need not be split.
    if (!FURNITURE_ROLES.has(role) && role !== 'masthead' && role !== 'byline') {
      wordsBefore += piecesAtMost(b.text, 300);
    }
  }
  return null;
}

/** No heading of the email outranks this one (h1 over h2…; a bold line counts as h3). */
function isMostProminent(doc: EmailDoc, lead: Block): boolean {
  const roles = blockRoles(doc);
  const level = (b: Block): number => (b.kind === 'heading' ? b.level : 3);
  const mine = level(lead);
  return !doc.blocks.some(
    (b) =>
      b.kind === 'heading' &&
      b.level < mine &&
      !b.boilerplate &&
      roles[b.index]?.role !== 'footer' &&
      /\p{L}{2}/u.test(b.text),
  );
}

/** The same words stand in a short block above the heading (a contents list or a teaser line). */
function listedAbove(doc: EmailDoc, lead: Block): boolean {
  const own = foldText(lead.text);
  return doc.blocks
    .slice(Math.max(0, lead.index - 12), lead.index)
    .some((b) => !b.boilerplate && foldText(b.text) === own);
}

/** Words that carry meaning in any of the languages (4+ letters, folded, first 5 letters). */
function contentStems(text: string): Set<string> {
  return new Set(
    wordsOf(text)
      .filter((w) => w.length >= 4)
      .map((w) => w.slice(0, 5)),
  );
}

/** The heading and the subject speak of the same thing (one meaningful word in common). */
function sharesContentWord(heading: string, subject: string): boolean {
  const s = contentStems(subject);
  for (const w of contentStems(heading)) if (s.has(w)) return true;
  return false;
}

/** The headline and dek, with where they stood (the byline and date extractors look around them). */
// The byline, date, publication and section extractors all ask where the headline is: work it out
// once per document (the document is never mutated, so the answer cannot go stale).
export const locateHeadline: (doc: EmailDoc) => HeadlineResult = perDocument(findHeadline);

function findHeadline(doc: EmailDoc): HeadlineResult {
  const blocks = meaningfulBlocks(doc);
  const env = envelope(doc);
  const forwarded = !env.subjectIsOwn;
  const fromName = env.fromName ? foldText(env.fromName) : '';
  const mastheads = [fromName, ...selfNames(doc.blocks).map(foldText)].filter(Boolean);
  const fullSubject = cleanSubject(env.subject);
  const subject = subjectTitle(fullSubject, mastheads);
  const subjectWords = wordsOf(subject);
  const roles = blockRoles(doc);

  const done = (b: Block, text: string): HeadlineResult => {
    const { dek, index } = pickDek(doc.blocks, b.index, b.kind === 'heading' ? b.level : 1);
    const headline = dropKicker(text);
    return {
      headline: headline.replace(NUMBERED_HEADING, '') || headline,
      dek,
      index: b.index,
      dekIndex: index,
    };
  };

  // 1. The body says the subject.
  if (subjectWords.length > 0 && !forwarded) {
    const hit = blocks.find(
      (b) =>
        !NEVER_SAYS_SUBJECT.has(roles[b.index]?.role ?? 'body') &&
        !NUMBERED_HEADING.test(b.text.trim()) &&
        isTitleLike(b) &&
        saysSubject(b.text, subjectWords),
    );
    if (hit) {
      const sameWords = foldText(hit.text) === foldText(subject);
      return done(hit, sameWords ? subject : hit.text.replace(/^#+\s*/, ''));
    }
  }
  // 2. The subject names an issue of a digest.
  if (
    fullSubject &&
    !forwarded &&
    (ISSUE_IN_SUBJECT.test(fullSubject) || DATE_IN_SUBJECT.test(fullSubject))
  ) {
    return { headline: fullSubject, dek: null, index: -1, dekIndex: -1 };
  }
  // 3. Masthead + issue number, for digests with no usable subject.
  const top = blocks.slice(0, 8);
  for (let i = 0; i < top.length; i++) {
    const b = top[i]!;
    if (!(b.kind === 'heading' || b.strong) || piecesAtMost(b.text, 6) > 6) continue;
    // The issue line sits just under the masthead, or just above it ("#224 — October 5, 2018").
    for (const next of [...top.slice(i + 1, i + 3), ...top.slice(Math.max(0, i - 2), i)]) {
      const m = ISSUE_LINE.exec(next.text.trim());
      if (!m) continue;
      const label = m[1]!.startsWith('#') ? `Issue #${m[2]}` : `${m[1]} ${m[2]}`;
      // An issue dated weeks before the email was sent has been forwarded or resent: its
      // subject is then someone else's choice, not the issue's title.
      const issueDate = findDates(next.text, null)[0]?.date;
      const stale = Boolean(
        issueDate && env.date && env.date.getTime() - issueDate.getTime() > 7 * 86_400_000,
      );
      if (!subject || forwarded || stale || foldText(fullSubject) === foldText(b.text)) {
        return { headline: `${b.text} ${label}`, dek: null, index: b.index, dekIndex: -1 };
      }
    }
  }
  // 4. The lead story's heading near the top (before ~300 words of text).
  const generic =
    !subject ||
    forwarded ||
    (fromName !== '' && overlap(subjectWords, fromName.split(' ')) >= 0.8) ||
    mastheads.some((m) => m !== '' && foldText(fullSubject) === m) ||
    subjectWords.length <= 3;
  const lead = leadHeading(doc, blocks, mastheads, generic);
  if (lead) {
    // Text mail marks headings only by capitals, which also set off buttons and slogans: trust
    // one over the subject only when the subject says nothing.
    const trusted = doc.source === 'html' || (generic && lead.index <= 3);
    // The top heading of the page (h1), or one the subject speaks of, or one a contents list
    // above it names first: the lead story, whatever teaser the subject line uses.
    const confident =
      generic ||
      (isMostProminent(doc, lead) &&
        ((lead.kind === 'heading' && lead.level === 1) ||
          sharesContentWord(lead.text, subject) ||
          listedAbove(doc, lead)));
    if (trusted && confident) return done(lead, lead.text);
  }
  // 5. The subject.
  if (subject) return { headline: subject, dek: null, index: -1, dekIndex: -1 };
  // 5b. A title-shaped line near the top: a few words, no closing punctuation, not a label.
  for (const b of blocks.slice(0, 12)) {
    const t = b.text.trim();
    const n = piecesAtMost(t, 16);
    if (b.kind !== 'paragraph' || b.emphasis || n < 4 || n > 16) continue;
    if (/[.!?:,]$/.test(t) || !/\p{Ll}/u.test(t) || /^by\s/i.test(t) || LABEL_HEADING.test(t))
      continue;
    if (/\b(?:presented|sponsored|brought to you) by\b/i.test(t)) continue;
    if (/^(?:view|read|open)\b.*\b(?:online|browser|web|app)\b/i.test(t)) continue;
    return done(b, t);
  }
  // 6. The slug of the "view online" link.
  for (const b of doc.blocks) {
    for (const l of b.links) {
      if (!/\b(?:view|read|open)\b.*\b(?:online|browser|web|post)\b/i.test(l.text)) continue;
      const title = l.href ? titleFromUrlSlug(l.href) : null;
      if (title) return { headline: title, dek: null, index: -1, dekIndex: -1 };
    }
  }
  // 7. Whatever comes first.
  const first = blocks[0];
  return first
    ? done(first, first.text.length > 120 ? `${first.text.slice(0, 117)}…` : first.text)
    : { headline: '(no subject)', dek: null, index: -1, dekIndex: -1 };
}

export function extractHeadline(doc: EmailDoc): { headline: string; dek: string | null } {
  const { headline, dek } = locateHeadline(doc);
  return { headline, dek };
}
