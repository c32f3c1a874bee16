import { describe, expect, it } from 'vitest';
import { formatAllQuotes, formatQuote, quoteForDisplay } from '../../lib/quote-format';

const ctx = {
  publication: 'Labor Notes',
  headline: 'A Strike',
  url: 'https://labornotes.example.org/a',
};
const q = {
  text: 'We are walking out so someone is at the bedside',
  speaker: 'Teodora Villanueva',
};

describe('quote formats', () => {
  it('plain: “…” — Speaker, Publication', () => {
    expect(formatQuote(q, ctx, 'plain')).toBe(
      '“We are walking out so someone is at the bedside” — Teodora Villanueva, Labor Notes',
    );
    expect(formatQuote({ ...q, speaker: null }, { ...ctx, publication: null }, 'plain')).toBe(
      '“We are walking out so someone is at the bedside”',
    );
  });
  it('markdown: a blockquote with attribution and link', () => {
    expect(formatQuote(q, ctx, 'markdown')).toBe(
      '> We are walking out so someone is at the bedside\n>\n> — Teodora Villanueva, [Labor Notes](https://labornotes.example.org/a)',
    );
    expect(formatQuote({ ...q, speaker: null }, { ...ctx, url: null }, 'markdown')).toBe(
      '> We are walking out so someone is at the bedside\n>\n> — Labor Notes',
    );
  });
  it('the quote alone, and all quotes', () => {
    expect(formatQuote(q, ctx, 'text')).toBe(q.text);
    expect(formatAllQuotes([q, { text: 'Second one', speaker: null }], ctx, 'text')).toBe(
      `${q.text}\n\nSecond one`,
    );
  });
});

describe('quoteForDisplay', () => {
  it('ends a quotation cut by narration on a period, keeping other endings', () => {
    expect(quoteForDisplay('we still need drivers to run them,')).toBe(
      'we still need drivers to run them.',
    );
    expect(quoteForDisplay('Is this the end?')).toBe('Is this the end?');
    expect(quoteForDisplay('  No more.  ')).toBe('No more.');
  });
});
