import { describe, expect, it } from 'vitest';
import {
  countSentenceWords,
  countWords,
  splitSentences,
} from '../../../lib/extract/text/sentences';

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

// Chinese and Japanese put no space after 。！？: each is still the end of a sentence (issue 14, W2).
describe('splitSentences: Chinese and Japanese', () => {
  it('splits after 。！？ with no space', () => {
    expect(splitSentences('市议会通过了预算。新线路春季开通！你会去吗？好。')).toEqual([
      '市议会通过了预算。',
      '新线路春季开通！',
      '你会去吗？',
      '好。',
    ]);
    expect(splitSentences('計画を発表しました。「来年から始めます。」と述べた。', 'ja')).toEqual([
      '計画を発表しました。',
      '「来年から始めます。」と述べた。',
    ]);
  });
  it('still joins a break with no space inside a Latin word or address', () => {
    expect(splitSentences('详情见 https://x.example/a.b?c=1。谢谢。')).toEqual([
      '详情见 https://x.example/a.b?c=1。',
      '谢谢。',
    ]);
  });
  it('counts about one word per two characters of Chinese or Japanese', () => {
    expect(countSentenceWords('今天市议会通过了新的公共交通预算')).toBe(8);
    expect(countSentenceWords('The bus 今天 runs')).toBe(4);
  });
});

describe('splitSentences: ordinal dates (issue 17)', () => {
  it('does not end a sentence at the dot of "1. April"', () => {
    expect(
      splitSentences('Ab dem 1. April gilt die neue Regel. Sie betrifft alle Mieter in der Stadt.'),
    ).toEqual(['Ab dem 1. April gilt die neue Regel.', 'Sie betrifft alle Mieter in der Stadt.']);
  });
  it('still ends a sentence at a number followed by another sentence', () => {
    expect(splitSentences('The vote was 7 to 2. Then the council adjourned.')).toHaveLength(2);
  });
});
