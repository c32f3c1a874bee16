import { describe, expect, it } from 'vitest';
import { loadPrintedText, parseFromLine, parsePrintedDate } from '../../lib/email/printed-text';
import { wallClockDate, headerOffsetMinutes, isoWithOffset } from '../../lib/email/dates';

describe('loadPrintedText', () => {
  it('reads From/Subject/Date lines without a colon (the archive shape)', () => {
    const s = loadPrintedText(
      'From Shop Floor Digest <digest@example.org>\nSubject Hospital Workers Set a Strike Date\nDate March 4, 2026 7:30 AM\n  Links have been removed.\n\nBODY TEXT\n',
    );
    expect(s.subject).toBe('Hospital Workers Set a Strike Date');
    expect(s.from).toEqual({ name: 'Shop Floor Digest', address: 'digest@example.org' });
    expect(s.date).toBe('2026-03-04T07:30:00');
    expect(s.text).toContain('Links have been removed.');
    expect(s.text).toContain('BODY TEXT');
    expect(s.html).toBeNull();
  });

  it('reads header lines with a colon, in any order, and Outlook’s "Sent"', () => {
    const s = loadPrintedText(
      '\uFEFFSubject: Hello\r\nSent: Wed, 21 Jan 2026 01:00:00 -0500\r\nFrom: "Ann Lee" <ann@example.org>\r\nTo: me@example.org\r\n\r\nHi there.',
    );
    expect(s.subject).toBe('Hello');
    expect(s.from.name).toBe('Ann Lee');
    expect(s.date).toBe('2026-01-21T01:00:00-05:00');
    expect(s.text?.trim()).toBe('Hi there.');
  });

  it('takes a text with no header lines as all body', () => {
    const s = loadPrintedText('Just a newsletter body.\n\nSecond paragraph.');
    expect(s.subject).toBe('');
    expect(s.from).toEqual({ name: null, address: null });
    expect(s.text).toContain('Second paragraph.');
  });

  it('rejects headers with no body', () => {
    expect(() => loadPrintedText('From a@example.org\nSubject Hi\n\n  \n')).toThrow(/no body/);
  });

  it('parses From lines and dates', () => {
    expect(parseFromLine('ann@example.org')).toEqual({ name: null, address: 'ann@example.org' });
    expect(parseFromLine('Labor Digest')).toEqual({ name: 'Labor Digest', address: null });
    expect(parsePrintedDate('Wed, Jan 21, 2026 at 1:00 AM')).toBe('2026-01-21T01:00:00');
    expect(parsePrintedDate('not a date')).toBeNull();
  });
});

describe('email dates', () => {
  it('reads offsets and zone names from a Date header', () => {
    expect(headerOffsetMinutes('Mon, 18 May 2026 21:43:51 -0500')).toBe(-300);
    expect(headerOffsetMinutes('Thu, 12 Mar 2026 07:00:00 +0100 (CET)')).toBe(60);
    expect(headerOffsetMinutes('Thu, 12 Mar 2026 07:00:00 EST')).toBe(-300);
    expect(headerOffsetMinutes('March 4, 2026 7:30 AM')).toBeNull();
  });
  it('keeps the wall-clock day whatever the offset', () => {
    const d = new Date('2026-05-19T02:43:51Z');
    expect(isoWithOffset(d, -300)).toBe('2026-05-18T21:43:51-05:00');
    expect(isoWithOffset(d, 330)).toBe('2026-05-19T08:13:51+05:30');
    expect(wallClockDate('2026-05-18T21:43:51-05:00')?.toISOString()).toBe(
      '2026-05-18T21:43:51.000Z',
    );
    expect(wallClockDate('2026-01-21T01:00:00')?.toISOString()).toBe('2026-01-21T01:00:00.000Z');
    expect(wallClockDate('2026-01-21T06:00:00.000Z')?.toISOString()).toBe(
      '2026-01-21T06:00:00.000Z',
    );
    expect(wallClockDate('garbage')).toBeNull();
    expect(wallClockDate(null)).toBeNull();
  });
});
