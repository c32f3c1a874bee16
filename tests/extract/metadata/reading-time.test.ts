import { describe, expect, it } from 'vitest';
import type { EmailSnapshot } from '../../../lib/email/snapshot';
import { buildDocument } from '../../../lib/extract/blocks/build-document';
import { readingMinutes } from '../../../lib/extract/metadata/reading-time';
import { parseHtmlNode } from '../../../lib/node-dom';

function doc(text: string) {
  const snapshot: EmailSnapshot = {
    subject: 's',
    from: { name: null, address: null },
    date: null,
    html: null,
    text,
    provider: 'file',
  };
  return buildDocument(snapshot, parseHtmlNode);
}

describe('readingMinutes', () => {
  it('is 0 for an empty body and at least 1 for any text', () => {
    expect(readingMinutes(doc(''))).toBe(0);
    expect(readingMinutes(doc('Just a few words.'))).toBe(1);
  });
  it('grows with the word count and ignores boilerplate', () => {
    const para = Array.from({ length: 100 }, () => 'word').join(' ');
    const long = Array.from({ length: 23 }, () => para).join('\n\n'); // 2,300 words
    expect(readingMinutes(doc(long))).toBe(10);
    const withFooter = `${long}\n\n${'To unsubscribe from this list click here. '.repeat(8)}`;
    expect(readingMinutes(doc(withFooter))).toBe(10);
  });
});
