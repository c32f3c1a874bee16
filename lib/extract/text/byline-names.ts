import { isAscii } from '../blocks/block-cache';

// Person-name rules shared by the byline and publication extractors. A compact rule (capitalised
// words, particles, no organisation words) rather than an NLP library: it only has to judge short
// byline-shaped strings, and `compromise` would add ~200 kB to the side panel for no measured gain.

/** Words that make a capitalised phrase an organisation, product or publication, not a person. */
const ORG_WORDS = new Set(
  [
    'team',
    'staff',
    'editors',
    'editorial',
    'news',
    'newsletter',
    'weekly',
    'daily',
    'digest',
    'press',
    'media',
    'magazine',
    'journal',
    'times',
    'post',
    'review',
    'report',
    'notes',
    'world',
    'inc',
    'llc',
    'ltd',
    'corp',
    'company',
    'committee',
    'pac',
    'party',
    'campaign',
    'foundation',
    'institute',
    'university',
    'union',
    'council',
    'association',
    'group',
    'club',
    'network',
    'labs',
    'studio',
    'consulting',
    'partners',
    'capital',
    'road',
    'street',
    'list',
    'substack',
    'blog',
    'podcast',
    'brief',
    'briefing',
    'update',
    'updates',
    'senate',
    'congress',
    'america',
    'for',
    'the',
    'of',
    'from',
    'on',
    'at',
    'in',
    'democrats',
    'republicans',
    'date',
    'issue',
    'release',
    'edition',
    'published',
    'updated',
    'posted',
    'read',
    'share',
    'comment',
    'like',
    'subscribe',
    'crew',
    'meeting',
    'citywide',
    // German, French, Spanish, Dutch, Italian, Portuguese organisation words: a club, a
    // foundation or a newsroom signs as often as a person does.
    'werk',
    'stiftung',
    'verein',
    'verband',
    'gmbh',
    'ev',
    'redaktion',
    'initiative',
    'forum',
    'netzwerk',
    'bündnis',
    'gemeinde',
    'kirche',
    'akademie',
    'zentrum',
    'institut',
    'schule',
    'verlag',
    'deutschland',
    'österreich',
    'schweiz',
    'fondation',
    'association',
    'équipe',
    'rédaction',
    'société',
    'fundación',
    'asociación',
    'equipo',
    'redacción',
    'stichting',
    'vereniging',
    'redactie',
    'fondazione',
    'associazione',
    'redazione',
    'fundação',
    'associação',
    'equipe',
    'redação',
  ].map((w) => w.toLowerCase()),
);

/** Lower-case name particles ("Luis de la Cruz", "Ludwig van Beethoven"). */
const PARTICLES = new Set([
  'de',
  'la',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'du',
  'del',
  'bin',
  'ibn',
  'le',
  'ter',
  'dos',
]);

/** Honorifics and titles dropped from the front of a name. */
const TITLES =
  /^(?:(?:governor|gov\.?|senator|sen\.?|rep\.?|representative|mayor|president|professor|prof\.?|mr\.?|mrs\.?|ms\.?|mx\.?|sir|dame|rev\.?|father|sister|coach|judge|congressman|congresswoman|councilmember|commissioner)\s+)+/i;

/** Text with nicknames in quotes or parentheses removed: `Shaan "Chocolate Milk" Puri`. */
export function dropNicknames(s: string): string {
  return s
    .replace(/\s*["“”][^"“”]{1,40}["“”]\s*/g, ' ')
    .replace(/\s*\([^)]{1,40}\)\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A name with titles, nicknames and trailing punctuation taken off ("Governor Chris Christie"). */
export function cleanName(s: string): string {
  return dropNicknames(s)
    .replace(/^[\s\-–—•·|,:]+|[\s\-–—•·|,.:;!]+$/g, '')
    .replace(TITLES, '')
    .trim();
}

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*)$/u;

/**
 * A person's full name: 2–5 words, each capitalised (or a particle), no digits, no organisation
 * word. `allowSingle` accepts a lone given name ("Shane") where the context is a sign-off.
 */
export function isPersonName(raw: string, allowSingle = false): boolean {
  const s = cleanName(raw);
  if (!s || s.length > 60 || /[\d@#/\\:;!?&+=_<>]/.test(s)) return false;
  if (s === s.toUpperCase() && s.replace(/[^\p{L}]/gu, '').length > 3 && !allowSingle) {
    // An ALL-CAPS line is a heading far more often than a name.
    return false;
  }
  const words = s.split(/\s+/);
  const min = allowSingle ? 1 : 2;
  if (words.length < min || words.length > 5) return false;
  // A given name is not a gerund: "Breaking Smart", "Morning Brew" are titles.
  if (words.length > 1 && /ing$/i.test(words[0]!)) return false;
  let capitalised = 0;
  for (const w of words) {
    // An acronym ("WWF Deutschland", "PBA Citywide") names an organisation.
    if (words.length > 1 && /^\p{Lu}{2,}$/u.test(w)) return false;
    const lw = w.toLowerCase().replace(/[.,]/g, '');
    if (ORG_WORDS.has(lw)) return false;
    if (PARTICLES.has(w)) continue;
    if (!NAME_WORD.test(w)) return false;
    capitalised++;
  }
  return capitalised >= min;
}

/**
 * Splits "A, B and C" / "A & B" into names; returns null unless every part is a person name
 * (so a sentence that merely contains "and" is not read as a list of authors).
 */
export function splitNames(raw: string, allowSingle = false): string[] | null {
  const text = dropNicknames(raw).replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const parts = text
    // "and", "&", "en" (nl), "et" (fr), "und" (de), "y" (es), "e"/"ed" (it, pt).
    .split(
      /\s*(?:,\s*(?:and|&)\s+|,\s*|\s+and\s+|\s*&\s*|\s+en\s+|\s+et\s+|\s+und\s+|\s+y\s+|\s+e\s+|\s+ed\s+)\s*/i,
    )
    .map((p) => cleanName(p))
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 6) return null;
  if (!parts.every((p) => isPersonName(p, allowSingle))) return null;
  return parts;
}

/**
 * Like splitNames, for a credit that ends with a team: "Nat Rubio-Licht, Sabrina Ortiz and The
 * Deep View crew" gives the people; the team part must say it is one (an organisation word).
 */
export function splitNamesWithTeam(raw: string): string[] | null {
  const text = dropNicknames(raw).replace(/\s+/g, ' ').trim();
  const parts = text
    .split(
      /\s*(?:,\s*(?:and|&)\s+|,\s*|\s+and\s+|\s*&\s*|\s+und\s+|\s+et\s+|\s+y\s+|\s+en\s+|\s+e\s+)\s*/i,
    )
    .map((p) => cleanName(p))
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 10) return null;
  const names = parts.filter((p) => isPersonName(p));
  const team = (p: string): boolean =>
    p.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase().replace(/[.,]/g, '')));
  if (names.length === 0 || !parts.every((p) => names.includes(p) || team(p))) return null;
  return names;
}

/** The person name a text starts with: "Anna Häßlin Programmleitung Migration" → "Anna Häßlin". */
export function leadingPersonName(text: string): string | null {
  const words = text.trim().split(/\s+/).slice(0, 4);
  for (let n = Math.min(3, words.length); n >= 2; n--) {
    const candidate = words.slice(0, n).join(' ');
    if (isPersonName(candidate)) return cleanName(candidate);
  }
  return null;
}

/** Case-insensitive, accent-insensitive word list, for comparing names and titles. */
export function foldText(s: string): string {
  // ASCII text (most names and titles) has no marks to strip and only a-z0-9 as letters and
  // digits: the same result without normalising or Unicode classes.
  if (isAscii(s))
    return s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  // Soft hyphens are invisible: "co\u00adop" folds as "coop", not "co op".
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/\u00ad/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words an ALL-CAPS name keeps in lower case: particles, "and", the "in" of a city filed from. */
const LOWER_IN_NAMES = new Set(
  'de la le du des van von der den da di del dos y e ed en et und and in aus à desde uit em'.split(
    ' ',
  ),
);

/** An ALL-CAPS name ("JANE ROE", "JAN VAN DER BERG IN OSLO") in the case a name is written in. */
export function nameCased(text: string): string {
  if (/\p{Ll}/u.test(text)) return text;
  return text
    .toLowerCase()
    .split(' ')
    .map((w) =>
      LOWER_IN_NAMES.has(w)
        ? w
        : w.replace(/(^|['’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()),
    )
    .join(' ');
}
