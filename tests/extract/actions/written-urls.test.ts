import { describe, expect, it } from 'vitest';
import { withoutWrittenUrls } from '../../../lib/extract/actions/action-label';
import { textToBlocks } from '../../../lib/extract/blocks/text-blocks';

// The linear rewrites of two backtracking patterns (issue 14, S2) say what the patterns said.

describe('withoutWrittenUrls (was a `(?<=\\S.{2,})` lookbehind)', () => {
  it('drops an address written after the words, with the spaces before it', () => {
    expect(withoutWrittenUrls('Share the plan https://example.org/plan')).toBe('Share the plan');
    expect(withoutWrittenUrls('Read www.example.org/a now')).toBe('Read now');
    expect(withoutWrittenUrls('Go  https://a.example/x and https://b.example/y')).toBe('Go and');
  });

  it('keeps an address that is the whole text or comes first', () => {
    expect(withoutWrittenUrls('https://example.org/plan')).toBe('https://example.org/plan');
    expect(withoutWrittenUrls('a https://example.org')).toBe('a https://example.org');
    expect(withoutWrittenUrls('line one\nhttps://example.org')).toBe(
      'line one\nhttps://example.org',
    );
  });
});

describe('Markdown headings in printed mail (was a lazy `(.*?)\\s*#*$`)', () => {
  it('closing hashes are not part of the title', () => {
    const [a, b] = textToBlocks('## Title ##\n\n# C#');
    expect([a?.text, a?.level]).toEqual(['Title', 2]);
    expect(b?.text).toBe('C');
  });
});
