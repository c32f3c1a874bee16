import { describe, expect, it } from 'vitest';
import { collectLinks } from '../../../lib/extract/links/links';
import { docFrom } from '../actions/action-doc';

describe('collectLinks', () => {
  it('keeps safe links once each, unwrapped, in order, and drops script targets', () => {
    const doc = docFrom({
      html: `<p>Read <a href="https://t.esp.example/r?url=https%3A%2F%2Fnews.example.org%2Fa">the story</a>,
      <a href="javascript:alert(1)">this</a>, <a href="java&amp;#115;cript:x">that</a>,
      <a href="https://news.example.org/a">again</a> and <a href="mailto:desk@news.example.org">write in</a>.</p>`,
    });
    expect(collectLinks(doc)).toEqual([
      { text: 'the story', url: 'https://news.example.org/a', host: 'news.example.org' },
      { text: 'write in', url: 'mailto:desk@news.example.org', host: 'news.example.org' },
    ]);
  });
  it('stays fast on a body with 100,000 links', () => {
    const many = Array.from(
      { length: 100_000 },
      (_, i) => `<a href="https://e.example/${i % 3000}">l${i}</a>`,
    );
    const doc = docFrom({ html: `<p>${many.join(' ')}</p>` });
    const t = performance.now();
    const links = collectLinks(doc);
    expect(performance.now() - t).toBeLessThan(3000);
    expect(links.length).toBe(2000);
  });
});
