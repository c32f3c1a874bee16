import { describe, expect, it } from 'vitest';
import {
  actionMatches,
  authorsMatch,
  dateMatches,
  foldWords,
  headlineMatches,
  pct,
  publicationMatches,
  quoteMatches,
  sameUrl,
  scoreActions,
  scoreQuotes,
} from '../../scripts/eval-score';

describe('foldWords', () => {
  it('folds case, accents and punctuation', () => {
    expect(foldWords('Café “Déjà-vu”, NOW!')).toEqual(['cafe', 'deja', 'vu', 'now']);
    expect(foldWords(null)).toEqual([]);
  });
});

describe('headline', () => {
  it('needs 80 % overlap both ways', () => {
    expect(
      headlineMatches(
        'Will ICE ignite a mass strike in Minnesota',
        'Will ICE Ignite a Mass Strike in Minnesota?',
      ),
    ).toBe(true);
    // the label is inside a longer answer: fails the other way
    expect(
      headlineMatches(
        'Labor Notes: Will ICE Ignite a Mass Strike in Minnesota? Read more today',
        'Will ICE Ignite a Mass Strike in Minnesota?',
      ),
    ).toBe(false);
    expect(headlineMatches('Will ICE Ignite', 'Will ICE Ignite a Mass Strike in Minnesota?')).toBe(
      false,
    );
    expect(headlineMatches('', 'Anything')).toBe(false);
  });
});

describe('authors', () => {
  it('finds each label by full name or surname, at most one extra', () => {
    expect(authorsMatch(['Luis Feliz Leon'], ['Luis Feliz Leon'])).toBe(true);
    expect(authorsMatch(['L. Feliz Leon'], ['Luis Feliz Leon'])).toBe(true);
    expect(authorsMatch(['Luis Feliz Leon', 'Someone Else'], ['Luis Feliz Leon'])).toBe(true);
    expect(authorsMatch(['Luis Feliz Leon', 'A B', 'C D'], ['Luis Feliz Leon'])).toBe(false);
    expect(authorsMatch(['Shaan Puri'], ['Shaan Puri', 'Ben Levy'])).toBe(false);
  });
  it('wants [] where the label is []', () => {
    expect(authorsMatch([], [])).toBe(true);
    expect(authorsMatch(['Hacker Newsletter'], [])).toBe(false);
  });
});

describe('publication and date', () => {
  it('publication needs half the label words', () => {
    expect(publicationMatches('JavaScript Weekly', 'JavaScript Weekly (Cooperpress)')).toBe(true);
    expect(publicationMatches('Cooperpress', 'JavaScript Weekly (Cooperpress)')).toBe(false);
    expect(publicationMatches(null, null)).toBe(true);
    expect(publicationMatches('Labor Notes', null)).toBe(false);
    expect(publicationMatches(null, 'Labor Notes')).toBe(false);
  });
  it('date is the same day', () => {
    expect(dateMatches('2026-01-20', '2026-01-20')).toBe(true);
    expect(dateMatches('2026-01-21', '2026-01-20')).toBe(false);
    expect(dateMatches(null, null)).toBe(true);
    expect(dateMatches('2026-01-20', null)).toBe(false);
  });
});

describe('quotes', () => {
  const label = [
    { text: 'We are going to shut the city down for a day', speaker: 'Kieran Knutson' },
    { text: 'Nobody should have to go to work afraid', speaker: null },
  ];
  it('matches by 60 % of the label or 80 % of the answer', () => {
    expect(quoteMatches('going to shut the city down', label[0]!.text)).toBe(true);
    expect(
      quoteMatches(
        'We are going to shut the city down for a day, he said, and more words here too',
        label[0]!.text,
      ),
    ).toBe(true);
    expect(quoteMatches('A completely different sentence about the weather', label[0]!.text)).toBe(
      false,
    );
  });
  it('scores precision, recall and speaker accuracy', () => {
    const s = scoreQuotes(
      [
        { text: 'We are going to shut the city down for a day', speaker: 'Knutson', score: 1 },
        { text: 'This quote is not in the labels at all', speaker: null, score: 0.5 },
      ],
      label,
    );
    expect(s.precision).toEqual({ hit: 1, n: 2 });
    expect(s.recall).toEqual({ hit: 1, n: 2 });
    expect(s.speaker).toEqual({ hit: 1, n: 1 });
    expect(s.missed).toEqual([label[1]!.text]);
  });
  it('counts a wrong speaker', () => {
    const s = scoreQuotes([{ text: label[0]!.text, speaker: 'Jane Doe', score: 1 }], label);
    expect(s.speaker).toEqual({ hit: 0, n: 1 });
  });
});

describe('actions', () => {
  const donate = { label: 'Donate to the legal fund', kind: 'donate', url: null, date: null };
  const event = { label: 'Day of Truth and Freedom', kind: 'event', url: null, date: '2026-01-23' };
  it('matches on URL, or kind plus words or date', () => {
    expect(
      actionMatches(
        { label: 'Give now', kind: 'other', url: 'https://x.org/give/', date: null },
        { ...donate, url: 'https://x.org/give' },
      ),
    ).toBe(true);
    expect(
      actionMatches({ label: 'Donate to the fund', kind: 'donate', url: null, date: null }, donate),
    ).toBe(true);
    expect(
      actionMatches(
        { label: 'Donate to the fund', kind: 'petition', url: null, date: null },
        donate,
      ),
    ).toBe(false);
    expect(
      actionMatches({ label: 'Strike', kind: 'event', url: null, date: '2026-01-23' }, event),
    ).toBe(true);
    expect(actionMatches({ label: 'Strike', kind: 'event', url: null, date: null }, event)).toBe(
      false,
    );
  });
  it('null URLs never match each other', () => {
    expect(sameUrl(null, null)).toBe(false);
    expect(sameUrl('https://t.example/r?u=https%3A%2F%2Fx.org%2Fpage', 'https://x.org/page')).toBe(
      true,
    );
  });
  it('scores precision and recall', () => {
    const s = scoreActions(
      [{ label: 'Donate to the legal fund now', kind: 'donate', url: null, date: null }],
      [donate, event],
    );
    expect(s.precision).toEqual({ hit: 1, n: 1 });
    expect(s.recall).toEqual({ hit: 1, n: 2 });
    expect(pct(s.recall)).toBe(50);
    expect(pct({ hit: 0, n: 0 })).toBeNull();
  });
});
