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
  // The sentence being rebuilt, as pieces joined once at its end (a string grown by `+` and read
  // back at every merge costs quadratic time), and its last characters for the abbreviation test.
  let parts: string[] = [];
  let tail = '';
  const close = (): void => {
    if (parts.length) out.push(parts.join(''));
  };
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
    if (parts.length && midWord) {
      parts.push(s);
      tail = (tail + s).slice(-TAIL - 1);
    } else if (parts.length && /[」』]$/.test(tail) && /^\p{Script=Hiragana}/u.test(s)) {
      // 「…。」と述べた: a quotation closed mid-sentence, then the sentence goes on.
      parts.push(s);
      tail = (tail + s).slice(-TAIL - 1);
    } else if (
      parts.length &&
      (endsWithAbbreviation(tail) || /^[a-z]/.test(s) || isOrdinalDate(tail, s))
    ) {
      parts.push(' ', s);
      tail = `${tail} ${s}`.slice(-TAIL - 1);
    } else {
      close();
      parts = [s];
      tail = s.slice(-TAIL - 1);
    }
  }
  close();
  if (opener) {
    if (out.length) out[out.length - 1] += opener;
    else out.push(opener);
  }
  return out;
}

/** A day written as an ordinal ("am 1. April", "bis 15. März"): the dot does not end a sentence. */
const ORDINAL_DAY = /(?:^|\s)\d{1,2}\.$/;
const MONTH_AFTER_ORDINAL =
  /^(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b/i;

function isOrdinalDate(tail: string, next: string): boolean {
  return ORDINAL_DAY.test(tail) && MONTH_AFTER_ORDINAL.test(next);
}

/** How much of a sentence's end the abbreviation test reads. */
const TAIL = 48;

/**
 * ABBREV on the end of a sentence only (`text` is its last TAIL + 1 characters, or all of it): a
 * test from every position of an ever-growing sentence would make "St. St. St. …" quadratic. The
 * character before the tail stands in as a letter or a space, so `\b` reads as on the whole text.
 */
function endsWithAbbreviation(text: string): boolean {
  if (text.length <= TAIL) return ABBREV.test(text);
  const before = text[text.length - TAIL - 1]!;
  return ABBREV.test(`${/\w/.test(before) ? 'x' : ' '}${text.slice(-TAIL)}`);
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
