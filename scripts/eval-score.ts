import { unwrapRedirect } from '../lib/extract/links/url-safety';
import type { Summary } from '../lib/schema';

// The scoring rules of the labelled corpus (see the corpus README): a fair reader's comparison,
// not string equality. Pure functions so the rules are unit-tested apart from the harness.

/** Words of a text folded for comparison: case, accents and punctuation removed. */
export function foldWords(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

/** Share of `of`'s distinct words that also occur in `in_` (1 when `of` has no words). */
export function wordCoverage(of: string[], in_: string[]): number {
  const want = new Set(of);
  if (want.size === 0) return 1;
  const have = new Set(in_);
  let hit = 0;
  for (const w of want) if (have.has(w)) hit++;
  return hit / want.size;
}

/** Headline: ≥ 80 % token overlap both ways. */
export function headlineMatches(got: string | null, label: string | null): boolean {
  const g = foldWords(got);
  const l = foldWords(label);
  if (l.length === 0) return g.length === 0;
  if (g.length === 0) return false;
  return wordCoverage(l, g) >= 0.8 && wordCoverage(g, l) >= 0.8;
}

/** Same person: the same full name, or the same surname (last word). */
export function sameName(a: string | null, b: string | null): boolean {
  const x = foldWords(a);
  const y = foldWords(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.join(' ') === y.join(' ')) return true;
  return x[x.length - 1] === y[y.length - 1];
}

/** Authors: every labelled author found, at most one extra; `[]` must be `[]`. */
export function authorsMatch(got: string[], label: string[]): boolean {
  if (label.length === 0) return got.length === 0;
  const used = new Set<number>();
  for (const want of label) {
    const i = got.findIndex((g, j) => !used.has(j) && sameName(g, want));
    // Two labelled authors can share a surname; reuse a found name rather than fail the pair.
    const k = i >= 0 ? i : got.findIndex((g) => sameName(g, want));
    if (k < 0) return false;
    used.add(k);
  }
  return got.length - used.size <= 1;
}

/** Publication: ≥ 50 % of the label's words present; a null label wants null. */
export function publicationMatches(got: string | null, label: string | null): boolean {
  const l = foldWords(label);
  if (l.length === 0) return foldWords(got).length === 0;
  return wordCoverage(l, foldWords(got)) >= 0.5;
}

/** Date: the same day (both YYYY-MM-DD); a null label wants null. */
export function dateMatches(got: string | null, label: string | null): boolean {
  return (got ?? null) === (label ?? null);
}

/** Quote: ≥ 60 % of the label's words in it, or ≥ 80 % of its words in the label. */
export function quoteMatches(got: string, label: string): boolean {
  const g = foldWords(got);
  const l = foldWords(label);
  if (g.length === 0 || l.length === 0) return false;
  return wordCoverage(l, g) >= 0.6 || wordCoverage(g, l) >= 0.8;
}

export interface Ratio {
  hit: number;
  n: number;
}

export interface QuoteScore {
  /** Returned quotes that match some labelled quote, over all returned. */
  precision: Ratio;
  /** Labelled quotes found, over all labelled. */
  recall: Ratio;
  /** Among found labelled quotes whose label names a speaker: the speaker is right. */
  speaker: Ratio;
  missed: string[];
  extra: string[];
  wrongSpeaker: { text: string; got: string | null; want: string }[];
}

export interface LabelQuote {
  text: string;
  speaker: string | null;
}

export function scoreQuotes(got: Summary['quotes'], label: LabelQuote[]): QuoteScore {
  const s: QuoteScore = {
    precision: { hit: 0, n: got.length },
    recall: { hit: 0, n: label.length },
    speaker: { hit: 0, n: 0 },
    missed: [],
    extra: [],
    wrongSpeaker: [],
  };
  for (const q of got) {
    if (label.some((l) => quoteMatches(q.text, l.text))) s.precision.hit++;
    else s.extra.push(q.text);
  }
  for (const l of label) {
    const found = got.filter((q) => quoteMatches(q.text, l.text));
    if (found.length === 0) {
      s.missed.push(l.text);
      continue;
    }
    s.recall.hit++;
    if (l.speaker) {
      s.speaker.n++;
      // Where several returned quotes match one label (a quote split by "he said"), any right one counts.
      if (found.some((q) => sameName(q.speaker, l.speaker))) s.speaker.hit++;
      else s.wrongSpeaker.push({ text: l.text, got: found[0]?.speaker ?? null, want: l.speaker });
    }
  }
  return s;
}

export interface LabelAction {
  label: string;
  kind: string;
  url: string | null;
  date: string | null;
}

/** URLs compare without fragment, trailing slash or case of scheme/host. */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    u.hash = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return url.trim().replace(/#.*$/, '').replace(/\/$/, '');
  }
}

/** Same URL — also when one is a tracking redirect that carries the other in its query. */
export function sameUrl(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const x = normaliseUrl(a);
  const y = normaliseUrl(b);
  if (x === y) return true;
  // Labels keep the tracker URL as sent; the parser reports where it leads. The same destination
  // read out of the URL itself (never fetched) is the same link.
  const ux = normaliseUrl(unwrapRedirect(a));
  const uy = normaliseUrl(unwrapRedirect(b));
  if (ux === uy) return true;
  const decode = (s: string): string => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const long = x.length > y.length ? decode(x) : decode(y);
  const short = x.length > y.length ? y : x;
  return short.length > 12 && long.includes(short) && long.indexOf(short) > 0;
}

/** Action: the same URL, or the same kind with ≥ 50 % shared label words or the same date. */
export function actionMatches(got: Summary['actions'][number], label: LabelAction): boolean {
  if (sameUrl(got.url, label.url)) return true;
  if (got.kind !== label.kind) return false;
  if (got.date && label.date && got.date === label.date) return true;
  const l = foldWords(label.label);
  return l.length > 0 && wordCoverage(l, foldWords(got.label)) >= 0.5;
}

export interface ActionScore {
  precision: Ratio;
  recall: Ratio;
  missed: LabelAction[];
  extra: Summary['actions'];
}

export function scoreActions(got: Summary['actions'], label: LabelAction[]): ActionScore {
  const s: ActionScore = {
    precision: { hit: 0, n: got.length },
    recall: { hit: 0, n: label.length },
    missed: [],
    extra: [],
  };
  for (const a of got) {
    if (label.some((l) => actionMatches(a, l))) s.precision.hit++;
    else s.extra.push(a);
  }
  for (const l of label) {
    if (got.some((a) => actionMatches(a, l))) s.recall.hit++;
    else s.missed.push(l);
  }
  return s;
}

export function pct(r: Ratio): number | null {
  return r.n === 0 ? null : Math.round((1000 * r.hit) / r.n) / 10;
}
