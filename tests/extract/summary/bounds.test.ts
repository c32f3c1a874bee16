import { describe, expect, it } from 'vitest';
import { summarise } from '../../../lib/extract';
import { clip } from '../../../lib/extract/summary/bounds';
import { parseHtmlNode } from '../../../lib/node-dom';
import { articleFromSummary, SAVED_QUOTES } from '../../../lib/panel/article-from-summary';
import { SUMMARY_LIMITS } from '../../../lib/schema';
import { htmlSnapshot, page } from '../../robustness/support';

// Issue 14, W1: what is extracted, shown and saved is bounded (lib/schema.ts SUMMARY_LIMITS).

const LEAD =
  '<p>Hospital workers at three systems say they will walk out together on March 12 unless safe staffing ratios are written into their contracts this spring.</p>';

describe('bounded briefs', () => {
  it('a 50,000-character <h1> or Subject gives a headline of at most the limit, cut at a word', () => {
    const words = 'Nurses set a strike date at three hospitals '.repeat(50_000 / 44);
    for (const snapshot of [
      htmlSnapshot(page(`<h1>${words}</h1>${LEAD}`)),
      htmlSnapshot(page(`<h1>${words}</h1>${LEAD}`), words),
    ]) {
      const s = summarise(snapshot, { parseHtml: parseHtmlNode });
      expect(s.headline.length).toBeLessThanOrEqual(SUMMARY_LIMITS.headline);
      for (const sentence of s.summary) expect(sentence.length).toBeLessThanOrEqual(1_000);
    }
    const s = summarise(htmlSnapshot(page(LEAD), words), { parseHtml: parseHtmlNode });
    expect(s.headline).toMatch(/^Nurses set a strike date .*[a-z]…$/);
  });

  it('thousands of quotes are not all kept, shown or saved', () => {
    const quotes = Array.from(
      { length: 2_000 },
      (_, i) =>
        `<p>“We will keep the picket line going for as long as it takes, day ${i},” said Teodora Villanueva.</p>`,
    ).join('');
    const s = summarise(htmlSnapshot(page(`<h1>Strike</h1>${LEAD}${quotes}`)), {
      parseHtml: parseHtmlNode,
    });
    expect(s.quotes.length).toBeGreaterThan(10);
    expect(s.quotes.length).toBeLessThanOrEqual(SUMMARY_LIMITS.quotes);
    const saved = articleFromSummary(s, { key: 'k', url: null });
    expect(saved.quotes.length).toBeLessThanOrEqual(SAVED_QUOTES);
    expect(JSON.stringify(saved).length).toBeLessThan(40_000);
  });

  it('clip cuts at a word, keeps short text, never splits a surrogate pair', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('one two three four five', 12)).toBe('one two…');
    const emoji = clip('😀'.repeat(20), 9);
    expect(emoji.length).toBeLessThanOrEqual(9);
    expect(emoji).not.toMatch(/[\ud800-\udbff]…$/);
  });
});
