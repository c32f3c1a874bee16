import { describe, expect, it } from 'vitest';
import { buildIcs, escapeIcsText, foldLine } from '../../lib/ics';
import { eventFile } from '../../lib/panel/event-file';
import { sampleSummary } from './sample-summary';

describe('RFC 5545 event file', () => {
  const ics = buildIcs({
    uid: 'x@mailgist',
    date: '2026-03-12',
    summary: 'Rally; bring signs, friends \\ family',
    description: 'Line one\nLine two',
    url: 'https://act.example.org/rally',
    stamp: new Date('2026-03-03T09:08:07.123Z'),
  });

  it('uses CRLF line endings only and ends with one', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
  it('has the required properties and an all-day date', () => {
    const lines = ics.split('\r\n');
    expect(lines).toContain('UID:x@mailgist');
    expect(lines).toContain('DTSTAMP:20260303T090807Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20260312');
    expect(lines).toContain('DTEND;VALUE=DATE:20260313');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
  });
  it('escapes comma, semicolon, backslash and newline', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    expect(ics).toContain('SUMMARY:Rally\\; bring signs\\, friends \\\\ family');
    expect(ics).toContain('DESCRIPTION:Line one\\nLine two');
  });
  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const long = 'SUMMARY:' + 'é'.repeat(100);
    const folded = foldLine(long);
    const parts = folded.split('\r\n');
    const enc = new TextEncoder();
    for (const p of parts) expect(enc.encode(p).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(long);
    expect(foldLine('short')).toBe('short');
  });
  it('builds a file for a dated action only, with a stable UID', () => {
    const s = sampleSummary();
    const rally = s.actions[0]!;
    const a = eventFile(rally, s, new Date('2026-03-03T00:00:00Z'))!;
    const b = eventFile(rally, s, new Date('2026-03-04T00:00:00Z'))!;
    expect(a.name).toBe('rally-at-county-general-2026-03-12.ics');
    expect(a.type).toBe('text/calendar');
    const uid = (f: typeof a) => String(f.content).match(/UID:(.*)\r\n/)![1];
    expect(uid(a)).toBe(uid(b));
    expect(eventFile(s.actions[1]!, s, new Date())).toBeNull();
  });
});

describe('timed event file', () => {
  it('keeps the time of day the email gave (floating local time, one hour)', () => {
    const ics = buildIcs({
      uid: 't@mailgist',
      date: '2026-03-12',
      time: '18:30',
      summary: 'Fare hearing',
      stamp: new Date('2026-03-03T09:08:07Z'),
    });
    const lines = ics.split('\r\n');
    expect(lines).toContain('DTSTART:20260312T183000');
    expect(lines).toContain('DURATION:PT1H');
    expect(ics).not.toContain('VALUE=DATE');
  });
  it('falls back to an all-day event for a malformed time', () => {
    const ics = buildIcs({
      uid: 't@mailgist',
      date: '2026-03-12',
      time: '25:99',
      summary: 'x',
      stamp: new Date('2026-03-03T09:08:07Z'),
    });
    expect(ics).toContain('DTSTART;VALUE=DATE:20260312');
  });
  it('eventFile passes the action time through', () => {
    const s = sampleSummary();
    const timed = { ...s.actions[0]!, time: '09:15' };
    expect(String(eventFile(timed, s, new Date())!.content)).toContain('DTSTART:20260312T091500');
  });
});
