import { casual } from 'chrono-node/en';
import { casual as casualNl } from 'chrono-node/nl';
import { casual as casualFr } from 'chrono-node/fr';
import { casual as casualDe } from 'chrono-node/de';

// Dates of asks ("Friday, January 23", "next Friday", "May 1st", "1/23", "March 3–5") resolved
// against the email's own date with chrono-node: English, then Dutch, French and German when
// English finds nothing (the four locales cost ~19 KB gzipped; all of chrono's would be ~60 KB). A year left out comes from the email's date; a weekday that contradicts it picks the
// neighbouring year it fits.

export interface FoundDate {
  /** YYYY-MM-DD of the start (the first day of a range). */
  date: string;
  /** Where the date text starts in the input. */
  index: number;
  /** The date as written. */
  text: string;
}

/** chrono also reads "a day", "now", "today"; an ask's date names a month, a weekday or digits. */
const DATE_WORD =
  /\d|\b(?:januari|februari|maart|mei|juni|juli|augustus|oktober|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|oktober|dezember|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\btomorrow\b/i;
const PARSERS = [casual, casualNl, casualFr, casualDe];

/** Longest text handed to chrono at once: its parsers are regex-heavy. */
const MAX_TEXT = 2000;
const DAY_MS = 86_400_000;

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/**
 * Every date in `text`, resolved against `ref` (the email's date). Without `ref`, only dates that
 * carry their own year are returned.
 */
export function findDates(text: string, ref: Date | null): FoundDate[] {
  // A lowercase "march" is a walk, not the month ("the May 1st march"); same length keeps indexes.
  const input = (text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text).replace(
    /\bmarch(?=es\b|ed\b|ing\b|\b)/g,
    'xmrch',
  );
  if (!DATE_WORD.test(input)) return [];
  const instant = ref ?? new Date(0);
  let results: ReturnType<typeof casual.parse> = [];
  for (const parser of PARSERS) {
    try {
      results = parser.parse(input, { instant, timezone: 0 });
    } catch {
      results = [];
    }
    if (results.some((r) => DATE_WORD.test(r.text))) break;
  }
  const out: FoundDate[] = [];
  for (const r of results) {
    if (!DATE_WORD.test(r.text)) continue;
    const s = r.start;
    const day = s.get('day');
    const month = s.get('month');
    let year = s.get('year');
    if (day === null || month === null || year === null) continue;
    // "the march" / "in May": a month alone names no day.
    if (!s.isCertain('day') && !s.isCertain('weekday')) continue;
    if (!s.isCertain('year')) {
      if (!ref) continue;
      year = ref.getUTCFullYear();
      const candidate = Date.UTC(year, month - 1, day);
      // "January 5" in a December email is next January.
      if (s.isCertain('month') && candidate < ref.getTime() - 60 * DAY_MS) year += 1;
      const wd = s.isCertain('weekday') ? s.get('weekday') : null;
      if (wd !== null && s.isCertain('month') && weekdayOf(year, month, day) !== wd) {
        const fit = [year + 1, year - 1].find((y) => weekdayOf(y, month, day) === wd);
        if (fit !== undefined) year = fit;
      }
    }
    out.push({ date: iso(year, month, day), index: r.index, text: r.text });
  }
  return out;
}

/** The first date in `text` that is not in the past of the email (an upcoming event's date). */
export function findUpcomingDate(text: string, ref: Date | null): FoundDate | null {
  const floor = ref ? ref.getTime() - DAY_MS : -Infinity;
  for (const d of findDates(text, ref)) {
    if (Date.parse(`${d.date}T00:00:00Z`) >= floor) return d;
  }
  return null;
}
