import { MIRROR_LIMITS } from './limits';

// The browser refuses storage.sync writes past 120 a minute or 1,800 an hour. This device keeps
// the times of its own writes and holds a write back (the caller coalesces: the next run writes
// the newest state) until both windows have room under MailGist's lower caps.

const MINUTE = 60_000;
const HOUR = 3_600_000;

export interface WriteCaps {
  writesPerMinute: number;
  writesPerHour: number;
}

/** The write times still inside the hour window. */
export const recentWrites = (log: readonly number[], now: number): number[] =>
  log.filter((t) => t > now - HOUR && t <= now).sort((a, b) => a - b);

/** The earliest time (ms) a write may go out: `now` when there is room already. */
export function nextWriteAt(
  log: readonly number[],
  now: number,
  caps: WriteCaps = MIRROR_LIMITS,
): number {
  const hour = recentWrites(log, now);
  const minute = hour.filter((t) => t > now - MINUTE);
  let at = now;
  // The window has room once its oldest counted write has aged out.
  if (minute.length >= caps.writesPerMinute) {
    at = Math.max(at, minute[minute.length - caps.writesPerMinute]! + MINUTE + 1);
  }
  if (hour.length >= caps.writesPerHour) {
    at = Math.max(at, hour[hour.length - caps.writesPerHour]! + HOUR + 1);
  }
  return at;
}
