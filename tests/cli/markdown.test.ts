import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileComment, toMarkdown } from '../../cli/markdown';
import type { Summary } from '../../lib/schema';

// The Markdown brief of a hostile email (issue 14: F5, F8). A Markdown viewer (GitHub, Obsidian,
// markdown-it with linkify) must find in it no image, link, HTML or autolink that the email wrote
// as text, only the links MailGist itself made from safe targets; and no terminal control
// character survives. The check below reads the Markdown the way such a viewer would: backslash
// escapes, entities and code spans are inert, everything else is live.

const SAFE_ACTION = 'https://example.org/donate?a=1&b=(2)';
const SAFE_ITEM = 'https://news.example.org/story_(part_1)';
/** A safe target with a ")](" in it: it must stay one link, with no second link after it. */
const ODD_ITEM = 'https://x.example/a)](https://evil.example/b c';
const ALLOWED = [SAFE_ACTION, SAFE_ITEM, ODD_ITEM];

/**
 * A Markdown line read the way a viewer reads it: backslash escapes, entities and code spans are
 * inert. `live` has each of them replaced by "·"; `shown` has them resolved to the text shown.
 */
function readMarkdown(md: string): { live: string; shown: string } {
  let live = '';
  let shown = '';
  const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };
  for (let i = 0; i < md.length;) {
    const c = md[i]!;
    const entity = /^&(?:amp|lt|gt);/.exec(md.slice(i, i + 5))?.[0];
    if (c === '\\' && i + 1 < md.length && /[!-/:-@[-`{-~]/.test(md[i + 1]!)) {
      live += '·';
      shown += md[i + 1];
      i += 2;
    } else if (entity) {
      live += '·';
      shown += ENTITIES[entity];
      i += entity.length;
    } else if (c === '`') {
      let run = 0;
      while (md[i + run] === '`') run++;
      const fence = '`'.repeat(run);
      const close = md.indexOf(fence, i + run);
      if (close < 0) {
        live += fence;
        shown += fence;
        i += run;
      } else {
        live += '·';
        shown += md.slice(i + run, close);
        i = close + run;
      }
    } else {
      live += c;
      shown += c;
      i++;
    }
  }
  return { live, shown };
}

/** What a viewer would render live, other than MailGist's own links to `allowed` targets. */
function foreignMarkup(md: string, allowed: string[]): string[] {
  const found: string[] = [];
  for (const line of md.split('\n')) {
    let live = readMarkdown(line).live;
    // MailGist's own links: `[label](url)` whose url (as written) is one of the allowed targets.
    live = live.replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, (all, _label: string, url: string) => {
      const target = decodeURI(url.replace(/&amp;/g, '&'));
      if (allowed.includes(target)) return '·';
      found.push(`link to ${url}`);
      return all;
    });
    for (const [name, re] of [
      ['image or link', /!?\[|\]\(|\]\[|\]:/],
      ['raw HTML or angle autolink', /</],
      ['autolink', /[a-z][a-z\d+.-]*:\/\/|www\.|mailto:|[\w.+-]+@[\w-]+\.\w/i],
      ['bare domain', /[a-z\d-]\.(?:com|org|net|example|io|ly)\b/i],
    ] as const) {
      if (re.test(live)) found.push(`${name} in: ${line}`);
    }
  }
  return found;
}

/** The text a viewer shows, line by line. */
function shownText(md: string): string {
  return md
    .split('\n')
    .map((l) => readMarkdown(l).shown)
    .join('\n');
}

function summaryWith(text: (where: string) => string): Summary {
  return {
    schemaVersion: 1,
    headline: text('headline'),
    dek: text('dek'),
    authors: [text('author')],
    publication: text('publication'),
    sender: { name: text('sender'), address: 'news@example.org' },
    date: '2026-03-02',
    language: 'en',
    readingMinutes: 3,
    summary: [text('summary')],
    sections: [{ title: text('section'), summary: text('section summary') }],
    quotes: [{ text: text('quote'), speaker: text('speaker'), score: 1 }],
    actions: [
      { label: text('action'), kind: 'donate', url: SAFE_ACTION, date: null },
      { label: text('action 2'), kind: 'other', url: 'javascript:alert(1)', date: null },
    ],
    items: [
      { title: text('item'), url: SAFE_ITEM, blurb: text('blurb') },
      { title: text('item 2'), url: ODD_ITEM, blurb: null },
    ],
    isDigest: true,
    links: [],
  };
}

const HOSTILE = [
  '![x](https://tracker.example/p.gif) Budget night',
  '[Join](https://evil.example/join) the union',
  'As she said ](javascript:alert(1)) and <img src=x onerror=alert(1)>',
  '<https://evil.example/auto> and https://evil.example/bare and www.evil.example',
  'Write to boss@evil.example or mailto:boss@evil.example today',
  '[ref]: https://evil.example/ref "title" then [ref] and ![[embed.png]] and [[wiki]]',
  '<!-- comment --> <script>alert(1)</script> &lt;b&gt; &amp; `code` *em* _em_ ~~s~~ $x$',
  'Visit evil.com now\n# Not a heading\n- not a list\n> not a quote',
];

describe('the Markdown brief keeps email text inert (F5)', () => {
  it('no image, link, HTML or autolink written by the email goes live', () => {
    for (const h of HOSTILE) {
      const md = toMarkdown(summaryWith((where) => `${where}: ${h}`));
      expect(foreignMarkup(md, ALLOWED), md).toEqual([]);
    }
  });

  it('a ")" or space in a target cannot break out of MailGist’s own link', () => {
    const md = toMarkdown(summaryWith(() => 'Donate'));
    expect(foreignMarkup(md, ALLOWED), md).toEqual([]);
    expect(md.match(/\]\(/g), md).toHaveLength(3);
    expect(md).not.toMatch(/javascript:/);
  });

  it('escaping loses nothing: the viewer shows the email’s text as written', () => {
    for (const h of HOSTILE) {
      const md = toMarkdown(summaryWith(() => h));
      expect(shownText(md)).toContain(h.replace(/\s+/g, ' '));
    }
  });

  it('holds for arbitrary text in every field', () => {
    const alphabet = fc.constantFrom(
      ...'[]()!<>&`*_~#$\\|:/.@-+= \nabchtpswwwx1'.split(''),
      'https://',
      'www.',
      '](',
      '![',
      '<a href=',
      '-->',
      'evil.com',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const text = parts.join('').trim() || 'x';
        const md = toMarkdown(summaryWith(() => text));
        expect(foreignMarkup(md, ALLOWED), md).toEqual([]);
        expect(shownText(md)).toContain(text.replace(/\s+/g, ' '));
      }),
      { numRuns: 300 },
    );
  });

  it('a file name cannot close the batch comment', () => {
    const c = fileComment('news --><img src=x onerror=alert(1)><!-- x.eml');
    expect(c).toMatch(/^<!-- .* -->$/);
    expect(c.slice(4, -3)).not.toMatch(/-->|--!>|>|</);
  });
});

describe('no terminal control character reaches the Markdown (F8)', () => {
  const ESCAPES = [
    '\u001b]8;;https://evil.example/\u0007Click\u001b]8;;\u0007',
    '\u001b]52;c;ZXZpbA==\u0007clipboard',
    '\u001b[31mred\u001b[0m and \u009b2J cleared',
    'NUL\u0000 here, bell\u0007, DEL\u007f, C1\u0085\u009d0;title\u009c',
    'bidi \u202egnp.exe\u202c and \u2066isolate\u2069',
  ];
  it('escape sequences, C0/C1 controls and bidi overrides are stripped, the text kept', () => {
    for (const e of ESCAPES) {
      const md = toMarkdown(summaryWith(() => `text ${e} end`));
      // eslint-disable-next-line no-control-regex
      expect(md).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(md).toContain('end');
    }
    const headline = toMarkdown(summaryWith(() => ESCAPES[0]!)).split('\n')[0];
    expect(headline).toBe('# Click');
  });
});
