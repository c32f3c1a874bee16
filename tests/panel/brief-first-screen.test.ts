import { describe, expect, it } from 'vitest';
import { firstAsks, groupActions, splitActions } from '../../lib/panel/action-groups';
import { bylineParts, formatEventDate } from '../../lib/panel/brief-meta';
import { briefAsText, leadSentences } from '../../lib/panel/brief-text';
import { saveChoice, saveTarget } from '../../lib/panel/save-choice';
import type { Action } from '../../lib/schema';
import { sampleSummary } from './sample-summary';

// The pure parts of the brief's first screen: the byline line, the lead sentences, "Copy brief",
// what the Save button will do, and which asks are real and which are furniture.

describe('byline line', () => {
  it('authors, publication via sender, date, reading time', () => {
    expect(bylineParts(sampleSummary(), 'en-GB')).toEqual([
      'By Marisol Okafor-Price',
      'The Ward Report via Shop Floor Digest',
      '3 March 2026',
      '4 min read',
    ]);
  });
  it('leaves out what the email does not give, and a sender the publication already names', () => {
    const s = sampleSummary({
      authors: [],
      date: null,
      readingMinutes: 0,
      sender: { name: 'The Ward Report', address: null },
    });
    expect(bylineParts(s, 'en-GB')).toEqual(['The Ward Report', '1 min read']);
    expect(bylineParts(sampleSummary({ publication: null }), 'en-GB')[1]).toBe(
      'via Shop Floor Digest',
    );
  });
});

describe('event date', () => {
  it('weekday first, without a time-zone shift', () => {
    expect(formatEventDate('2026-03-12', 'en-GB')).toBe('Thu, 12 Mar 2026');
    expect(formatEventDate('not a date', 'en-GB')).toBe('not a date');
  });
});

describe('lead sentences', () => {
  it('at most three summary sentences, else the dek, else none', () => {
    expect(leadSentences(sampleSummary({ summary: ['a', 'b', 'c', 'd'] }))).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(leadSentences(sampleSummary({ summary: [] }))).toEqual([
      'Nurses, techs and dietary aides say they will walk out together.',
    ]);
    expect(leadSentences(sampleSummary({ summary: [], dek: null }))).toEqual([]);
  });
});

describe('Copy brief', () => {
  const s = sampleSummary();
  const url = 'https://www.wardreport.example.com/strike';
  it('plain: headline, byline, bullets, link', () => {
    expect(briefAsText(s, url, 'plain', 'en-GB')).toBe(
      [
        'Hospital Workers Set a Strike Date Across Three Counties',
        'By Marisol Okafor-Price · The Ward Report via Shop Floor Digest · 3 March 2026 · 4 min read',
        '• Three hospital systems face a joint strike.\n• Staffing ratios are the issue.',
        url,
      ].join('\n\n'),
    );
  });
  it('Markdown: the headline links to the article; email text cannot make markup', () => {
    const hostile = sampleSummary({
      headline: 'Hit [me](https://evil.example/) <img src=x>',
      summary: ['# Not a heading', '![pixel](https://t.example/p.gif)'],
    });
    const md = briefAsText(hostile, url, 'markdown', 'en-GB');
    expect(md.startsWith('**[Hit ')).toBe(true);
    expect(md).toContain(`](${url})**`);
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/^# /m);
    // The email's own link and image stay inert, in code spans where no viewer links.
    expect(md).toMatch(/`\[me\]\(https:\/\/evil\.example\/\)`/);
    expect(md).toMatch(/`!\[pixel\]\(https:\/\/t\.example\/p\.gif\)`/);
  });
});

describe('the Save control', () => {
  it('saves where the form says: ticked lists, a typed new one, Read later when none', () => {
    expect(saveChoice(new Set(['Read later']), '', [])).toEqual({
      lists: ['Read later'],
      tags: [],
    });
    expect(saveChoice(new Set(), '  Strikes ', ['labor'])).toEqual({
      lists: ['Strikes'],
      tags: ['labor'],
    });
    expect(saveChoice(new Set(), '', []).lists).toEqual(['Read later']);
    expect(saveChoice(new Set(['Work']), 'Work', []).lists).toEqual(['Work']);
  });
  it('its button says so', () => {
    expect(saveTarget({ lists: ['Read later'], tags: [] })).toBe('Read later');
    expect(saveTarget({ lists: ['Read later'], tags: ['a'] })).toBe('Read later · 1 tag');
    expect(saveTarget({ lists: ['A', 'B'], tags: ['a', 'b'] })).toBe('2 lists · 2 tags');
  });
});

describe('asks and furniture', () => {
  const a = (label: string, kind: Action['kind']): Action => ({
    label,
    kind,
    url: null,
    date: null,
  });
  it('folds share, subscribe, sponsor and read-more links; keeps the real asks in order', () => {
    const { asks, more } = splitActions([
      a('Tweet this story', 'share'),
      a('Sign the pledge', 'petition'),
      a('Subscribe', 'subscribe'),
      a('Chip in', 'donate'),
      a('Sponsored: RelayDB', 'sponsor'),
      a('Read the full story', 'read-more'),
      a('Reply and tell us', 'contact'),
    ]);
    expect(asks.map((x) => x.label)).toEqual(['Sign the pledge', 'Chip in', 'Reply and tell us']);
    expect(more.map((x) => x.label)).toEqual([
      'Tweet this story',
      'Subscribe',
      'Sponsored: RelayDB',
      'Read the full story',
    ]);
  });
  it('the first asks stay grouped, soonest events first', () => {
    const dated = (label: string, date: string): Action => ({ ...a(label, 'event'), date });
    const groups = groupActions([
      a('Chip in', 'donate'),
      dated('Later', '2026-05-01'),
      dated('Sooner', '2026-04-01'),
      a('Sign', 'petition'),
      a('Call your rep', 'contact'),
    ]);
    expect(firstAsks(groups, 3).map((g) => [g.title, g.actions.map((x) => x.label)])).toEqual([
      ['Upcoming', ['Sooner', 'Later']],
      ['Petitions', ['Sign']],
    ]);
    expect(firstAsks(groups, 10)).toEqual(groups);
    expect(firstAsks(groups, 0)).toEqual([]);
  });
});
