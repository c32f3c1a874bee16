// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { markdownText } from '../../lib/markdown-escape';
import { formatQuote } from '../../lib/quote-format';
import { exportJson, importJson } from '../../lib/reading-list/format-json';
import { markdownNote } from '../../lib/reading-list/format-markdown';
import { exportNetscape } from '../../lib/reading-list/format-netscape';
import { buildExport } from '../../lib/panel/exports';
import { entry } from './helpers';

// F6: exports carry email text as text. Markdown gets no image, frame or link the email wrote; a
// JSON file cannot plant a `javascript:` link that a bookmarks export then hands to a browser; no
// value can add a line to the YAML front matter.

const HOSTILE = [
  '<img src="https://tracker.example/p.gif" onerror="alert(1)">',
  '<iframe src="https://evil.example/frame"></iframe>',
  '![pixel](https://tracker.example/open.gif)',
  '[Join us](https://evil.example/phish)',
  '<https://evil.example/auto>',
  'see https://evil.example/bare and www.evil.example today',
  'write to reset@evil.example now',
  'quote](javascript:alert(1)) tail',
  '[[Secret note]] and ![[embed.png]]',
  '%%hidden in Obsidian%%',
];

/**
 * The live Markdown in a text, outside code spans (which every viewer shows verbatim): an HTML
 * tag or autolink, an image or link opener, a bare web address or email address.
 */
function liveMarkdown(md: string): string[] {
  const outsideCode = md.replace(/(`+)[^`]*?\1/g, ' ');
  const found: string[] = [];
  const unescaped = (re: RegExp) => {
    for (const m of outsideCode.matchAll(re)) {
      const at = m.index;
      let slashes = 0;
      for (let i = at - 1; i >= 0 && outsideCode[i] === '\\'; i--) slashes++;
      if (slashes % 2 === 0) found.push(m[0]);
    }
  };
  unescaped(/<[a-z/!?]/gi); // raw HTML or an autolink
  unescaped(/\[/g); // a link, an image, a wikilink
  unescaped(/%%/g);
  for (const m of outsideCode.matchAll(/\S*(?::\/\/|www\.|@\S*\.)\S*/gi)) found.push(m[0]);
  return found;
}

describe('Markdown from email text is inert (F6)', () => {
  it('the Obsidian note: title, excerpt, quotes and speakers', () => {
    for (const text of HOSTILE) {
      const note = markdownNote(
        entry(1, {
          title: text,
          excerpt: text,
          quotes: [{ text, speaker: text }],
        }),
      );
      const body = note.split('\n---\n').slice(1).join('\n---\n');
      // The one link the note writes itself is the article's.
      const own = '[Read the article](https://news.example.org/story-1)';
      expect(body).toContain(own);
      expect(liveMarkdown(body.replace(own, '')), text).toEqual([]);
    }
  });

  it('"Copy quote → Markdown"', () => {
    for (const text of HOSTILE) {
      const linked = formatQuote(
        { text, speaker: text },
        { publication: 'Pub', headline: text, url: 'https://news.example.org/a' },
        'markdown',
      );
      const own = ', [Pub](https://news.example.org/a)';
      expect(linked.endsWith(own)).toBe(true);
      expect(liveMarkdown(linked.slice(0, -own.length)), text).toEqual([]);
      const unlinked = formatQuote(
        { text, speaker: text },
        { publication: text, headline: text, url: null },
        'markdown',
      );
      expect(liveMarkdown(unlinked), text).toEqual([]);
    }
  });

  it('a quote never links to a URL that is not http(s)', () => {
    const md = formatQuote(
      { text: 'A line worth quoting here', speaker: null },
      { publication: 'Pub', headline: 'H', url: 'javascript:alert(1)' },
      'markdown',
    );
    expect(md).not.toContain('javascript');
    expect(md).toContain('— Pub');
  });

  it('keeps the words: escapes only, no text lost', () => {
    const unescape = (md: string) =>
      md
        .replace(/(`+) ?(.*?) ?\1/g, '$2')
        .replace(/\\([\\`*_[\]<>~|$#>+=.)%-])/g, '$1')
        // A viewer decodes the entities the escaping wrote for &, < and >.
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    for (const text of [...HOSTILE, '# Not a heading', '1. not a list', '- nor this']) {
      expect(unescape(markdownText(text))).toBe(text);
    }
    expect(markdownText('1. not a list')).toBe('1\\. not a list');
    expect(markdownText('# Not a heading')).toBe('\\# Not a heading');
  });

  it('the article link is percent-encoded so a ) cannot end it early', () => {
    const note = markdownNote(entry(1, { url: 'https://news.example.org/a_(b)?q=1)x' }));
    expect(note).toContain('[Read the article](https://news.example.org/a_%28b%29?q=1%29x)');
  });
});

describe('YAML front matter cannot be injected into (F6)', () => {
  const injections = [
    '2026-01-01\ntags: [pwned]',
    '2026-01-01\r\nread: false',
    'x\u2028evil: true',
    'x\u0085evil: true',
    'say "hi": now',
    "it's: 'quoted'",
  ];

  it.each(injections)('%j stays one value on one line', (value) => {
    const note = markdownNote(
      entry(1, {
        date: value,
        savedAt: value,
        title: value,
        publication: value,
        authors: [value],
        tags: [value],
        lists: [value],
      }),
    );
    const front = note.split('\n---\n')[0]!.replace(/^---\n/, '');
    const lines = front.split('\n');
    const keys = lines.filter((l) => !l.startsWith('  - ')).map((l) => l.split(':')[0]);
    expect(keys).toEqual([
      'title',
      'author',
      'publication',
      'url',
      'email',
      'date',
      'saved',
      'category',
      'lists',
      'tags',
      'read',
    ]);
    for (const line of lines) {
      expect(line).not.toMatch(/[\u0085\u2028\u2029\r]/);
      const scalar = /^(?:[a-z]+: | {2}- )(".*")$/.exec(line)?.[1];
      if (scalar) expect(typeof JSON.parse(scalar)).toBe('string');
    }
    expect(front).toContain(
      `date: ${JSON.stringify(value).replace(/[\u0085\u2028]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}`,
    );
  });

  it('a real date and time stay bare', () => {
    const note = markdownNote(entry(1));
    expect(note).toContain('date: 2026-03-03\n');
    expect(note).toContain('saved: 2026-03-02T10:00:00.000Z\n');
  });
});

describe('links from a JSON file (F6)', () => {
  const planted = [
    entry(1, { url: 'javascript:alert(document.domain)', emailUrl: 'data:text/html,<script>' }),
    entry(2, { url: ' JaVaScRiPt:alert(1)' }),
    entry(3, { url: 'https://news.example.org/ok"><script>alert(1)</script>' }),
    entry(4, { url: 'mailto:editor@example.org' }),
  ];
  const file = exportJson(planted, new Date('2026-04-01T00:00:00Z'));

  it('import drops any link that is not http(s) or mailto', () => {
    const imported = importJson(file);
    expect(imported.map((e) => e.url)).toEqual([
      null,
      null,
      'https://news.example.org/ok"><script>alert(1)</script>',
      'mailto:editor@example.org',
    ]);
    expect(imported[0]!.emailUrl).toBeNull();
    expect(imported[0]!.title).toBe('Story number 1');
  });

  it('the bookmarks export writes only http(s)/mailto links, HTML-escaped', () => {
    // Even from a list that already holds a bad link (written before this check).
    const html = exportNetscape(planted, new Date('2026-04-01T00:00:00Z'));
    expect(html).not.toMatch(/javascript|data:/i);
    expect(html).not.toContain('<script>');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const hrefs = Array.from(doc.querySelectorAll('a'), (a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      'https://news.example.org/ok%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
      'mailto:editor@example.org',
    ]);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(buildExport('bookmarks', planted, new Date()).skipped).toBe(2);
  });
});
