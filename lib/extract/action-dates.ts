import { casual } from 'chrono-node/en';

// Dates of asks ("Friday, January 23", "next Friday", "May 1st", "1/23", "March 3–5") resolved
// against the email's own date with chrono-node (English locale only, to keep the panel bundle
// small). A year left out comes from the email's date; a weekday that contradicts it picks the
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
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\btomorrow\b/i;
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
  const input = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  if (!DATE_WORD.test(input)) return [];
  const instant = ref ?? new Date(0);
  let results;
  try {
    results = casual.parse(input, { instant, timezone: 0 });
  } catch {
    return [];
  }
  const out: FoundDate[] = [];
  for (const r of results) {
    if (!DATE_WORD.test(r.text)) continue;
    const s = r.start;
    const day = s.get('day');
    const month = s.get('month');
    let year = s.get('year');
    if (day === null || month === null || year === null) continue;
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
