import type { Block, InlineLink } from '../blocks/document';
import type { BlockRole } from '../roles';
import { findDates, findTimeOfDay, findUpcomingDate, type FoundDate } from './action-dates';
import { blockText, cleanText, linkText, shorten, tidyLabel } from './action-label';
import {
  EVENT_LINK_WORDS,
  EVENT_NOUNS,
  EVENT_SECTION_HEADINGS,
  matchesAny,
} from './event-lexicons';

// Calendars inside newsletters: community mail and digests list meetings, rides, rallies,
// workshops and webinars, each its own ask with its date, title and link. Three shapes cover the
// platforms we know, whatever the markup (list, table, one paragraph per event):
// - a date line as a heading, with the events of that day under it ("Monday, October 6" then
//   "Citywide Meeting | 6:30 pm" and a line of details) — Mailchimp and Action Network calendars;
// - a line that opens with its date ("Do., 19.01.: Walk & Talk – …", "Sept 9 — District meeting")
//   — CleverReach and German NGO mailings, text mail;
// - a title and then its date ("District 2 Meeting, Monday September 9, 6:30pm", "Family Picnic -
//   Oct 12") — Substack and beehiiv posts, campaign mail.
// Only upcoming dates count: a past date is a report, not an invitation.

export interface ListedEvent {
  /** Position (in the blocks given) of the block that names the event. */
  at: number;
  /** Positions of the blocks the event is made of (its head, its detail lines). */
  covers: number[];
  title: string;
  date: string;
  /** "HH:MM", 24-hour, when the listing gives a starting time. */
  time: string | null;
  link: InlineLink | null;
}

/** Longest line read as one listed event; longer blocks are prose. */
const MAX_EVENT_BLOCK = 700;
/** How far into a line its date may stand and still lead it ("Do., 19.01.:", "📅 Sunday Oct 12"). */
const MAX_LEAD = 24;
/** A title before its date is a few words, not a sentence of news. */
const MAX_TITLE_WORDS = 16;
/** Longest title-then-date line read as an event outside a calendar section. */
const MAX_LONE_LINE = 160;
/** Detail lines under one date heading read before the next heading. */
const MAX_DAY_LINES = 12;

/** Words that may stand beside a date on a date line ("Thursday,", "am", "le", "the"). */
const DATE_LINE_FILLER =
  /^(?:on|the|am|den|der|le|el|il|de|del|op|em|no|at|um|à|a|from|to|bis|and|und|et|y|e|en|of|\p{L}{1,3}\.?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica|segunda|ter[çc]a|quarta|quinta|sexta|feira|tues|thurs|noon|uhr|heures?|pm|am|p\.m|a\.m)$/iu;
/** What may come before a leading date: bullets, emoji, a weekday ("Do.,", "Thursday"). */
const LEAD_PREFIX = /^[\s\p{P}\p{S}\d]*(?:\p{L}{2,10}\.?,?\s*)?$/u;
/** The separator between a title and its date, or a date and its title. */
const SEPARATOR = /^\s*(?:[:|–—•·,)(]|-\s|\s-)/;

function isHeadingLike(b: Block, role: BlockRole): boolean {
  return (
    b.kind === 'heading' ||
    role === 'label' ||
    role === 'headline' ||
    role === 'dateline' ||
    (b.strong && b.text.length <= 80)
  );
}

/** A line that is a date and nothing more (a weekday, a time and little words may stand with it). */
function dateOnly(text: string, ref: Date | null): FoundDate | null {
  if (text.length > 60) return null;
  const found = findDates(text, ref);
  if (found.length === 0) return null;
  let rest = text;
  for (const f of found) rest = rest.replace(f.text, ' ');
  const words = rest
    .replace(/\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?/gi, ' ')
    .split(/[^\p{L}.]+/u)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => /\p{L}/u.test(w));
  return words.every((w) => DATE_LINE_FILLER.test(w)) ? found[0]! : null;
}

function isUpcoming(date: string, ref: Date | null): boolean {
  if (!ref) return true;
  const day = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
  return Date.parse(`${date}T00:00:00Z`) >= day - 86_400_000;
}

/** The link a block leads with (its title), if the block opens with that link's words. */
function leadingLink(b: Block, text: string): InlineLink | null {
  for (const l of b.links) {
    const lt = linkText(l);
    if (!lt) continue;
    return text.startsWith(lt.slice(0, Math.min(lt.length, 20))) ? l : null;
  }
  return null;
}

/** The link that signs up for the event: an RSVP / register / tickets link, else the title's. */
function signUpLink(b: Block): InlineLink | null {
  return b.links.find((l) => EVENT_LINK_WORDS.test(linkText(l))) ?? null;
}

/** Where the practical details start: a time of day ("… 15 - 17 Uhr", "…, 7pm", "at noon", "20h30"). */
const TIME_START =
  /\s\d{1,2}(?:[:.]\d{2})?\s*(?:-|–|bis)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h|[ap]\.?m)|\s\d{1,2}:\d{2}|\s\d{1,2}\s*(?:[ap]\.?m\.?|uhr)(?!\p{L})|\s\d{1,2}h(?:\d{2})?(?!\p{L})|[\s,]+(?:at\s+)?(?:noon|midday|mittags|midi)(?!\p{L})/iu;

/**
 * Words that lead into the time cut away ("ritrovo alle 10:00", "Assemblea, ore 20:30", "um 19 Uhr",
 * "à 20h", "às 9h", "a las 18:00", "om 20.00"): they go with it.
 */
const TIME_LEAD =
  /(?:[\s,]+(?:at|from|starting|alle|ore|dalle|um|ab|von|à|às|a las|a la|de|des|das|dès|om|van|vanaf|vers|rond|ca\.?))+$/iu;

function cutAtTime(t: string): string {
  const time = TIME_START.exec(t);
  if (!time || time.index <= 8) return t.replace(/[\s,;:–—-]+$/, '');
  // Only the last words can lead into the time: a bounded tail keeps the scan short.
  const head = t.slice(0, time.index);
  const at = Math.max(0, head.length - 60);
  return (head.slice(0, at) + head.slice(at).replace(TIME_LEAD, '')).replace(/[\s,;:–—-]+$/, '');
}

/** A title out of the words around a date: up to the time, the venue bar or the sentence's end. */
function titleFrom(words: string): string {
  const t = words.replace(/^[\s\p{P}\p{S}]+/u, '').split(/\s+\|\s+|(?<=[.!?])\s+(?=\p{Lu})/u)[0]!;
  // "Walk & Talk – Besuch … 15 - 17 Uhr, Ort …": the time starts the practical details.
  return tidyLabel(shorten(cutAtTime(t), 100));
}

function eventWorded(text: string): boolean {
  return matchesAny(EVENT_NOUNS, text);
}

/** "Do., 19.01.: Walk & Talk – …": the date leads, the title follows. */
function dateLed(
  text: string,
  ref: Date | null,
): { found: FoundDate; title: string; rest: string } | null {
  const first = findDates(text.slice(0, 200), ref)[0];
  if (!first || first.index > MAX_LEAD) return null;
  if (!LEAD_PREFIX.test(text.slice(0, first.index))) return null;
  let rest = text.slice(first.index + first.text.length);
  // A year, a time or a second date of a range may follow the date before the title.
  rest = rest.replace(
    /^[\s,]*(?:\d{4}|[-–]\s*\d{1,2}\.?(?:\d{1,2}\.)?|\(\p{L}+\.?\))?[\s,]*(?:(?:at|um|à|a las|alle)\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?(?:\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?)?)?/iu,
    '',
  );
  if (!SEPARATOR.test(rest) && !/^\s+\p{Lu}/u.test(rest)) return null;
  const title = titleFrom(rest);
  if (!/\p{L}{3}/u.test(title)) return null;
  return { found: first, title, rest };
}

/** "District 2 Meeting, Monday September 9, 6:30pm": the title leads, its date follows. */
function titleFirst(
  text: string,
  ref: Date | null,
  heading: boolean,
): { found: FoundDate; title: string } | null {
  const found = findUpcomingDate(text.slice(0, 160), ref);
  if (!found || found.index < 3) return null;
  let before = text.slice(0, found.index);
  // The weekday before the date belongs to it ("…Meeting, Monday September 9").
  const weekday = /\p{L}{2,10}\.?,?\s*$/u.exec(before);
  if (weekday && dateOnly(`${weekday[0].trim()} ${found.text}`, ref)) {
    before = before.slice(0, weekday.index);
  }
  const sep = /\s*(?:[:|–—•·,(]|\s-|-\s|\bon|\bam|\ble|\bel|\bop)\s*$/iu.exec(before);
  if (!sep && !heading) return null;
  const title = tidyLabel(cutAtTime(before.slice(0, sep ? sep.index : before.length)));
  const words = title.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > MAX_TITLE_WORDS) return null;
  // A long run of lowercase words is a clause of prose ("Drivers are preparing for what organizers
  // call a general strike on Friday"), not a listing's title.
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  if (!heading && words.length >= 8 && lower >= words.length * 0.7) return null;
  // A sentence of news runs on ("The council voted on …"): a title has no verb-like full stop.
  if (/[.?]\s|!\s+\p{Ll}/u.test(title)) return null;
  // In running text the sentence goes on after the date ("…conference on June 9 will open"): news.
  const after = text.slice(found.index + found.text.length);
  if (!heading && !/^\s*(?:[,|–—:;)(.!]|$|\d|\p{Lu})/u.test(after)) return null;
  return { found, title };
}

/** One line to read: a block, or one line of a block laid out in lines (text mail, `<br>`). */
interface Unit {
  p: number;
  b: Block;
  text: string;
  role: BlockRole;
}

function unitsOf(blocks: Block[], roles: BlockRole[]): Unit[] {
  const out: Unit[] = [];
  blocks.forEach((b, p) => {
    const role = roles[p] ?? 'body';
    const lines = (b.lines ?? []).map(cleanText).filter(Boolean);
    if (lines.length < 2 || b.text.length > MAX_EVENT_BLOCK * 4) {
      out.push({ p, b, text: blockText(b), role });
      return;
    }
    for (const line of lines) {
      // The line's own links: those whose words (or address) it holds.
      const links = b.links.filter((l) => {
        const lt = linkText(l);
        return lt ? line.includes(lt) : Boolean(l.href && line.includes(l.href));
      });
      out.push({ p, b: { ...b, text: line, links, lines: [line] }, text: line, role });
    }
  });
  return out;
}

/** "When:", "Datum:", "Quand :", "Fecha:", "Wanneer:", "Quando:", "Data:" — an event card's date field. */
const DATE_FIELD =
  /(?<!\p{L})(?:date|when|datum|wann|termin|quand|fecha|cu[áa]ndo|wanneer|quando|data)\s*:\s*/iu;
/** "What:", "Event:", "Was:", "Quoi :", "Qué:", "Wat:", "Cosa:", "O quê:" — its title field. */
const WHAT_FIELD =
  /(?<!\p{L})(?:what|event|was|veranstaltung|quoi|[ée]v[ée]nement|qu[ée]|evento|wat|cosa|o qu[êe])\s*:\s*/iu;
/** "Time:", "Where:", "Location:", "Uhrzeit:", "Ort:", "Heure :", "Lieu :", "Hora:", "Lugar:", "Tijd:", "Waar:", "Ora:", "Dove:", "Onde:". */
const OTHER_FIELD =
  /(?<!\p{L})(?:time|where|location|venue|place|uhrzeit|zeit|ort|heure|lieu|hora|lugar|d[óo]nde|tijd|waar|locatie|ora|dove|luogo|onde|local)\s*:\s*/iu;
/** The words after a field label, up to the next field label ("Date: …  Time: …"). */
const NEXT_FIELD = /\s(?:\p{Lu}\p{Ll}{1,12}|[A-Z]{2,12})\s*:\s/u;

/**
 * An event card laid out as fields ("What: … Date: Tuesday Feb 18 Time: 1 PM - 3 PM Location: …"):
 * the title from its What field or the heading above it, the date from its Date field.
 */
function eventCard(
  text: string,
  heading: string,
  ref: Date | null,
): { title: string; date: string; time: string | null } | null {
  const when = DATE_FIELD.exec(text);
  // A card has more than a date: a title, a time or a place field beside it ("Release Date: …
  // Issue: 33" is an issue line).
  if (!when || !(WHAT_FIELD.test(text) || OTHER_FIELD.test(text))) return null;
  const after = text.slice(when.index + when[0].length);
  const field = after.slice(0, NEXT_FIELD.exec(after)?.index ?? 60);
  const found = findDates(field, ref)[0];
  if (!found || !isUpcoming(found.date, ref)) return null;
  const what = WHAT_FIELD.exec(text);
  let title = '';
  if (what) {
    const w = text.slice(what.index + what[0].length);
    title = w.slice(0, NEXT_FIELD.exec(w)?.index ?? 100);
  }
  title = tidyLabel(shorten(title || heading, 100));
  if (!/\p{L}{3}/u.test(title)) return null;
  return { title, date: found.date, time: findTimeOfDay(after.slice(field.length)) };
}

/** tidyLabel drops a closing quote mark with the punctuation; a title that opened one keeps it. */
function closeQuote(title: string, source: string): string {
  const opens = (title.match(/[„“«"]/g) ?? []).length;
  const closes = (title.match(/[”»"“]/g) ?? []).length;
  if (opens === 0 || closes >= opens * 2) return title;
  const at = source.indexOf(title);
  const next = at >= 0 ? source.charAt(at + title.length) : '';
  return /[“”»"]/.test(next) ? title + next : title;
}

/**
 * The events a block list holds as a calendar: each with the block that names it, its date, title,
 * starting time and link. `roles` is indexed like `blocks`.
 */
export function findEventListings(
  blocks: Block[],
  roles: BlockRole[],
  ref: Date | null,
): ListedEvent[] {
  const out: ListedEvent[] = [];
  // A lone date line is the email's own dateline; a calendar has several days.
  const units = unitsOf(blocks, roles);
  let dayLines = 0;
  for (const u of units) {
    if (dayLines >= 2) break;
    const text = u.text;
    if (text.length <= 80 && isHeadingLike(u.b, u.role)) {
      const d = dateOnly(text, ref);
      if (d && isUpcoming(d.date, ref)) dayLines++;
    }
  }
  let section = false;
  let lastHeading = '';
  const cards = new Set<number>();
  let day: { date: string; lines: number; current: ListedEvent | null } | null = null;
  for (const { p, b, role, text } of units) {
    if (!text) continue;
    if (b.kind === 'heading' || role === 'headline') lastHeading = text;
    const whole = blocks[p]!;
    if (!cards.has(p) && DATE_FIELD.test(blockText(whole))) {
      cards.add(p);
      const card = eventCard(blockText(whole), lastHeading, ref);
      if (card) {
        const link = signUpLink(whole) ?? whole.links[0] ?? null;
        out.push({ at: p, covers: [p], ...card, link });
        continue;
      }
    }
    if (cards.has(p) && out.some((e) => e.at === p)) continue;
    const headingLike = isHeadingLike(b, role);
    if (headingLike && text.length <= 80) {
      const d = dateOnly(text, ref);
      if (d) {
        const opens = isUpcoming(d.date, ref) && (dayLines >= 2 || section);
        day = opens ? { date: d.date, lines: 0, current: null } : null;
        continue;
      }
      if (matchesAny(EVENT_SECTION_HEADINGS, text)) {
        section = true;
        day = null;
        continue;
      }
    }
    // Prose under a date is an article, not a day's listing.
    if (day && text.length > MAX_EVENT_BLOCK / 2) day = null;
    if (day && !(headingLike && b.kind === 'heading') && day.lines++ < MAX_DAY_LINES) {
      const lead = leadingLink(b, text);
      if (lead || !day.current) {
        const title = closeQuote(titleFrom(lead ? linkText(lead) : text), text);
        if (/\p{L}{3}/u.test(title)) {
          day.current = {
            at: p,
            covers: [p],
            title,
            date: day.date,
            time: findTimeOfDay(text),
            link: lead ?? signUpLink(b),
          };
          out.push(day.current);
          continue;
        }
      }
      if (day.current) {
        // A detail line: its time and its sign-up link belong to the event above.
        if (!day.current.covers.includes(p)) day.current.covers.push(p);
        day.current.time ??= findTimeOfDay(text);
        day.current.link ??= signUpLink(b);
      }
      continue;
    }
    if (b.kind === 'heading') {
      day = null;
      // A heading that is neither a date nor a calendar title closes the calendar section.
      if (!headingLike || text.length > 80 || !titleFirst(text, ref, true)) section = false;
    }
    // In a calendar section an entry may run on with its description; elsewhere a long block is prose.
    if (text.length > (section ? MAX_EVENT_BLOCK * 3 : MAX_EVENT_BLOCK)) continue;
    if (role === 'sponsor' || role === 'footer') continue;
    const led = dateLed(text, ref);
    if (led && isUpcoming(led.found.date, ref)) {
      const link = signUpLink(b) ?? leadingLink(b, led.rest.trim()) ?? b.links[0] ?? null;
      const time = findTimeOfDay(text.slice(led.found.index + led.found.text.length));
      // A dated line is an event in a calendar section, or when it says it is one.
      if (section || eventWorded(led.title) || (link && EVENT_LINK_WORDS.test(linkText(link)))) {
        const title = closeQuote(led.title, text);
        out.push({ at: p, covers: [p], title, date: led.found.date, time, link });
        continue;
      }
    }
    // Outside a calendar, a title-then-date line stands alone and short; a long one is news prose.
    const titled =
      section || b.kind === 'heading' || text.length <= MAX_LONE_LINE
        ? titleFirst(text, ref, b.kind === 'heading')
        : null;
    if (titled && (eventWorded(titled.title) || section)) {
      const time =
        findTimeOfDay(text.slice(titled.found.index)) ?? findTimeOfDay(text.slice(0, 200));
      const link = signUpLink(b) ?? leadingLink(b, text);
      out.push({ at: p, covers: [p], title: titled.title, date: titled.found.date, time, link });
    }
  }
  return out;
}
