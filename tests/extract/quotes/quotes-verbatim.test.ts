import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEmailFile } from '../../../lib/email/load-file';
import { buildDocument } from '../../../lib/extract/blocks/build-document';
import { extractQuotes } from '../../../lib/extract/quotes/quotes';
import { parseHtmlNode } from '../../../lib/node-dom';

// Every quote the panel shows is the email's own words: after folding whitespace, and quote
// marks (a quotation running over paragraphs loses the marks that reopen each one), each returned
// quote is a substring of the email's visible text — over every fixture and every sample.

const root = join(import.meta.dirname, '..', '..', '..');
const fixtures = join(root, 'tests', 'fixtures');
const sources: string[] = [
  ...readdirSync(fixtures, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'webmail')
    .flatMap((d) =>
      readdirSync(join(fixtures, d.name))
        .filter((f) => f.startsWith('source.'))
        .map((f) => join(fixtures, d.name, f)),
    ),
  ...readdirSync(join(root, 'samples'))
    .filter((f) => /\.(?:eml|html|txt)$/u.test(f))
    .map((f) => join(root, 'samples', f)),
];

const fold = (s: string): string =>
  s
    .replace(/["“”„‟«»‹›‘’‚'〝〞＂]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

describe('quotes are verbatim email text', () => {
  it('has sources', () => {
    expect(sources.length).toBeGreaterThan(10);
  });
  for (const file of sources) {
    it(file.slice(root.length + 1), async () => {
      const snapshot = await loadEmailFile(file, readFileSync(file));
      const doc = buildDocument(snapshot, parseHtmlNode);
      const text = fold(doc.blocks.map((b) => b.text).join(' '));
      for (const q of extractQuotes(doc)) {
        expect(text.includes(fold(q.text)), `not in the email: ${q.text}`).toBe(true);
      }
    });
  }
});
