import { findDates as findWrittenDates } from '../text/meta-date-text';

// Dates of asks ("Friday, January 23", "next Friday", "May 1st", "1/23", "March 3–5") resolved
// against the email's own date. Written dates in en/fr/nl/de/es come from meta-date-text (already
// in the bundle for the article date); this file adds what an ask needs on top: the year from the
// email (rolling into next year near December), the weekday check, "next Friday" / "this Friday" /
// "tomorrow", and US "1/23". It replaced chrono-node, whose en+nl+fr+de locales cost ~19 KB
// gzipped of the side panel's 80 KB budget for the same results on the corpus and our fixtures.

export interface FoundDate {
  /** YYYY-MM-DD of the start (the first day of a range). */
  date: string;
  /** Where the date text starts in the input. */
  index: number;
  /** The date as written. */
  text: string;
}

/** Longest text read at once: enough for any ask, linear on a 10 MB body. */
const MAX_TEXT = 2000;
const DAY_MS = 86_400_000;

/** Weekday names (Sunday = 0) in en, nl, fr, de, es, with the usual English abbreviations. */
const WEEKDAYS: Record<string, number> = {};
[
  'sunday|sun|zondag|dimanche|sonntag|domingo|domenica|so|zo|dim|dom',
  'monday|mon|maandag|lundi|montag|lunes|lunedì|lunedi|segunda|segunda-feira|mo|ma|lun',
  'tuesday|tue|tues|dinsdag|mardi|dienstag|martes|martedì|martedi|terça|terça-feira|di|mar',
  'wednesday|wed|woensdag|mercredi|mittwoch|miércoles|miercoles|mercoledì|mercoledi|quarta|quarta-feira|mi|wo|mer|mié',
  'thursday|thu|thur|thurs|donderdag|jeudi|donnerstag|jueves|giovedì|giovedi|quinta|quinta-feira|do|jeu|jue|gio',
  'friday|fri|vrijdag|vendredi|freitag|viernes|venerdì|venerdi|sexta|sexta-feira|fr|vr|ven|vie',
  'saturday|sat|zaterdag|samedi|samstag|sábado|sabado|sabato|sa|za|sam|sáb',
].forEach((names, i) => {
  for (const n of names.split('|')) WEEKDAYS[n] = i;
});
const WEEKDAY_ALT = Object.keys(WEEKDAYS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A weekday written just before a calendar date: "Friday, January 23", "vendredi 23 janvier". */
const WEEKDAY_BEFORE = new RegExp(`(?<!\\p{L})(${WEEKDAY_ALT})\\.?,?\\s*(?:the\\s+)?$`, 'iu');
/** Weekday names written out (abbreviations like "do", "ma", "sa" are words too often alone). */
const FULL_WEEKDAY = Object.keys(WEEKDAYS)
  .filter((n) => n.length >= 5 && !/^(?:terça|tues|thurs)$/.test(n))
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * "next Friday", "this (coming) Friday", "on Friday", "Tuesday's forum", "tomorrow"; and deadlines:
 * "by Friday", "until Sunday", "before Monday", "bis Freitag", "avant vendredi", "antes del
 * viernes", "vóór vrijdag", "entro venerdì", "até sexta" (the coming one); "tonight", "before
 * midnight", "heute", "ce soir", "esta noche", "vanavond", "stasera", "hoje à noite" (the email's day).
 */
const RELATIVE = new RegExp(
  `(?<!\\p{L})(?:(next|this(?: coming)?|coming|on|by|until|till|before|bis(?: zum| spätestens)?|vor|avant|jusqu['’]à|antes del?|hasta el|v[oó][oó]r|uiterlijk|tot|entro|fino a|até)\\s+(${FULL_WEEKDAY})|(${FULL_WEEKDAY})(?=['’]s\\s)|(tomorrow|morgen|demain|mañana|domani|amanhã)|(tonight|(?:before |by |until )?midnight(?: tonight)?|end of (?:the )?day|heute(?: abend| nacht)?|ce soir|aujourd['’]hui|esta noche|hoy|vanavond|vandaag|stasera|oggi|hoje))(?!\\p{L})`,
  'giu',
);
/** Deadline words before a weekday: the coming one, never last week's. */
const DEADLINE_WORD =
  /^(?:by|until|till|before|bis|vor|avant|jusqu|antes|hasta|v[oó][oó]r|uiterlijk|tot|entro|fino|até)/i;
/**
 * European day.month without a year, as listings write it: "19.01.", "2.2.", "Do., 19.01.:". Both
 * dots are required, so version numbers ("2.2") and decimals are not dates.
 */
const DAY_MONTH_DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?![\d])/g;
/** US month/day with an optional year: "1/23", "1/23/2026", "1/23/26". */
const SLASH = /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/g;
/** A quick pre-test: a date needs a digit, or a weekday or "tomorrow". */
const MAY_HOLD = new RegExp(
  `\\d|(?<!\\p{L})(?:${WEEKDAY_ALT}|tomorrow|morgen|demain|mañana|domani|amanhã|tonight|midnight|end of|heute|ce soir|aujourd|esta noche|hoy|vanavond|vandaag|stasera|oggi|hoje)(?!\\p{L})`,
  'iu',
);

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return new Date(Date.UTC(y, m - 1, d)).getUTCMonth() === m - 1;
}

/** The email's wall-clock day (its UTC fields hold the sender's time): no shift by time zone. */
function refDay(ref: Date): number {
  return Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
}

/**
 * A year left out: the email's, or next year's for a date long past ("January 5" in a December
 * email); a weekday that contradicts it picks the neighbouring year it fits.
 */
function resolveYear(m: number, d: number, ref: Date, weekday: number | null): number | null {
  let year = ref.getUTCFullYear();
  if (Date.UTC(year, m - 1, d) < refDay(ref) - 60 * DAY_MS) year += 1;
  if (weekday !== null && weekdayOf(year, m, d) !== weekday) {
    const fit = [year + 1, year - 1].find((y) => weekdayOf(y, m, d) === weekday);
    if (fit !== undefined) year = fit;
  }
  return validDay(year, m, d) ? year : null;
}

function weekdayBefore(text: string, start: number): number | null {
  const w = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  return w ? (WEEKDAYS[w[1]!.toLowerCase()] ?? null) : null;
}

/**
 * Every date in `text`, in order, resolved against `ref` (the email's date). Without `ref`, only
 * dates that carry their own year are returned.
 */
export function findDates(text: string, ref: Date | null): FoundDate[] {
  // A lowercase "march" is a walk, not the month ("the May 1st march"); same length keeps indexes.
  const input = (text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text).replace(
    /\bmarch(?=es\b|ed\b|ing\b|\b)/g,
    'xmrch',
  );
  if (!MAY_HOLD.test(input)) return [];
  const found: { start: number; end: number; date: string }[] = [];
  const taken = (start: number, end: number): boolean =>
    found.some((f) => start < f.end && end > f.start);

  for (const m of input.matchAll(SLASH)) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    let year: number | null = m[3] ? Number(m[3]) : null;
    if (year !== null && year < 100) year += 2000;
    if (year === null) {
      if (!ref || !validDay(2000, month, day)) continue;
      year = resolveYear(month, day, ref, weekdayBefore(input, m.index));
    }
    if (year === null || !validDay(year, month, day)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, date: iso(year, month, day) });
  }

  if (ref) {
    for (const m of input.matchAll(DAY_MONTH_DOTTED)) {
      const day = Number(m[1]);
      const month = Number(m[2]);
      if (!validDay(2000, month, day) || taken(m.index, m.index + m[0].length)) continue;
      const year = resolveYear(month, day, ref, weekdayBefore(input, m.index));
      if (year === null) continue;
      found.push({ start: m.index, end: m.index + m[0].length, date: iso(year, month, day) });
    }
  }

  // Written dates; a dummy reference lets year-less ones through, resolved (or dropped) below.
  for (const w of findWrittenDates(input, ref ?? new Date(0))) {
    if (taken(w.start, w.end)) continue;
    const month = w.date.getUTCMonth() + 1;
    const day = w.date.getUTCDate();
    let year: number | null = w.date.getUTCFullYear();
    if (!w.hasYear) {
      if (!ref) continue;
      year = resolveYear(month, day, ref, weekdayBefore(input, w.start));
      if (year === null) continue;
    }
    found.push({ start: w.start, end: w.end, date: iso(year, month, day) });
  }

  if (ref) {
    const today = refDay(ref);
    const wd = new Date(today).getUTCDay();
    for (const m of input.matchAll(RELATIVE)) {
      if (taken(m.index, m.index + m[0].length)) continue;
      let t: number;
      if (m[5]) {
        t = today;
      } else if (m[4]) {
        // "morgen" is also German "morning" ("am Morgen"): only the day when it stands alone.
        if (
          /^morgen$/i.test(m[4]) &&
          /\bam\s+$/i.test(input.slice(Math.max(0, m.index - 4), m.index))
        )
          continue;
        t = today + DAY_MS;
      } else if (m[3]) {
        // "Tuesday's forum": the coming one.
        t = today + ((WEEKDAYS[m[3].toLowerCase()]! - wd + 7) % 7) * DAY_MS;
      } else {
        const target = WEEKDAYS[m[2]!.toLowerCase()]!;
        // "on Friday, January 23" is the written date's weekday, already read above.
        if (/^on$/i.test(m[1]!) && taken(m.index, m.index + m[0].length + 16)) continue;
        if (DEADLINE_WORD.test(m[1]!)) {
          t = today + ((target - wd + 7) % 7) * DAY_MS;
        } else if (/^next$/i.test(m[1]!)) {
          // The weekday of next week (Sunday-first), as chrono and most readers take it.
          const nextWeek = today + 7 * DAY_MS;
          t = nextWeek + (target - wd) * DAY_MS;
        } else if (/^on$/i.test(m[1]!)) {
          // "on Friday" is the nearest Friday, either side: reports say it of the past too.
          t = today + (((((target - wd + 10) % 7) + 7) % 7) - 3) * DAY_MS;
        } else {
          t = today + ((target - wd + 7) % 7) * DAY_MS;
        }
      }
      const d = new Date(t);
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        date: iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()),
      });
    }
  }

  return found
    .sort((a, b) => a.start - b.start)
    .map((f) => ({ date: f.date, index: f.start, text: text.slice(f.start, f.end) }));
}

/** The first date in `text` that is not in the past of the email (an upcoming event's date). */
export function findUpcomingDate(text: string, ref: Date | null): FoundDate | null {
  const floor = ref ? refDay(ref) - DAY_MS : -Infinity;
  for (const d of findDates(text, ref)) {
    if (Date.parse(`${d.date}T00:00:00Z`) >= floor) return d;
  }
  return null;
}

/** "6:30pm", "6:30 - 8:00 pm", "18-20 Uhr", "20:15 Uhr", "19h30", "at noon", "12 Noon". */
const TIME_OF_DAY =
  /(?<![\d:.,/])(\d{1,2})(?:[:.](\d{2}))?(?:\s*(a\.?m\.?|p\.?m\.?)(?![\p{L}]))?(?:\s*(?:-|–|—|to|bis|à|a|tot)\s*(\d{1,2})(?:[:.](\d{2}))?)?\s*(a\.?m\.?|p\.?m\.?|uhr|h(?=\d|\b)|heures?|horas?|uur|ore)?(?![\p{L}\d])|(?<!\p{L})(noon|midday|mittags|midi|mediodía|mezzogiorno|meio-dia)(?!\p{L})/giu;

function meridiem(h: number, mark: string | undefined): number | null {
  if (!mark) return h;
  if (h < 1 || h > 12) return null;
  const pm = /^p/i.test(mark);
  return pm ? (h % 12) + 12 : h % 12;
}

/**
 * The starting time of day an ask gives, as 24-hour "HH:MM", or null. A bare number is a time only
 * with a marker (am/pm, Uhr, h, a colon): "3 speakers" is not 3 o'clock. In a range the end's
 * marker is the start's too ("6:30 - 8:00 pm" starts at 18:30).
 */
export function findTimeOfDay(text: string): string | null {
  // French "19h30" is "19:30" (same length, so nothing else moves).
  const input = (text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text).replace(
    /(?<!\d)(\d{1,2})h(\d{2})(?!\d)/g,
    '$1:$2',
  );
  if (!/\d|noon|midday|mittag|midi|mediod|mezzogiorno|meio/i.test(input)) return null;
  for (const m of input.matchAll(TIME_OF_DAY)) {
    if (m[7]) return '12:00';
    const hour = Number(m[1]);
    const minutes = m[2] ? Number(m[2]) : 0;
    const ownMark = m[3];
    const endMark = m[6];
    const hasColon = m[2] !== undefined && /:/.test(m[0]);
    if (!ownMark && !endMark && !hasColon) continue;
    // A dotted "19.01" is a date, not 19:01, unless a time word follows.
    if (m[2] !== undefined && !hasColon && !endMark && !ownMark) continue;
    let h: number | null = hour;
    if (ownMark) h = meridiem(hour, ownMark);
    else if (endMark && /^[ap]/i.test(endMark)) {
      const endHour = Number(m[4] ?? hour);
      const end = meridiem(endHour, endMark);
      // "11 - 1 pm" starts in the morning; "6:30 - 8 pm" in the evening.
      const asPm = meridiem(hour, endMark);
      h = end !== null && asPm !== null && asPm <= end ? asPm : hour;
    }
    if (h === null || h > 23 || minutes > 59) continue;
    return `${String(h).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  }
  return null;
}

/**
 * Words that make the date after them a deadline: "by Friday", "until Feb 1", "before March 31",
 * "deadline: …", "bis zum 31. Januar", "avant le 3 mars", "antes del 5 de abril", "vóór 1 mei",
 * "entro il 3 marzo", "até 5 de maio".
 */
const DEADLINE_BEFORE =
  /(?<!\p{L})(?:by|until|till|through|before|no later than|deadline(?: is)?|due|ends?|closes?|expires?|bis(?: zum| spätestens)?|spätestens(?: am| bis)?|vor dem|avant le|jusqu['’]au|d['’]ici le|au plus tard le|antes del?|hasta el|v[oó][oó]r|uiterlijk(?: op)?|tot en met|entro il|fino al|at[ée](?: o dia| dia)?)\s*:?\s*(?:the\s+|(?:on\s+)?(?:\p{L}{3,10},?\s+))?$/iu;

/** A deadline the text gives ("by Friday", "until Feb 1", "bis zum 31. Januar"), or null. */
export function findDeadline(text: string, ref: Date | null): FoundDate | null {
  for (const d of findDates(text, ref)) {
    // "by Friday" / "before midnight" carry their own deadline word.
    if (
      /^(?:by|until|till|before|bis|vor|avant|jusqu|antes|hasta|v[oó][oó]r|uiterlijk|tot|entro|fino|até)\b/i.test(
        d.text,
      ) ||
      /midnight|tonight/i.test(d.text)
    )
      return d;
    if (DEADLINE_BEFORE.test(text.slice(Math.max(0, d.index - 40), d.index))) return d;
  }
  return null;
}
