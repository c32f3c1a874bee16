import { countWordsFast, sharedScope } from '../blocks/block-cache';

// Sentence splitting with Intl.Segmenter (any language), repaired where it splits after common
// abbreviations ("U.S.", "Jan.", "Dr.") or initials.
const ABBREV =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Mt|Ft|Gen|Gov|Sen|Rep|Rev|Lt|Col|Sgt|Capt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Vol|vs|etc|Inc|Ltd|Co|Corp|approx|e\.g|i\.e|a\.m|p\.m)\.|\b[A-Z]\.(?:[A-Z]\.)*)\s*$/;

const CJK_STOP = /[。！？｡][」』）〕】”’"]*$/;
const CJK_OPENER_AFTER_STOP = /(?<=[。！？｡])[「『（〔【“‘]+$/;

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
  // An opening bracket the segmenter left after a 。 belongs to the next sentence.
  let opener = '';
  for (const { segment: raw } of segmenter(lang).segment(text)) {
    const carry = CJK_OPENER_AFTER_STOP.exec(raw)?.[0] ?? '';
    const segment = opener + raw.slice(0, raw.length - carry.length);
    opener = carry;
    const s = segment.trim();
    const midWord = glued;
    // Chinese and Japanese end a sentence with 。！？ (and a closing bracket) and no space after.
    glued = segment.length > 0 && !/\s$/.test(segment) && !CJK_STOP.test(segment);
    if (!s) continue;
    const prev = out[out.length - 1];
    if (prev !== undefined && midWord) {
      out[out.length - 1] = `${prev}${s}`;
    } else if (prev !== undefined && /[」』]$/.test(prev) && /^\p{Script=Hiragana}/u.test(s)) {
      // 「…。」と述べた: a quotation closed mid-sentence, then the sentence goes on.
      out[out.length - 1] = `${prev}${s}`;
    } else if (prev !== undefined && (ABBREV.test(prev) || /^[a-z]/.test(s))) {
      out[out.length - 1] = `${prev} ${s}`;
    } else {
      out.push(s);
    }
  }
  if (opener) {
    if (out.length) out[out.length - 1] += opener;
    else out.push(opener);
  }
  return out;
}

/** Words: tokens between whitespace holding a letter or a digit (counted without splitting). */
export function countWords(text: string): number {
  return countWordsFast(text);
}

/** Han, kana: Chinese and Japanese, written without spaces between words. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * The length of a sentence in words, where Chinese and Japanese count one word per two characters
 * (about their average word length), so length limits mean the same in every language.
 */
export function countSentenceWords(text: string): number {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  if (cjk === 0) return countWords(text);
  return countWords(text.replace(CJK_CHAR, ' ')) + Math.round(cjk / 2);
}
