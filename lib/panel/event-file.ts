import type { Action, Summary } from '../schema';
import { buildIcs } from '../ics';
import { safeHref } from './safe-url';
import type { ExportFile } from './exports';

// "Add to calendar" for a dated call to action: an all-day event, or a one-hour timed one when the
// email gave the starting time (floating local time: the email rarely names a zone). As an .ics
// file, or as a Google Calendar / Outlook link the reader opens themselves — plain https links
// built from the event; the extension requests nothing. The .ics UID is derived from the event
// itself, so adding the same ask twice updates one calendar entry instead of two.

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** What every calendar gets: the title, when, a description naming the email, and the link. */
interface EventDetails {
  title: string;
  date: string;
  time: string | null;
  description: string;
  /** The ask's web address (http/https only; a mailto is in the description). */
  url: string | null;
}

function eventDetails(action: Action, summary: Summary): EventDetails | null {
  if (!action.date) return null;
  const href = safeHref(action.url);
  const source = summary.publication ?? summary.sender.name ?? summary.headline;
  return {
    title: action.label,
    date: action.date,
    time: action.time && HHMM.test(action.time) ? action.time : null,
    description: [`From “${summary.headline}”${source ? ` (${source})` : ''}`, href]
      .filter(Boolean)
      .join('\n'),
    url: href && !href.startsWith('mailto:') ? href : null,
  };
}

export function eventFile(action: Action, summary: Summary, now: Date): ExportFile | null {
  const e = eventDetails(action, summary);
  if (!e) return null;
  const uid = `${e.date.replace(/-/g, '')}-${fnv1a(`${action.label}|${safeHref(action.url) ?? ''}|${summary.headline}`)}@mailgist`;
  const content = buildIcs({
    uid,
    date: e.date,
    time: e.time,
    summary: e.title,
    description: e.description,
    url: e.url,
    stamp: now,
  });
  const slug = action.label
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return { name: `${slug || 'event'}-${e.date}.ics`, type: 'text/calendar', content };
}

/** Start and end as local wall-clock parts: the end is a day later (all-day) or an hour later. */
function span(e: EventDetails): { start: string; end: string; allDay: boolean } {
  const [y, m, d] = e.date.split('-').map(Number) as [number, number, number];
  const t = e.time ? e.time.split(':').map(Number) : null;
  // UTC arithmetic on wall-clock parts only, so no zone or daylight saving shifts them.
  const start = new Date(Date.UTC(y, m - 1, d, t?.[0] ?? 0, t?.[1] ?? 0));
  const end = new Date(start);
  if (t) end.setUTCHours(end.getUTCHours() + 1);
  else end.setUTCDate(end.getUTCDate() + 1);
  const iso = (x: Date) => x.toISOString().slice(0, t ? 16 : 10);
  return { start: iso(start), end: iso(end), allDay: !t };
}

const compact = (iso: string) => iso.replace(/[-:]/g, '').replace(/^(\d{8}T\d{4})$/, '$100');

export interface CalendarLinks {
  google: string;
  outlook: string;
}

/**
 * Google Calendar's and Outlook on the web's "new event" pages, filled in. Each value goes through
 * URLSearchParams, so the email's text cannot add or change a parameter.
 */
export function calendarLinks(action: Action, summary: Summary): CalendarLinks | null {
  const e = eventDetails(action, summary);
  if (!e) return null;
  const { start, end, allDay } = span(e);
  const google = new URLSearchParams({
    action: 'TEMPLATE',
    text: e.title,
    // Without a "Z" the times are the calendar's own zone, like the .ics file's floating time.
    dates: `${compact(start)}/${compact(end)}`,
    details: e.description,
  });
  const outlook = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: e.title,
    startdt: allDay ? start : `${start}:00`,
    enddt: allDay ? end : `${end}:00`,
    allday: String(allDay),
    body: e.description,
  });
  return {
    google: `https://calendar.google.com/calendar/render?${google}`,
    outlook: `https://outlook.live.com/calendar/0/action/compose?${outlook}`,
  };
}
