// Email dates keep the sender's own UTC offset ("2026-05-18T21:43:51-05:00"), so the day the
// sender wrote on survives: converting to UTC first would move a late-evening mail to tomorrow.

const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  CET: 60,
  CEST: 120,
  BST: 60,
};

/** The UTC offset in minutes written in an RFC 2822 date ("+0100", "-05:00", "EST"); null if none. */
export function headerOffsetMinutes(value: string): number | null {
  const m = /\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*([+-])(\d{2}):?(\d{2})\b/.exec(value);
  if (m) {
    const minutes = Number(m[2]) * 60 + Number(m[3]);
    if (minutes > 14 * 60) return null;
    return m[1] === '-' ? -minutes : minutes;
  }
  const z = /\d{1,2}:\d{2}(?::\d{2})?\s*\(?([A-Z]{1,4})\)?\s*$/.exec(value.trim());
  if (z?.[1] && z[1] in ZONES) return ZONES[z[1]]!;
  return null;
}

const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');

/** ISO 8601 with the given offset: the wall-clock time where the mail was written. */
export function isoWithOffset(date: Date, offsetMinutes: number): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const off = `${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${off}`;
}

/**
 * A date-time string as a Date whose UTC fields hold the wall-clock time it was written in:
 * "2026-05-18T21:43:51-05:00" gives 2026-05-18T21:43:51Z. Strings without an offset are read as
 * wall-clock time too (never the machine's zone). Null when unreadable.
 */
export function wallClockDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
      value.trim(),
    );
  if (m) {
    const d = new Date(
      Date.UTC(
        Number(m[1]),
        Number(m[2]) - 1,
        Number(m[3]),
        Number(m[4] ?? 0),
        Number(m[5] ?? 0),
        Number(m[6] ?? 0),
      ),
    );
    return Number.isNaN(d.getTime()) ? null : d;
  }
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return null;
  const off = headerOffsetMinutes(value);
  return off === null ? d : new Date(d.getTime() + off * 60_000);
}
