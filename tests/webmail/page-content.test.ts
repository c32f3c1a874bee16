// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { summarise } from '../../lib/extract';
import { pageContent, visibleCopy } from '../../lib/webmail/page-content';
import { pageSnapshot, readPageState } from '../../lib/webmail/read-page';
import { framesLoaded, loadFixture } from './fixture';

// "Summarise this page": the framed message of a webmail wins over the mailbox around it, and
// text hidden from sight (screen-reader-only headings, aria-hidden, hidden, display:none) is
// never part of what is summarised.

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const URL_RC = new URL('https://webmail.harbor-coop.example/?_task=mail&_mbox=INBOX');

function setBody(html: string, css = ''): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.replaceChildren(style);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(
    ...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)),
  );
}

describe('summarise this page on Roundcube (roundcube-elastic-2026-12.html)', () => {
  beforeEach(async () => {
    loadFixture('roundcube-elastic-2026-12.html');
    await framesLoaded(document);
  });

  it('reads the message frame, not the mailbox around it', () => {
    const found = pageContent(document);
    expect(found?.doc).not.toBe(document);
    expect(found?.text).toContain('Dana Whitfield');
    expect(found?.text).not.toContain('Minutes of the November meeting'); // a message-list row
  });

  it('reads the frame even when a long message list is not marked as a list', () => {
    const list = document.getElementById('messagelist');
    list?.removeAttribute('role');
    const body = list?.querySelector('tbody');
    const rows = Array.from(body?.children ?? []);
    for (let i = 0; i < 8; i++) for (const row of rows) body?.append(row.cloneNode(true));
    expect(pageContent(document)?.text).toContain('Dana Whitfield');
  });

  it('leaves out the screen-reader-only headings, the hidden headers and the preheader', () => {
    const snap = pageSnapshot(document, URL_RC, 'generic');
    const text = parseHtml(snap?.html ?? '').body.textContent ?? '';
    for (const hidden of [
      'Application tasks',
      'Message list',
      'Mail preview',
      'Message content',
      'Subject:',
      'letters@harbortownweekly.example',
      'Read this week',
    ]) {
      expect(text).not.toContain(hidden);
    }
    expect(snap?.subject).toBe('Harbor Town Weekly: Ferry Fares Drop, Library Hours Grow');
  });

  it('briefs the newsletter: headline, author and the quotes with their speakers', () => {
    const state = readPageState({ doc: document, url: URL_RC }, 'page');
    if (state.status !== 'message') throw new Error(`no message: ${state.status}`);
    const s = summarise(state.snapshot, { parseHtml });
    expect(s.headline).toBe('Harbor Town Weekly: Ferry Fares Drop, Library Hours Grow');
    expect(s.authors).toEqual(['Priya Nair']);
    expect(s.quotes.map((q) => q.speaker)).toEqual(
      expect.arrayContaining(['Dana Whitfield', 'Tomas Lindqvist']),
    );
    expect(s.actions.map((a) => a.label)).toContain('Donate to keep island news free');
    expect(s.summary.join(' ')).not.toMatch(/Application tasks|Island Residents Association/);
  });
});

describe('visually hidden text', () => {
  it('is left out by every common way of hiding it; the live page is not changed', () => {
    setBody(
      `<main><h1 class="sr-only">Skip to content</h1>
       <p aria-hidden="true">Decorative echo</p><p hidden>Hidden attribute</p>
       <p class="gone">Display none</p><p style="visibility:hidden">Invisible</p>
       <p class="clip-path">Clip-path inset</p>
       <p>The board voted to keep every branch open on Sundays from next month.</p></main>`,
      `.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}
       .gone{display:none}.clip-path{position:absolute;clip-path:inset(50%)}`,
    );
    const copy = visibleCopy(document.querySelector('main')!);
    expect(copy.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'The board voted to keep every branch open on Sundays from next month.',
    );
    expect(document.querySelector('main')?.textContent).toContain('Skip to content');
  });

  it('a hidden frame is not what the user reads', async () => {
    setBody(
      `<main><article><h1>Weekend hours</h1><p>The library board voted on Monday to open every branch on Sundays.</p></article>
       <iframe hidden srcdoc="<p>${'A preloaded message that is not on screen. '.repeat(20)}</p>"></iframe></main>`,
    );
    await framesLoaded(document);
    expect(pageContent(document)?.doc).toBe(document);
  });

  it('a page with no frame reads its main landmark, without navigation', () => {
    setBody(
      `<nav><a href="/">Home</a><a href="/news">News</a></nav>
       <main><h1>Weekend hours</h1><p>The library board voted on Monday to open every branch on Sundays.</p></main>`,
    );
    const found = pageContent(document);
    expect(found?.doc).toBe(document);
    expect(found?.text).toContain('Weekend hours');
    expect(found?.text).toContain('The library board voted on Monday');
    expect(found?.text).not.toContain('News');
  });
});
