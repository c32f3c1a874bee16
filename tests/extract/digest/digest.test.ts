import { sectionsBesideStories } from '../../../lib/extract/digest/sections-beside-stories';
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

describe('digest story lines (issue 17)', () => {
  const tracker = (id: string) =>
    `https://list.us4.list-manage.example.com/track/click?u=1&amp;id=${id}&amp;e=2`;
  const line = (title: string, source: string, id: string) =>
    `<p><a href="${tracker(id)}">${title}</a><br><span>${source} <a href="${tracker(`${id}c`)}">comments→</a></span></p>`;

  it("never gives a story the next story's line as its blurb", () => {
    const html = [
      line('A field guide to database indexes', '(use-the-index.example.com)', 'a'),
      line('Why the build got faster without caches', '(engineering.example.org)', 'b'),
      '<p>The team measured every cache layer and found most cost more to restore than rebuild.</p>',
      line('The quiet death of the status page', '//blog', 'c'),
      line('Reading old RFCs as literature', '(rfc.example.org)', 'd'),
    ].join('\n');
    const { items } = extractDigest(docFrom({ html }));
    expect(items.map((i) => [i.title, i.blurb, i.host])).toEqual([
      ['A field guide to database indexes', null, 'use-the-index.example.com'],
      [
        'Why the build got faster without caches',
        'The team measured every cache layer and found most cost more to restore than rebuild.',
        'engineering.example.org',
      ],
      ['The quiet death of the status page', null, 'list.us4.list-manage.example.com'],
      ['Reading old RFCs as literature', null, 'rfc.example.org'],
    ]);
  });
  it('reads "Title — blurb" under a bare story line as the next story', () => {
    const html = [1, 2, 3, 4]
      .map(
        (n) =>
          `<p><a href="https://news.example.org/${n}"><strong>Story number ${n} of the week</strong></a></p>
           <p><a href="https://news.example.org/${n}b">Another story ${n} with a title</a> — Its own blurb, which says what this other story covers.</p>`,
      )
      .join('\n');
    const { items } = extractDigest(docFrom({ html }));
    expect(items[0]).toMatchObject({ title: 'Story number 1 of the week', blurb: null });
    expect(items[1]).toMatchObject({
      title: 'Another story 1 with a title',
      blurb: 'Its own blurb, which says what this other story covers.',
    });
  });
  it('keeps a blurb that opens with a short link of its own', () => {
    const html = [1, 2, 3, 4]
      .map(
        (n) =>
          `<p><a href="https://news.example.org/${n}"><strong>Story number ${n} of the week</strong></a></p>
           <p><a href="https://tool.example.org/">Nx</a> is a toolkit that story ${n} describes at some length here.</p>`,
      )
      .join('\n');
    const { items } = extractDigest(docFrom({ html }));
    expect(items[0]!.blurb).toBe('Nx is a toolkit that story 1 describes at some length here.');
  });
});

describe('sectionsBesideStories (issue 17)', () => {
  const items = [
    { title: 'Tram reaches the airport', url: null, blurb: 'The line opens in 2029.' },
    { title: 'Libraries open on Sunday', url: null, blurb: null },
  ];
  it('drops sections that are stories, and a sentence that is only the first story', () => {
    expect(
      sectionsBesideStories(
        [
          { title: 'Tram reaches the airport', summary: 'The line opens in 2029.' },
          { title: 'Transport', summary: 'Tram reaches the airport (example.org) comments' },
          { title: 'Quote of the week', summary: 'The line opens in 2029.' },
          { title: 'Housekeeping', summary: 'Paid members get the calendar next month.' },
        ],
        items,
      ),
    ).toEqual([
      { title: 'Transport', summary: null },
      { title: 'Housekeeping', summary: 'Paid members get the calendar next month.' },
    ]);
  });
  it('leaves the sections of an email that is not a digest alone', () => {
    const sections = [{ title: 'Tram reaches the airport', summary: null }];
    expect(sectionsBesideStories(sections, [])).toBe(sections);
  });
});
