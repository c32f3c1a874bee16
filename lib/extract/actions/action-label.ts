import type { ActionKind } from '../../schema';
import { KIND_RULES, STEP } from './action-rules';
import type { Block, InlineLink } from '../blocks/document';

// Short, human labels for asks: "Donate to the strike fund", not the paragraph around the link.

const MAX_LABEL = 80;
const ACRONYMS = new Set(['RSVP', 'FAQ', 'USA', 'US', 'UK', 'EU', 'PDF', 'NYC', 'DC']);

const MARKUP_CHAR = /[[|#`*_]/;

/** Text-mail and Markdown residue that is not wording: table pipes, rules, emphasis marks. */
export function cleanText(s: string): string {
  // Each pass below needs one of these characters; prose usually has none, and then only the
  // whitespace is tidied.
  if (!MARKUP_CHAR.test(s)) return s.replace(/\s+/g, ' ').trim();
  return s
    .replace(/!?\[([^\]]{0,300})\]\((?:[^()\s]|\([^()\s]*\))*\)/g, '$1')
    .replace(/\|\s*-{3,}[-|\s]*/g, ' ')
    .replace(/[|#`]+/g, ' ')
    .replace(/(^|\s)\*+|\*+(?=\s|$)/g, '$1')
    .replace(/(?:^|\s)_+(?:\s+_+)*(?=\s|$)/g, ' ')
    .replace(/\b_+|_+\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// Memoised per block and per link: actions, digest and summary read the same texts many times.
// Weak maps keyed by the document's own objects go away with the document (no global growth).
const blockTexts = new WeakMap<Block, string>();
const linkTexts = new WeakMap<InlineLink, string>();

/** cleanText(b.text), computed once per block. */
export function blockText(b: Block): string {
  let t = blockTexts.get(b);
  if (t === undefined) {
    t = cleanText(b.text);
    blockTexts.set(b, t);
  }
  return t;
}

/** cleanText(l.text), computed once per link. */
export function linkText(l: InlineLink): string {
  let t = linkTexts.get(l);
  if (t === undefined) {
    t = cleanText(l.text);
    linkTexts.set(l, t);
  }
  return t;
}

const LEAD_FILLER =
  /^(?:(?:and|but|so|then|or|also)\s+)?(?:(?:if you (?:want|would like|['’]d like|wish) to|please|kindly|you can|you could|you may|click here to|click to|tap here to|be sure to|make sure to|don['’]t forget to|if you can,?|here['’]?s|here is|just|why not)\s+)+/i;
const TRAIL_FILLER = /\s+(?:here|below|now|today|online)(?:\s+(?:here|below|now|today|online))*$/i;

function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** Cut at a word boundary, never mid-word; an ellipsis says something was left out. */
export function shorten(s: string, max = MAX_LABEL): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const sp = cut.lastIndexOf(' ');
  return `${(sp > max / 2 ? cut.slice(0, sp) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

const WRITTEN_URL = /(?:https?:\/\/|www\.)\S+/g;

/**
 * An address written out after the words ("Share the plan https://…") is not wording: it goes,
 * with the spaces before it, when a non-space stands 3+ characters before it on its line. One
 * forward pass (a lookbehind `(?<=\S.{2,})` rescans the whole line at every position).
 */
export function withoutWrittenUrls(text: string): string {
  let out = '';
  let from = 0;
  let scanned = 0;
  let firstInLine = -1;
  for (const m of text.matchAll(WRITTEN_URL)) {
    for (; scanned < m.index; scanned++) {
      const c = text[scanned]!;
      if (c === '\n' || c === '\r') firstInLine = -1;
      else if (firstInLine < 0 && !/\s/.test(c)) firstInLine = scanned;
    }
    if (firstInLine < 0 || firstInLine > m.index - 3) continue;
    let start = m.index;
    while (start > from && start - 1 > firstInLine && /[^\S\n\r]/.test(text[start - 1]!)) start--;
    out += text.slice(from, start);
    from = m.index + m[0].length;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Tidies ask wording into a label: fillers off the ends, sentence punctuation dropped. */
export function tidyLabel(raw: string): string {
  let s = withoutWrittenUrls(cleanText(raw))
    .replace(/\s*(?:→|»|>>|›)+\s*$/, '')
    .replace(/^[\s"'“”‘’([{—–-]+|[\s"'“”‘’)\]}.!,;:]+$/g, '');
  // "P.S. Forward this…": the postscript mark is not part of the ask.
  s = s.replace(/^P\.?\s?S\.?\s+(?:-\s*)?/, '');
  s = s.replace(STEP, '').replace(LEAD_FILLER, '');
  const trimmed = s.replace(TRAIL_FILLER, '');
  if (trimmed.split(' ').length >= 1 && trimmed.length >= 3) s = trimmed;
  s = s.replace(/[\s.!,;:]+$/, '');
  // Buttons shout ("SIGN THE PETITION"); the panel speaks in sentence case.
  if (/\p{Lu}{3}/u.test(s) && s.includes(' ') && s === s.toUpperCase()) {
    // …but acronyms stay: "RSVP FOR THE HEARING" -> "RSVP for the hearing".
    s = s.replace(/\S+/g, (w, i: number) =>
      i > 0 && w.length <= 4 && ACRONYMS.has(w) ? w : w.toLowerCase(),
    );
    s = s.replace(/^(\S+)/, (w) => (ACRONYMS.has(w.toUpperCase()) ? w.toUpperCase() : w));
  }
  return capitalise(shorten(closeQuotes(s)));
}

/** Count of `ch` in `s`. */
function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/**
 * The closing mark the end-trim took from a quoted last word ('call a "mass walkout"') goes
 * back: a label never leaves a quotation open.
 */
function closeQuotes(s: string): string {
  if (count(s, '"') % 2 === 1 && /"\S[^"]*$/.test(s)) return `${s}"`;
  if (count(s, '“') > count(s, '”') && !s.includes('„')) return `${s}”`;
  // French sets its guillemets apart with a space: « Marche pour le climat ».
  if (count(s, '«') > count(s, '»')) return /«\s/.test(s) ? `${s} »` : `${s}»`;
  return s;
}

/** The clause of a sentence that carries the ask of `kind` (a sentence may hold several). */
export function askClause(sentence: string, kind: ActionKind): string {
  const rules = KIND_RULES.filter((r) => r.kind === kind);
  const clauses = sentence.split(
    /\s*(?:[;:()•]|\s[—–-]+\s|—)\s*|(?<=[?!])\s+|,\s+(?=(?:and |but |so |or )?(?:please |you |click |sign |donate |join |subscribe |rsvp |register |share |get |read ))/i,
  );
  for (const c of clauses) {
    if (c && rules.some((r) => r.text.test(c))) return c;
  }
  return sentence;
}

/** A label for an ask found in running text. */
export function sentenceLabel(sentence: string, kind: ActionKind): string {
  const words = withoutWrittenUrls(cleanText(sentence));
  return tidyLabel(askClause(words, kind));
}

/** "the legal fund to support detained workers": what a bare "donate here" gives to. */
const FUND_PHRASE =
  /\b((?:a|an|the|our|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}(?:fund|relief fund|campaign|bail fund)(?:\s+(?:to|for)\s+[^.,;:()]{3,50})?)/iu;

const DONATE_TO =
  /\b(?:donation|donate|contribution|contribute|chip in)\s+(to\s+(?:the\s+)?\p{Lu}[^.;:!?()]{2,60})/u;

/** Adds the object a bare ask leaves out ("Donate" -> "Donate to the strike fund"). */
export function enrichLabel(
  label: string,
  kind: ActionKind,
  context: string,
  publication: string | null,
): string {
  if (kind === 'petition' && /^(?:the|our|this|a)\b/i.test(label)) {
    return shorten(`Sign ${label.charAt(0).toLowerCase()}${label.slice(1)}`);
  }
  if (label.split(/\s+/).length > 3) return label;
  if (kind === 'donate') {
    // "…ask you to make a donation to Mark Kelly before midnight tonight": whom it goes to.
    const to = DONATE_TO.exec(context);
    if (
      to &&
      /^(?:make a |give a )?(?:donation|donate|contribut\w*|chip in|give)(?: now| today| here)?$/i.test(
        label,
      )
    ) {
      return shorten(`${label.replace(/\s+(?:now|today|here)$/i, '')} ${to[1]!.trim()}`);
    }
    const m = FUND_PHRASE.exec(context);
    if (m) return shorten(`Donate to ${m[1]!.replace(/^(?:a|an|our|its|their)\s/i, 'the ')}`);
  }
  if (kind === 'subscribe' && publication && /^subscribe$/i.test(label)) {
    return shorten(`Subscribe to ${publication}`);
  }
  return label;
}
