import { describe, expect, it } from 'vitest';
import { findDates, findUpcomingDate } from '../../../lib/extract/actions/action-dates';

const ref = new Date('2026-01-21T01:00:00Z'); // a Wednesday

describe('findDates', () => {
  it.each([
    ['a day of protest January 23.', '2026-01-23'],
    ['on Friday, January 23', '2026-01-23'],
    ['Jan. 23 at noon', '2026-01-23'],
    ['next Friday', '2026-01-30'],
    ['the May 1st march', '2026-05-01'],
    ['RSVP by 1/23', '2026-01-23'],
    ['from March 3–5, 2026', '2026-03-03'],
    ['woensdag 25 maart', '2026-03-25'],
  ])('%j -> %s', (text, want) => {
    expect(findDates(text, ref)[0]?.date).toBe(want);
  });
  it('takes a left-out year from the email, rolling into next year in December', () => {
    expect(findDates('on January 5', new Date('2025-12-20T10:00:00Z'))[0]?.date).toBe('2026-01-05');
  });
  it('moves to the year where the weekday fits', () => {
    // 23 January is a Friday in 2026 and a Saturday in 2027: "Saturday, January 23" means 2027.
    expect(findDates('Saturday, January 23', ref)[0]?.date).toBe('2027-01-23');
  });
  it('ignores "a day" and similar non-dates, and needs a year without a reference', () => {
    expect(findDates('it took a day', ref)).toEqual([]);
    expect(findDates('January 23', null)).toEqual([]);
    expect(findDates('January 23, 2026', null)[0]?.date).toBe('2026-01-23');
  });
});

describe('findUpcomingDate', () => {
  it('skips dates already past at the time of the email', () => {
    expect(findUpcomingDate('After the January 10 rally, join us January 23.', ref)?.date).toBe(
      '2026-01-23',
    );
  });
});

describe('findDates without chrono', () => {
  it('reads "Tuesday\'s forum" as the coming Tuesday and "on Friday" as the nearest one', () => {
    expect(findDates("Get to Tuesday's forum", ref)[0]?.date).toBe('2026-01-27');
    expect(findDates('on Friday', ref)[0]?.date).toBe('2026-01-23');
    expect(findDates('tomorrow', ref)[0]?.date).toBe('2026-01-22');
  });
  it("uses the email's wall-clock day whatever the hour", () => {
    // Late on Friday 13 February in the sender's zone: "next Friday" is the 20th, not the 27th.
    expect(findDates('next Friday', new Date('2026-02-13T23:30:00Z'))[0]?.date).toBe('2026-02-20');
  });
  it('reads French, Dutch and German day-first dates with the weekday check', () => {
    expect(findDates('vendredi 23 janvier', ref)[0]?.date).toBe('2026-01-23');
    expect(findDates('Freitag, 23. Januar', ref)[0]?.date).toBe('2026-01-23');
  });
  it('ignores "24/7" and lowercase "march"', () => {
    expect(findDates('a 24/7 assistant', ref)).toEqual([]);
    expect(findDates('the march went on', ref)).toEqual([]);
  });
});
