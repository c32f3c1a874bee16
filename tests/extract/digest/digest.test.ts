import { describe, expect, it } from 'vitest';
import { extractDigest } from '../../../lib/extract/digest/digest';
import { docFrom } from '../actions/action-doc';

const story = (n: number) =>
  `<p><a href="https://w.example.com/link/${n}">Story number ${n} about queues</a> — A blurb that says what story ${n} covers and why it matters to readers.</p><p>Author ${n}</p>`;

describe('extractDigest', () => {
  it('reads a link roundup in order, with title, link and blurb', () => {
    const d = extractDigest(docFrom({ html: [1, 2, 3, 4].map(story).join('') }));
    expect(d.isDigest).toBe(true);
    expect(d.items.map((i) => i.title)).toEqual(
      [1, 2, 3, 4].map((n) => `Story number ${n} about queues`),
    );
    expect(d.items[0]).toMatchObject({
      url: 'https://w.example.com/link/1',
      blurb: 'A blurb that says what story 1 covers and why it matters to readers.',
    });
  });
  it('leaves a sponsor placement out of the stories', () => {
    const html =
      story(1) +
      story(2) +
      `<p><a href="https://w.example.com/link/ad">Try Acme Queue today</a> — Acme runs your queues for you.</p><p>Acme sponsor</p>` +
      story(3) +
      story(4);
    const d = extractDigest(docFrom({ html }));
    expect(d.items.map((i) => i.title)).not.toContain('Try Acme Queue today');
    expect(d.items).toHaveLength(4);
  });
  it('reads text-mail roundups written as "Title [https://…] blurb"', () => {
    const text = [1, 2, 3, 4]
      .map(
        (n) =>
          `Tool number ${n} for clusters [https://t.example.org/${n}] What tool ${n} does, in one sentence.`,
      )
      .join('\n\n');
    const d = extractDigest(docFrom({ text }));
    expect(d.isDigest).toBe(true);
    expect(d.items[2]).toMatchObject({
      title: 'Tool number 3 for clusters',
      url: 'https://t.example.org/3',
    });
  });
  it('reads a briefing of short sections under headings', () => {
    const sections = ['Ferries', 'Seawall', 'Bakery', 'Library', 'Parking']
      .map(
        (t) =>
          `<h2>${t} news today</h2><p>${'A short item about the harbor town and what changed this week for residents. '.repeat(2)}</p>`,
      )
      .join('');
    const d = extractDigest(docFrom({ html: sections }));
    expect(d.isDigest).toBe(true);
    expect(d.items[0]?.title).toBe('Ferries news today');
  });
  it('does not call a single essay with links and subheads a digest', () => {
    const para = `<p>${'The argument continues with evidence, a <a href="https://src.example.org/a">source</a>, and a careful caveat about what we do not know yet. '.repeat(6)}</p>`;
    const html = `<h1>Why buses beat gadgets</h1>${para}<h2>The cost</h2>${para}${para}<h2>The politics</h2>${para}${para}<h2>What next</h2>${para}`;
    expect(extractDigest(docFrom({ html }))).toEqual({ isDigest: false, items: [] });
  });
});
