import { foldText as fold } from '../text/byline-names';
import { wordCount } from './quote-filters';

// Ranks quotations for the panel's "key quotes": a substantial quote by a named person first,
// then others that add something — a quote mostly repeating one already ranked drops, and a
// speaker already shown counts for less, so the top of the list covers different voices.

export interface Candidate {
  text: string;
  speaker: string | null;
  /** Reading order, for stable ties. */
  order: number;
}

export interface Ranked extends Candidate {
  score: number;
}

/** Greedy re-ranking is quadratic; past this many quotes the rest keep their base score. */
const RERANK_LIMIT = 150;

function baseScore(c: Candidate): number {
  const words = wordCount(c.text);
  // Long enough to say something, not so long it is a whole article: best near 15–45 words.
  const length = words < 15 ? words / 15 : words <= 45 ? 1 : Math.max(0.5, 45 / words);
  return 0.55 * length + (c.speaker ? 0.35 : 0) + 0.1 / (1 + c.order / 10);
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  let hit = 0;
  for (const w of a) if (b.has(w)) hit++;
  return hit / a.size;
}

export function rankQuotes(candidates: Candidate[]): Ranked[] {
  const pool = candidates
    .map((c) => ({ c, base: baseScore(c), words: new Set(fold(c.text).split(' ')) }))
    .sort((x, y) => y.base - x.base || x.c.order - y.c.order);
  const head = pool.slice(0, RERANK_LIMIT);
  const tail = pool.slice(RERANK_LIMIT);
  const out: Ranked[] = [];
  // Redundancy of each remaining quote against everything picked so far, updated per pick.
  const red = head.map(() => 0);
  const speakerCount = new Map<string, number>();
  while (head.length > 0) {
    let best = 0;
    let bestScore = -Infinity;
    for (let i = 0; i < head.length; i++) {
      const h = head[i]!;
      const seen = h.c.speaker ? (speakerCount.get(h.c.speaker) ?? 0) : 0;
      const s = h.base - 0.08 * seen - (red[i]! >= 0.8 ? 0.4 : 0);
      if (s > bestScore || (s === bestScore && h.c.order < head[best]!.c.order)) {
        best = i;
        bestScore = s;
      }
    }
    const [h] = head.splice(best, 1);
    red.splice(best, 1);
    const prev = out.length > 0 ? out[out.length - 1]!.score : Infinity;
    out.push({ ...h!.c, score: round(Math.min(bestScore, prev)) });
    for (let i = 0; i < head.length; i++)
      red[i] = Math.max(red[i]!, overlap(head[i]!.words, h!.words));
    if (h!.c.speaker) speakerCount.set(h!.c.speaker, (speakerCount.get(h!.c.speaker) ?? 0) + 1);
  }
  const floor = out.length > 0 ? out[out.length - 1]!.score : Infinity;
  for (const t of tail) out.push({ ...t.c, score: round(Math.min(t.base, floor)) });
  return out;
}

const round = (n: number): number => Math.round(Math.max(0, n) * 1000) / 1000;
