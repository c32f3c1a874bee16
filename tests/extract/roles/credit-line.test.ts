import { describe, expect, it } from 'vitest';
import { blockRoles } from '../../../lib/extract/roles';
import { docFrom } from '../actions/action-doc';

// The credit under a block quotation is a role of its own, whatever element carries it.

function roles(html: string): [string, string][] {
  const doc = docFrom({ html });
  const r = blockRoles(doc);
  return doc.blocks.map((b) => [b.text, r[b.index]!.role]);
}

const QUOTE = 'Every issue you close invites two more, so you learn to close them kindly.';

describe('credit-line role', () => {
  it.each([
    [
      '<small> inside the blockquote',
      `<blockquote><p>${QUOTE}</p><p><small>Hamish Okonjo</small></p></blockquote>`,
    ],
    [
      '<cite> inside the blockquote',
      `<blockquote><p>${QUOTE}</p><cite>Hamish Okonjo</cite></blockquote>`,
    ],
    [
      'a figcaption with a dash',
      `<figure><blockquote><p>${QUOTE}</p></blockquote><figcaption>— Hamish Okonjo, maintainer</figcaption></figure>`,
    ],
    [
      '"Name, Title" in the next paragraph',
      `<blockquote><p>${QUOTE}</p></blockquote><p>Hamish Okonjo, release manager at a mapping project</p>`,
    ],
  ])('%s', (_why, html) => {
    const got = roles(
      `<html><body><p>Intro to the quote.</p>${html}<p>More text follows here.</p></body></html>`,
    );
    expect(got.find(([t]) => t.startsWith('Every issue'))?.[1]).toBe('quotation');
    expect(got.find(([t]) => t.startsWith('Hamish') || t.startsWith('— Hamish'))?.[1]).toBe(
      'credit-line',
    );
  });

  it('a sentence under a quotation stays body text', () => {
    const got = roles(
      `<html><body><blockquote><p>${QUOTE}</p></blockquote><p>Hamish Okonjo, who wrote that, still maintains it.</p></body></html>`,
    );
    expect(got.find(([t]) => t.startsWith('Hamish'))?.[1]).toBe('body');
  });
});
