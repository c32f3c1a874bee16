import { describe, expect, it } from 'vitest';
import { calendarLinks } from '../../lib/panel/event-file';
import { eventStart, isPastEvent, nextEvent } from '../../lib/panel/event-when';
import type { Action } from '../../lib/schema';
import { sampleSummary } from './sample-summary';

// The calendar beside a dated ask: past events marked against an injected "now", the next event
// still ahead, and Google / Outlook links that keep the time of day and encode every value.

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);
const ev = (date: string | null, time?: string, kind: Action['kind'] = 'event'): Action => ({
  label: `Event ${date ?? 'undated'}`,
  kind,
  url: null,
  date,
  time,
});

describe('past and next events', () => {
  it('reads the date and time as local wall-clock time', () => {
    expect(eventStart(ev('2026-03-12', '18:30'))).toEqual(at(2026, 3, 12, 18, 30));
    expect(eventStart(ev('2026-03-12'))).toEqual(at(2026, 3, 12));
    expect(eventStart(ev('2026-03-12', '25:99'))).toEqual(at(2026, 3, 12));
    expect(eventStart(ev(null))).toBeNull();
  });
  it('an all-day event is past once its day is over, not during it', () => {
    const rally = ev('2026-03-12');
    expect(isPastEvent(rally, at(2026, 3, 12, 23, 59))).toBe(false);
    expect(isPastEvent(rally, at(2026, 3, 13, 0, 0))).toBe(true);
    expect(isPastEvent(rally, at(2026, 3, 1))).toBe(false);
  });
  it('a timed event is past an hour after it starts', () => {
    const hearing = ev('2026-03-12', '18:30');
    expect(isPastEvent(hearing, at(2026, 3, 12, 19, 29))).toBe(false);
    expect(isPastEvent(hearing, at(2026, 3, 12, 19, 30))).toBe(true);
  });
  it('an undated ask is never past', () => {
    expect(isPastEvent(ev(null), at(2030, 1, 1))).toBe(false);
  });
  it('the next event is the soonest one not over, of kind event only', () => {
    const actions = [
      ev('2026-03-20'),
      ev('2026-03-01'),
      ev('2026-03-10', undefined, 'donate'),
      ev('2026-03-12', '18:30'),
      ev(null),
    ];
    expect(nextEvent(actions, at(2026, 3, 5))?.date).toBe('2026-03-12');
    expect(nextEvent(actions, at(2026, 3, 12, 20))?.date).toBe('2026-03-20');
    expect(nextEvent(actions, at(2026, 4, 1))).toBeNull();
  });
});

describe('calendar links', () => {
  const s = sampleSummary();
  it('Google: an all-day event spans to the next day; details name the email and the link', () => {
    const links = calendarLinks(s.actions[0]!, s)!;
    const u = new URL(links.google);
    expect(u.origin + u.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(u.searchParams.get('action')).toBe('TEMPLATE');
    expect(u.searchParams.get('text')).toBe('Rally at County General');
    expect(u.searchParams.get('dates')).toBe('20260312/20260313');
    expect(u.searchParams.get('details')).toBe(
      'From “Hospital Workers Set a Strike Date Across Three Counties” (The Ward Report)\nhttps://act.example.org/rally',
    );
  });
  it('keeps the time of day: one hour, floating (no Z), across midnight too', () => {
    const late = { ...s.actions[0]!, time: '23:30' };
    const g = new URL(calendarLinks(late, s)!.google);
    expect(g.searchParams.get('dates')).toBe('20260312T233000/20260313T003000');
    const o = new URL(calendarLinks(late, s)!.outlook);
    expect(o.searchParams.get('startdt')).toBe('2026-03-12T23:30:00');
    expect(o.searchParams.get('enddt')).toBe('2026-03-13T00:30:00');
    expect(o.searchParams.get('allday')).toBe('false');
  });
  it('Outlook: an all-day event', () => {
    const o = new URL(calendarLinks(s.actions[0]!, s)!.outlook);
    expect(o.origin + o.pathname).toBe('https://outlook.live.com/calendar/0/action/compose');
    expect(o.searchParams.get('subject')).toBe('Rally at County General');
    expect(o.searchParams.get('startdt')).toBe('2026-03-12');
    expect(o.searchParams.get('enddt')).toBe('2026-03-13');
    expect(o.searchParams.get('allday')).toBe('true');
  });
  it('encodes what the email wrote: no parameter can be added or changed through a label', () => {
    const hostile = {
      ...s.actions[0]!,
      label: 'Rally & party?dates=19990101/19990102#x "<b>"',
      url: 'javascript:alert(1)',
    };
    const links = calendarLinks(hostile, s)!;
    for (const link of [links.google, links.outlook]) {
      const u = new URL(link);
      expect(u.protocol).toBe('https:');
      expect(u.hash).toBe('');
      expect(u.searchParams.getAll('dates').length).toBeLessThanOrEqual(1);
      expect(link).not.toContain('<b>');
      expect(link).not.toContain('javascript');
    }
    expect(new URL(links.google).searchParams.get('text')).toBe(hostile.label);
    expect(new URL(links.google).searchParams.get('dates')).toBe('20260312/20260313');
  });
  it('no links for an undated ask', () => {
    expect(calendarLinks(s.actions[1]!, s)).toBeNull();
  });
});
