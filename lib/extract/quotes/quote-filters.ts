import { countWordsFast } from '../blocks/block-cache';
import { foldText as fold } from '../text/byline-names';

// What looks like a quotation but is not one a reader would pull out: scare quotes of a few
// words, titles of works ("How Open Source Is Eating AI"), quoted search terms, the subject line
// repeated.

export const MIN_QUOTE_WORDS = 5;

/** Words of a quotation: tokens holding a letter or a digit. */
export function wordCount(text: string): number {
  return countWordsFast(text);
}

/** Lower-case words short enough to stay lower-case in a title (of, the, and…). */
const MINOR_LENGTH = 4;

/**
 * Title Case: nearly every long word after the first is capitalised. German capitalises nouns,
 * so an ordinary German sentence has fewer than half its long words capitalised; a title has all.
 */
export function looksLikeTitle(text: string, spoken = false): boolean {
  const words = text
    .replace(/[.!?,:;]+$/u, '')
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  if (words.length > 16) return false;
  const long = words.slice(1).filter((w) => w.length >= MINOR_LENGTH && /^\p{L}/u.test(w));
  if (long.length < 2) return false;
  // Words someone is said to have said, with a long lower-case word, are German speech (nouns
  // capitalised: "ein bitterer Sommer"), not a title that capitalises every long word.
  if (spoken && words.slice(1).some((w) => w.length >= 6 && /^\p{Ll}/u.test(w))) return false;
  const caps = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / long.length >= 0.75;
}

/** The narration just before a quotation presents it as a search query or typed input. */
export function isSearchTerm(pre: string): boolean {
  const near = pre.slice(-60).toLowerCase();
  return /\b(?:search(?:es|ed|ing)?|googl(?:e|es|ed|ing)|query|queries|typ(?:e|es|ed|ing) in(?:to)?|zoek(?:en|t)?(?:\s+op)?|suche(?:n)?\s+nach)\b[^.!?]*$/u.test(
    near,
  );
}

/** The quotation is the subject line itself, repeated in the body. */
export function isSubjectLine(text: string, subject: string | null | undefined): boolean {
  if (!subject) return false;
  const s = fold(subject.replace(/^(?:(?:re|fwd?|aw|wg)\s*:\s*)+/iu, ''));
  return s.length > 0 && fold(text) === s;
}

/**
 * Nouns for works and talks (en, de, fr, es, nl, it, pt): a quotation right after one ("his talk
 * “…”", "the documentary, “…”", "le livre « … »") is the work's title, not anyone's words.
 */
const WORK_NOUNS = new Set(
  `talk talks keynote lecture presentation session panel webinar workshop film films movie
  documentary book books novel essay article articles piece post paper report episode series show
  podcast song album exhibition exhibit course chapter column thread newsletter play poem headline
  vortrag film buch artikel folge sendung ausstellung beitrag titel
  conférence livre émission exposition roman chanson titre
  charla película libro artículo ponencia documental canción título
  lezing boek aflevering voorstelling
  conferenza libro articolo puntata romanzo canzone titolo
  palestra filme livro artigo episódio música`.split(/\s+/u),
);
/** German and Dutch compounds ending in a work noun ("Dokumentarfilm", "Kinderbuch"). */
const COMPOUND_WORK = /\p{L}{3}(?:film|buch|artikel|vortrag|sendung|folge|roman|boek|lezing)$/u;
/** Words that may stand between the noun and the title ("a talk called", "het boek getiteld"). */
const TITLE_LINKS = new Set(
  'called titled entitled named new latest recent his her their its the a an my our intitulé titulado intitolato intitulado getiteld namens'.split(
    ' ',
  ),
);

/** The narration right before a quotation names a work whose title the quotation is. */
export function isWorkTitle(pre: string): boolean {
  const words = pre
    .slice(-80)
    .toLowerCase()
    .split(/[\s,:]+/u)
    .filter(Boolean);
  for (let i = words.length - 1, n = 0; i >= 0 && n < 4; i--, n++) {
    const w = words[i]!.replace(/[^\p{L}-]/gu, '');
    if (WORK_NOUNS.has(w) || COMPOUND_WORK.test(w)) return true;
    if (!TITLE_LINKS.has(w)) return false;
  }
  return false;
}

/**
 * The sentence around an unattributed quotation speaks to the reader ("ask yourself “…?”", "if
 * you hear “…”"): a hypothetical or a prompt, not a report. Second-person words per language.
 */
const READER_WORDS =
  /(?:^|[^\p{L}])(?:you|your|yourself|du|dich|dir|dein|deine|euch|vous|votre|tu|toi|ton|ta|usted|ustedes|tú|tu|jij|jouw|jullie|voi|vostro|você|vocês)(?=$|[^\p{L}])/iu;

export function addressesReader(sentence: string): boolean {
  return READER_WORDS.test(sentence);
}

/**
 * Imperatives that ask the reader to act ("Reply to this email and tell me …", "Schreib uns
 * …", "Répondez à ce mail …"): what they put in quote marks is for the reader to write.
 */
const INSTRUCTION_OPENINGS =
  /^\W*(?:reply|hit reply|respond|tell (?:me|us)|send|write|email|text|comment|share|forward|let (?:me|us) know|type|click|tap|antworte|antwortet|antworten sie|schreib|schreibt|schreiben sie|réponds|répondez|écris|écrivez|envoyez|responde|responda|escribe|escríbenos|envía|antwoord|stuur|schrijf|mail|rispondi|rispondete|scrivi|scriveteci|inviate|envie|escreva)(?=$|[^\p{L}])/iu;

export function isInstruction(text: string): boolean {
  return INSTRUCTION_OPENINGS.test(text);
}
