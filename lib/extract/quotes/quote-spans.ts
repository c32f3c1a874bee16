// Finds quotation spans in one block of text by pairing quote marks in a single left-to-right
// pass (linear time, no regex backtracking). Whether a mark opens or closes is read from the
// characters around it, so the same code handles “English”, „German/Dutch“, »German«,
// « French », ‘single’ quotes and straight quotes — and tells an apostrophe (it’s, z’n,
// workers’) from a closing single quote.

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark; -1 when the span runs to the end of the text unclosed. */
  close: number;
  /** The quoted text, without the marks, trimmed. */
  text: string;
}

export interface SpanResult {
  /** Top-level quotations only: a quotation inside a quotation is part of the outer text. */
  spans: QuoteSpan[];
  /** Offset of a top-level double-mark quotation still open at the end of the text, or -1. */
  openAt: number;
}

type Family = 'double' | 'single';
type Role = 'open' | 'close' | 'none';

const DOUBLE_MARKS = new Set([
  '"',
  '“',
  '”',
  '„',
  '«',
  '»',
  '‟',
  '〝',
  '〞',
  '＂',
  '「',
  '」',
  '『',
  '』',
]);
/** CJK corner brackets have fixed directions, and no spaces around them. */
const OPENERS = new Set(['「', '『']);
const CLOSERS = new Set(['」', '』']);
const SINGLE_MARKS = new Set(["'", '‘', '’', '‚', '‹', '›']);
const SINGLE_MARK_RE = /['‘’‚‹›]/g;
const ANY_MARK_RE = /["“”„«»‟〝〞＂「」『』'‘’‚‹›]/g;

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
// Before an opening mark: start, space, an opening bracket or a dash.
const isOpenContext = (c: string | undefined): boolean =>
  c === undefined || /[\s([{\-–—/:]/u.test(c);

function roleOf(mark: string, prev: string | undefined, next: string | undefined): Role {
  const spaceBefore = isOpenContext(prev);
  const spaceAfter = isSpace(next) || /[.,;:!?)\]}…\-–—]/u.test(next ?? ' ');
  if (SINGLE_MARKS.has(mark)) {
    // A single mark between two letters is an apostrophe (it’s, z’n, O’Brien).
    if (isWordChar(prev) && isWordChar(next)) return 'none';
    if (mark === '‚') return spaceBefore && !isSpace(next) ? 'open' : 'none';
    if (spaceBefore && !isSpace(next)) {
      // ‘90s, 'em, ‘t (Dutch) look like openers; a following digit is almost always an elision.
      if (/\p{N}/u.test(next ?? '')) return 'none';
      return 'open';
    }
    if (!isSpace(prev) && spaceAfter) return 'close';
    return 'none';
  }
  if (mark === '„' || OPENERS.has(mark)) return 'open';
  if (CLOSERS.has(mark)) return 'close';
  // A mark right before punctuation closes (French « texte », with its inner spaces).
  if (spaceBefore && !isSpace(next) && !/[.,;:!?)\]]/u.test(next ?? '')) return 'open';
  if (isSpace(prev) && /[.,;:!?)\]]/u.test(next ?? '')) return 'close';
  if (!isSpace(prev) && spaceAfter) return 'close';
  // Detached marks (« text », a mark between spaces): French guillemets have fixed directions.
  if (mark === '«') return 'open';
  if (mark === '»') return 'close';
  if (mark === '“' && !isSpace(next)) return 'open';
  if (mark === '”' && !isSpace(prev)) return 'close';
  return 'none';
}

interface Open {
  at: number;
  family: Family;
}

/** Single marks that really pair up; a lone ‘t or ‘em opener never closes and is an elision. */
function pairedSingles(text: string): Set<number> {
  const paired = new Set<number>();
  const stack: number[] = [];
  SINGLE_MARK_RE.lastIndex = 0;
  for (let m; (m = SINGLE_MARK_RE.exec(text));) {
    const i = m.index;
    const c = text[i]!;
    const role = roleOf(c, text[i - 1], text[i + 1]);
    if (role === 'open') stack.push(i);
    else if (role === 'close' && stack.length > 0) {
      paired.add(stack.pop()!);
      paired.add(i);
    }
  }
  return paired;
}

/** Pairs the quote marks of `text`. */
export function findQuoteSpans(text: string): SpanResult {
  const spans: QuoteSpan[] = [];
  const stack: Open[] = [];
  const singles = pairedSingles(text);
  // Only the marks matter: jump from one to the next instead of visiting every character.
  ANY_MARK_RE.lastIndex = 0;
  for (let m; (m = ANY_MARK_RE.exec(text));) {
    const i = m.index;
    const c = text[i]!;
    const family: Family | null = DOUBLE_MARKS.has(c)
      ? 'double'
      : SINGLE_MARKS.has(c) && singles.has(i)
        ? 'single'
        : null;
    if (!family) continue;
    const role = roleOf(c, text[i - 1], text[i + 1]);
    if (role === 'none') continue;
    if (role === 'open') {
      stack.push({ at: i, family });
      continue;
    }
    // A closing mark pairs with the nearest opener of its family; unclosed single openers above
    // it were apostrophes or elisions and are dropped.
    let j = stack.length - 1;
    while (j >= 0 && stack[j]!.family !== family) j--;
    if (j < 0) continue; // a stray closer (a possessive workers’, or a missing opener)
    const opener = stack[j]!;
    stack.length = j;
    if (stack.length === 0) {
      spans.push({ open: opener.at, close: i, text: text.slice(opener.at + 1, i).trim() });
    }
  }
  // A double quotation still open at the end may continue in the next paragraph.
  const firstOpen = stack.find((o) => o.family === 'double');
  const openAt = firstOpen && stack[0] === firstOpen ? firstOpen.at : -1;
  return { spans, openAt };
}

/** True when the text (ignoring leading space) starts with an opening double mark. */
export function startsWithOpener(text: string): boolean {
  const t = text.trimStart();
  const c = t[0];
  return c !== undefined && DOUBLE_MARKS.has(c) && roleOf(c, undefined, t[1]) === 'open';
}

/** Removes one pair of quote marks wrapping the whole text, if there is one. */
export function stripWrappingMarks(text: string): string {
  const t = text.trim();
  if (t.length < 2) return t;
  const first = t[0]!;
  const last = t[t.length - 1]!;
  if (DOUBLE_MARKS.has(first) && DOUBLE_MARKS.has(last)) {
    const { spans } = findQuoteSpans(t);
    if (spans.length === 1 && spans[0]!.open === 0 && spans[0]!.close === t.length - 1) {
      return spans[0]!.text;
    }
  }
  return t;
}
