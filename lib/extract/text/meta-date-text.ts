// Absolute calendar dates written in text ("January 20, 2026", "14 Oct 2022", "Feb 18",
// "mardi 31 janvier 2023", "2022-10-14", "19/04/2020"). Written here rather than with chrono-node:
// the article date only needs stated calendar dates (no "next Friday"), and chrono's locale data
// would cost tens of kB gzipped in the side panel bundle.

const MONTHS: Record<string, number> = {};
function addMonths(names: string[]): void {
  names.forEach((n, i) => {
    for (const alias of n.split('|')) MONTHS[alias] = i;
  });
}
// en, fr, nl, de, es, it, pt — full names and their usual abbreviations.
addMonths([
  'january|jan',
  'february|feb',
  'march|mar',
  'april|apr',
  'may',
  'june|jun',
  'july|jul',
  'august|aug',
  'september|sep|sept',
  'october|oct',
  'november|nov',
  'december|dec',
]);
addMonths([
  'janvier|janv',
  'février|fevrier|févr|fevr',
  'mars',
  'avril|avr',
  'mai',
  'juin',
  'juillet|juil',
  'août|aout',
  'septembre',
  'octobre',
  'novembre',
  'décembre|decembre|déc',
]);
addMonths([
  'januari',
  'februari',
  'maart|mrt',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober|okt',
  'november',
  'december',
]);
addMonths([
  'januar|jänner',
  'februar',
  'märz|maerz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember|dez',
]);
addMonths([
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre|setiembre',
  'octubre',
  'noviembre',
  'diciembre',
]);
// Italian and Portuguese ("19 gennaio", "5 de março"); their short forms "set", "out", "dic" are
// left out: they are everyday words before a number.
addMonths([
  'gennaio|genn',
  'febbraio|febbr',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre|sett',
  'ottobre|ott',
  'novembre',
  'dicembre',
]);
addMonths([
  'janeiro',
  'fevereiro',
  'março|marco',
  'abril',
  'maio',
  'junho',
  'julho',
  'agosto',
  'setembro',
  'outubro',
  'novembro',
  'dezembro',
]);

const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const M = `(${MONTH_ALT})\\.?`;
const D = '(\\d{1,2})(?:st|nd|rd|th|er|e)?';
const Y = '(\\d{4})';

// Month-first: "January 20, 2026", "Feb 18", "Oct. 5 2018".
const MONTH_FIRST = new RegExp(
  `(?<![\\p{L}])${M}\\s+${D}(?!\\d)(?:,?\\s+${Y})?(?![\\p{L}\\d])`,
  'giu',
);
// Day-first: "14 Oct 2022", "31 janvier 2023", "10. Februar 2019", "10 de febrero de 2019".
const DAY_FIRST = new RegExp(
  `(?<![\\p{L}\\d])${D}\\.?\\s+(?:de\\s+)?${M}(?:,?\\s+(?:de\\s+)?${Y})?(?![\\p{L}\\d])`,
  'giu',
);
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const NUMERIC = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.])/g;

export interface FoundDate {
  /** Midnight UTC of the day. */
  date: Date;
  /** Whether the year was written. */
  hasYear: boolean;
  /** Position of the match in the text. */
  start: number;
  end: number;
}

function utcDay(y: number, m: number, d: number): Date | null {
  if (m < 0 || m > 11 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const date = new Date(Date.UTC(y, m, d));
  return date.getUTCMonth() === m ? date : null;
}

/** The year that puts month/day closest to (and not long after) the reference date. */
function yearFor(m: number, d: number, ref: Date | null): number | null {
  if (!ref) return null;
  const y = ref.getUTCFullYear();
  const candidate = utcDay(y, m, d);
  if (!candidate) return null;
  // A day more than ~2 months after the reference is last year's ("Dec 30" read on Jan 2).
  return candidate.getTime() - ref.getTime() > 60 * 86_400_000 ? y - 1 : y;
}

/**
 * Every absolute date in `text`, in order. `ref` supplies the year where it is left out; without
 * one, year-less dates are skipped.
 */
export function findDates(text: string, ref: Date | null): FoundDate[] {
  const out: FoundDate[] = [];
  // Every form below has a digit; most blocks have none, and the month regexes are costly.
  if (!/\d/.test(text)) return out;
  // Characters already inside a found date: an overlap test per date against every earlier one
  // would be quadratic in a text packed with dates.
  const taken = new Uint8Array(text.length);
  const push = (date: Date | null, hasYear: boolean, start: number, end: number): void => {
    if (!date) return;
    for (let i = start; i < end; i++) if (taken[i]) return;
    taken.fill(1, start, end);
    out.push({ date, hasYear, start, end });
  };
  for (const m of text.matchAll(ISO)) {
    push(
      utcDay(Number(m[1]), Number(m[2]) - 1, Number(m[3])),
      true,
      m.index,
      m.index + m[0].length,
    );
  }
  for (const re of [MONTH_FIRST, DAY_FIRST]) {
    for (const m of text.matchAll(re)) {
      const monthFirst = re === MONTH_FIRST;
      const month = MONTHS[(monthFirst ? m[1] : m[2])!.toLowerCase()];
      const day = Number(monthFirst ? m[2] : m[1]);
      if (month === undefined) continue;
      // "may 5" in running text is usually the verb: only trust "May" capitalised.
      const monthWord = (monthFirst ? m[1] : m[2])!;
      if (monthWord === 'may' || monthWord === 'mar' || monthWord === 'mai') continue;
      const yearText = m[3];
      const year = yearText ? Number(yearText) : yearFor(month, day, ref);
      if (year === null) continue;
      push(utcDay(year, month, day), Boolean(yearText), m.index, m.index + m[0].length);
    }
  }
  for (const m of text.matchAll(NUMERIC)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    // Day first unless that is impossible: most senders outside the US write DD/MM, and a US
    // MM/DD date whose day is ≤ 12 cannot be told apart anyway.
    const date = a > 12 ? utcDay(y, b - 1, a) : b > 12 ? utcDay(y, a - 1, b) : utcDay(y, b - 1, a);
    push(date, true, m.index, m.index + m[0].length);
  }
  return out.sort((x, y) => x.start - y.start);
}

const MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])${M}\\s+(?:de\\s+)?${Y}(?![\\p{L}\\d])`, 'iu');

/**
 * The first day of a month named with its year ("October 2025 Newsletter", "Ausgabe Januar 2023",
 * "Lettre de mars 2024"), or null: an issue line that dates a whole edition.
 */
export function findMonthYear(text: string): Date | null {
  if (!/\d{4}/.test(text)) return null;
  const m = MONTH_YEAR.exec(text.slice(0, 300));
  if (!m || m[1] === 'may' || m[1] === 'mar' || m[1] === 'mai') return null;
  const month = MONTHS[m[1]!.toLowerCase()];
  return month === undefined ? null : utcDay(Number(m[2]), month, 1);
}
