import type { Action } from '../schema';

// When a dated call to action happens relative to now: past events are marked, and the next one
// that is still ahead is the one the brief's first screen offers. Pure: "now" is an argument.
// Dates and times are the email's own, read as the reader's local time (as the calendar file's
// floating time is).

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** An event given a starting time is taken to last an hour (the email seldom gives the end). */
const TIMED_LENGTH_MS = 60 * 60 * 1000;

/** The event's start in local time: midnight for an all-day event; null without a valid date. */
export function eventStart(action: Pick<Action, 'date' | 'time'>): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(action.date ?? '');
  if (!d) return null;
  const t = HHMM.exec(action.time ?? '');
  const start = new Date(
    Number(d[1]),
    Number(d[2]) - 1,
    Number(d[3]),
    t ? Number(t[1]) : 0,
    t ? Number(t[2]) : 0,
  );
  return Number.isNaN(start.getTime()) ? null : start;
}

/** Over: a timed event an hour after it started, an all-day event once its day has ended. */
export function isPastEvent(action: Pick<Action, 'date' | 'time'>, now: Date): boolean {
  const start = eventStart(action);
  if (!start) return false;
  const timed = HHMM.test(action.time ?? '');
  const end = timed
    ? new Date(start.getTime() + TIMED_LENGTH_MS)
    : new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1);
  return now.getTime() >= end.getTime();
}

/** The soonest dated event that is not over yet (a deadline to donate or sign is not an event). */
export function nextEvent(actions: readonly Action[], now: Date): Action | null {
  let best: { action: Action; at: number } | null = null;
  for (const action of actions) {
    if (action.kind !== 'event') continue;
    const start = eventStart(action);
    if (!start || isPastEvent(action, now)) continue;
    if (!best || start.getTime() < best.at) best = { action, at: start.getTime() };
  }
  return best?.action ?? null;
}
