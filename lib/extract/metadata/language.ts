import type { EmailDoc } from '../blocks/document';
import { meaningfulBlocks } from './meta-lead';

// BCP 47 language of the body by counting very common function words. Measured against tinyld,
// eld and franc-min on the labelled corpus and on one-sentence probes (see the closing note of
// issue 2): as accurate on newsletter-length text, and about 2 kB instead of 20–80 kB gzipped in
// the side panel bundle. Scripts that never share stop words with these are told by code points.

const STOP_WORDS: Record<string, string> = {
  en: 'the and of to is that for it with was on are as you this be at have from not by but or we they your what all will can more about an has their would if there which our',
  nl: 'de het een en van is dat niet op te voor met zijn er maar ook als bij nog wel naar wat hij ze om aan door zo dan wordt geen je jij we wij ik mijn dit deze die over uit',
  fr: 'le la les et des est une un du que pas pour dans qui sur au ce il elle sont avec plus ne se par mais ou nous vous leur cette aux été être je tu son sa ses',
  de: 'der die das und ist nicht ein eine zu den mit von sich auf für im dem des auch es ich wir sie aber wird bei nach noch wie oder wenn nur kann über sind hat am einen einem einer haben war dass zum zur werden ihr ihre uns',
  es: 'el la los las de que y en es por un una para con no se del al lo como más pero sus su ya este esta son también fue hay muy porque cuando nos',
  it: 'il la di che e è un una per non sono del della le gli con si ma come anche al nel più ha questo questa ci sul dei delle mi ti',
  pt: 'o a os as de que e do da em um uma para com não se por mais dos das como mas foi ao ele ela são também já está nos pelo pela',
  sv: 'och att det som en är på för med av den till inte har om ett de jag vi var men kan ska sig från eller',
  da: 'og at det som en er på for med af den til ikke har om et de jeg vi var men kan skal sig fra eller',
  pl: 'i w na z że się nie do to jest jak ale o od po tak co dla są przez jego już',
};

const INDEX = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOP_WORDS)) {
  for (const w of words.split(' ')) INDEX.set(w, [...(INDEX.get(w) ?? []), lang]);
}

/** Scripts that name their language on their own (or nearly). */
const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Hiragana}|\p{Script=Katakana}/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Devanagari}/gu, 'hi'],
];
/** A character in none of Latin, Common, Inherited: only then can one of SCRIPTS match. */
const OTHER_SCRIPT = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

const LETTER = /\p{L}/u;

/**
 * UTF-16 length of the text's letters, and whether any character is in a script of SCRIPTS. One
 * pass, with the Unicode classes consulted only for non-ASCII characters.
 */
function scanLetters(text: string): { letters: number; otherScript: boolean } {
  let letters = 0;
  let otherScript = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const lc = c | 32;
      if (lc >= 97 && lc <= 122) letters++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (LETTER.test(ch)) letters += ch.length;
    if (!otherScript && OTHER_SCRIPT.test(ch)) otherScript = true;
    if (cp > 0xffff) i++;
  }
  return { letters, otherScript };
}

const LONGEST_STOP_WORD = Math.max(...[...INDEX.keys()].map((w) => w.length));

/**
 * The words of `split(/[^\p{L}']+/u)` short enough to be stop words, found without splitting the
 * whole text (a word is a run of letters and apostrophes).
 */
function stopWordCandidates(lower: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    let wordChar = false;
    let width = 1;
    if (i < lower.length) {
      const c = lower.charCodeAt(i);
      if (c < 128) wordChar = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39;
      else {
        const cp = lower.codePointAt(i)!;
        width = cp > 0xffff ? 2 : 1;
        wordChar = LETTER.test(String.fromCodePoint(cp));
      }
    }
    if (wordChar) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start <= LONGEST_STOP_WORD) out.push(lower.slice(start, i));
      start = -1;
    }
    i += width - 1;
  }
  return out;
}

/** Language of a text, or null when there is too little evidence. */
export function detectTextLanguage(text: string): string | null {
  const { letters, otherScript } = scanLetters(text);
  if (letters < 12) return null;
  // Text in Latin script alone (most mail) cannot reach any of the counts below.
  if (otherScript) {
    for (const [re, lang] of SCRIPTS) {
      const count = (text.match(re) ?? []).length;
      if (count / letters > 0.3) return lang;
    }
  }
  const scores = new Map<string, number>();
  let total = 0;
  for (const word of stopWordCandidates(text.toLowerCase())) {
    const langs = INDEX.get(word);
    if (!langs) continue;
    total++;
    // A word shared by several languages is weaker evidence for each of them.
    for (const l of langs) scores.set(l, (scores.get(l) ?? 0) + 1 / langs.length);
  }
  if (total < 2) return null;
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0] ?? null;
}

/** BCP 47 language of the body (its first few thousand characters of content). */
export function detectLanguage(doc: EmailDoc): string | null {
  let text = '';
  for (const b of meaningfulBlocks(doc)) {
    text += `${b.text}\n`;
    if (text.length > 6000) break;
  }
  return detectTextLanguage(text) ?? detectTextLanguage(doc.snapshot.subject);
}
