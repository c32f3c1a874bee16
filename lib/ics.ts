// An RFC 5545 calendar file for a dated call to action (all-day, or timed when the email gives a time): CRLF line ends, lines
// folded at 75 octets without splitting a UTF-8 character, TEXT values escaped.

export interface IcsEvent {
  uid: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM (24-hour) when the email gives a starting time: then a one-hour timed event. */
  time?: string | null;
  summary: string;
  description?: string | null;
  url?: string | null;
  stamp: Date;
}

export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line: 75 octets on the first line, then CRLF + space + up to 74. */
export function foldLine(line: string): string {
  const enc = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = enc.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (iso: string) => iso.replace(/-/g, '');
const compactTime = (hhmm: string) => `${hhmm.replace(':', '')}00`;

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function utcStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function buildIcs(event: IcsEvent): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(event.date)) throw new Error(`not a date: ${event.date}`);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//MailGist//MailGist//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    ...(event.time && /^([01]\d|2[0-3]):[0-5]\d$/.test(event.time)
      ? // Floating local time (no zone): the event happens at that hour where it is held, and the
        // email rarely names a zone. One hour long: the email gives where it starts, seldom the end.
        [`DTSTART:${compactDate(event.date)}T${compactTime(event.time)}`, `DURATION:PT1H`]
      : [
          `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
          `DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`,
        ]),
    `SUMMARY:${escapeIcsText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`);
  if (event.url && /^https?:\/\//i.test(event.url)) lines.push(`URL:${event.url}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
