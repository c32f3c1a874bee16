import { describe, expect, it } from 'vitest';
import type { EmailSnapshot } from '../../../lib/email/snapshot';
import { buildDocument } from '../../../lib/extract/blocks/build-document';
import { extractArticleDate, isoDay } from '../../../lib/extract/metadata/dates';
import { findDates } from '../../../lib/extract/text/meta-date-text';
import { parseHtmlNode } from '../../../lib/node-dom';

function doc(
  body: { html?: string; text?: string },
  date: string | null = '2024-05-06T10:00:00Z',
  subject = 'A title',
) {
  const snapshot: EmailSnapshot = {
    subject,
    from: { name: null, address: null },
    date,
    html: body.html ?? null,
    text: body.text ?? null,
    provider: 'file',
  };
  return buildDocument(snapshot, parseHtmlNode);
}
const ref = new Date('2024-05-06T10:00:00Z');
const days = (text: string, r: Date | null = ref) => findDates(text, r).map((f) => isoDay(f.date));

describe('findDates', () => {
  it('reads month-first, day-first, ISO and numeric dates in several languages', () => {
    expect(days('January 20, 2026')).toEqual(['2026-01-20']);
    expect(days('By Luis Villa – 14 Oct 2022 – View online')).toEqual(['2022-10-14']);
    expect(days('No. 494 — October 16th, 2022')).toEqual(['2022-10-16']);
    expect(days('Mardi 31 janvier 2023')).toEqual(['2023-01-31']);
    expect(days('zondag 10 februari 2019')).toEqual(['2019-02-10']);
    expect(days('why ish / 2022-10-14')).toEqual(['2022-10-14']);
    expect(days('Release Date: 19/04/2020')).toEqual(['2020-04-19']);
  });
  it('gives a year-less date the reference year, or last year when it would be far ahead', () => {
    expect(days('Feb 18')).toEqual(['2024-02-18']);
    expect(days('Dec 30', new Date('2024-01-02T00:00:00Z'))).toEqual(['2023-12-30']);
    expect(days('Feb 18', null)).toEqual([]);
  });
  it('ignores impossible dates and the verb "may"', () => {
    expect(days('February 30, 2024')).toEqual([]);
    expect(days('we may 5 times')).toEqual([]);
  });
});

describe('extractArticleDate', () => {
  it('prefers the date on the byline to the email date', () => {
    expect(
      extractArticleDate(
        doc({ text: 'A TITLE\n\nAnn Lee\nMay 1, 2024\n\nBody text that goes on.' }),
      ),
    ).toBe('2024-05-01');
  });
  it('reads a dateline at the top ("March 7, 2022 | Read Online")', () => {
    expect(
      extractArticleDate(
        doc({
          html: '<p>May 3, 2024 | <a href="https://x.example">Read Online</a></p><p>GM, this is the Brief.</p>',
        }),
      ),
    ).toBe('2024-05-03');
  });
  it('does not take an event date later than the email', () => {
    expect(extractArticleDate(doc({ html: '<h1>A title</h1><p>Join us May 20, 2024</p>' }))).toBe(
      '2024-05-06',
    );
  });
  it('uses a copyright year for a year-less date when the email has no date', () => {
    expect(
      extractArticleDate(
        doc({ html: '<h1>A title</h1><p>Oct 27</p><p>Body text.</p><p>© 2022 Ann Lee</p>' }, null),
      ),
    ).toBe('2022-10-27');
  });
  it('falls back to the email date, else null', () => {
    expect(extractArticleDate(doc({ text: 'Nothing dated here at all.' }))).toBe('2024-05-06');
    expect(extractArticleDate(doc({ text: 'Nothing dated here at all.' }, null))).toBeNull();
  });
  it('reads the date of a forwarded message, not of the forward', () => {
    const text =
      'FYI\n\n---------- Forwarded message ---------\nFrom: Brief <a@b.example>\nDate: Fri, 28 Oct 2022 at 19:15\nSubject: Grey skies\n\nBody.';
    expect(extractArticleDate(doc({ text }))).toBe('2022-10-28');
  });
});
