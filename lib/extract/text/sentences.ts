import { countWordsFast, sharedScope } from '../blocks/block-cache';

// Sentence splitting with Intl.Segmenter (any language), repaired where it splits after common
// abbreviations ("U.S.", "Jan.", "Dr.") or initials.
const ABBREV =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Mt|Ft|Gen|Gov|Sen|Rep|Rev|Lt|Col|Sgt|Capt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Vol|vs|etc|Inc|Ltd|Co|Corp|approx|e\.g|i\.e|a\.m|p\.m)\.|\b[A-Z]\.(?:[A-Z]\.)*)\s*$/;

const cache = new Map<string, Intl.Segmenter>();
function segmenter(lang: string | undefined): Intl.Segmenter {
  const key = lang ?? 'und';
  let s = cache.get(key);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    cache.set(key, s);
  }
  return s;
}

// The summary, the actions and the digest split the same cleaned block texts: within one
// summarise() call each text is split once. Results are stored frozen and handed out as copies,
// so no caller can change another's answer.
export function splitSentences(text: string, lang?: string): string[] {
  const shared = sharedScope();
  // Long texts are split once anyway (each extractor cuts its own slice): not worth keeping.
  if (!shared || text.length > 20_000) return segmentSentences(text, lang);
  const key = `sentences${lang === undefined ? '' : `=${lang}`}:${text}`;
  const hit = shared.get(key) as readonly string[] | undefined;
  if (hit) return hit.slice();
  const out = segmentSentences(text, lang);
  shared.set(key, Object.freeze(out.slice()));
  return out;
}

function segmentSentences(text: string, lang?: string): string[] {
  const out: string[] = [];
  // A break with no space after it falls inside a word or an address ("…/subscribe?ref=…").
  let glued = false;
  for (const { segment } of segmenter(lang).segment(text)) {
    const s = segment.trim();
    const midWord = glued;
    glued = segment.length > 0 && !/\s$/.test(segment);
    if (!s) continue;
    const prev = out[out.length - 1];
    if (prev !== undefined && midWord) {
      out[out.length - 1] = `${prev}${s}`;
    } else if (prev !== undefined && (ABBREV.test(prev) || /^[a-z]/.test(s))) {
      out[out.length - 1] = `${prev} ${s}`;
    } else {
      out.push(s);
    }
  }
  return out;
}

/** Words: tokens between whitespace holding a letter or a digit (counted without splitting). */
export function countWords(text: string): number {
  return countWordsFast(text);
}
