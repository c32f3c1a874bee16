import { describe, expect, it } from 'vitest';
import { countWords, splitSentences } from '../../../lib/extract/text/sentences';

describe('splitSentences', () => {
  it('does not split after abbreviations and initials', () => {
    expect(
      splitSentences('The U.S. Senate met on Jan. 23 with Dr. Okafor. Then it adjourned.'),
    ).toEqual(['The U.S. Senate met on Jan. 23 with Dr. Okafor.', 'Then it adjourned.']);
  });
  it('splits other languages', () => {
    expect(splitSentences('Het regent. Morgen niet!', 'nl')).toEqual([
      'Het regent.',
      'Morgen niet!',
    ]);
  });
  it('counts words, not punctuation', () => {
    expect(countWords('Hello — big world , ok')).toBe(4);
  });
});

describe('splitSentences: addresses', () => {
  it('never breaks inside a URL', () => {
    expect(
      splitSentences('Copy this link: https://x.example.com/subscribe?ref=Q1. Thanks!'),
    ).toEqual(['Copy this link: https://x.example.com/subscribe?ref=Q1.', 'Thanks!']);
  });
});
