import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../../lib/extract/blocks/html-blocks';
import { parseHtmlNode, asDocumentHtml } from '../../../lib/node-dom';

const blocks = (html: string) => htmlToBlocks(parseHtmlNode(html));
const texts = (html: string) => blocks(html).map((b) => b.text);

describe('htmlToBlocks: hidden and invisible content', () => {
  it('drops preheaders, mso-hide, display:none, scripts, styles and tracking pixels', () => {
    const t = texts(`<html><head><title>T</title><style>.x{color:red}</style></head><body>
      <span class="mcnPreviewText" style="display:none; font-size:0px; max-height:0px; opacity:0; mso-hide:all;">Preview text</span>
      <div style="mso-hide:all">Outlook only</div><div class="preheader">Sneak peek</div>
      <div style="display: none !important">hidden</div><div hidden>also hidden</div>
      <script>alert(1)</script>
      <p>Visible paragraph.</p>
      <img src="https://t.example/open.gif" width="1" height="1" alt="pixel">
    </body></html>`);
    expect(t).toEqual(['Visible paragraph.']);
  });

  it('keeps content that is only hidden on mobile', () => {
    expect(
      texts(
        '<div class="hidden-mobile">Desktop column</div><td class="mobile-hidden">Sidebar</td><div class="hidden">Gone</div>',
      ),
    ).toEqual(['Desktop column', 'Sidebar']);
  });

  it('parses a fragment without <html> (what webmail hands over)', () => {
    expect(asDocumentHtml('<p>x</p>')).toContain('<body><p>x</p></body>');
    expect(texts('<p>First</p><div><div>Second</div></div>')).toEqual(['First', 'Second']);
  });
});

describe('htmlToBlocks: layout', () => {
  it('finds the innermost text of nested layout tables, in reading order', () => {
    const t = texts(`<table><tr><td><table><tr><td>
      <table><tr><td>One</td><td>Two</td></tr></table></td></tr>
      <tr><td><p>Three</p></td></tr></table></td></tr></table>`);
    expect(t).toEqual(['One', 'Two', 'Three']);
  });

  it('keeps <br> lines and splits a cell at a blank line (two <br>)', () => {
    const b = blocks(
      '<table><tr><td>Renata Szabo<br>February 9, 2026<br>Rank and File Times<br><br>First paragraph of the story.</td></tr></table>',
    );
    expect(b.map((x) => x.text)).toEqual([
      'Renata Szabo February 9, 2026 Rank and File Times',
      'First paragraph of the story.',
    ]);
    expect(b[0]!.lines).toEqual(['Renata Szabo', 'February 9, 2026', 'Rank and File Times']);
  });

  it('keeps blockquote and list kinds through inner paragraphs', () => {
    const b = blocks(
      '<blockquote><p>Quoted words here.</p></blockquote><ul><li><p>Item one</p></li></ul>',
    );
    expect(b.map((x) => [x.kind, x.text])).toEqual([
      ['blockquote', 'Quoted words here.'],
      ['list-item', 'Item one'],
    ]);
  });

  it('records links with their text, image alt text for image links, and removed-link markers', () => {
    const b = blocks(
      '<p>Read <a href="https://example.org/a">the report</a> [[link removed]] now.</p><p><a href="https://example.org/logo"><img src="l.png" alt="Slow Commute"></a></p>',
    );
    expect(b[0]!.text).toBe('Read the report now.');
    expect(b[0]!.links).toEqual([{ text: 'the report', href: 'https://example.org/a' }]);
    expect(b[0]!.removedLinks).toBe(1);
    expect(b[1]!.links[0]!.text).toBe('Slow Commute');
  });
});

describe('htmlToBlocks: headings and buttons', () => {
  it('takes headings from tags, and from short bold or large-font lines', () => {
    const b = blocks(`<h2>Tagged heading</h2>
      <td style="font-size:28px;font-weight:bold">Big Title Cell</td>
      <p><strong>Short bold line</strong></p>
      <p><b>Will you add your name to tell the commission to keep the clinic open today?</b></p>
      <p><strong>A bold sentence ends with a period.</strong></p>
      <p>Plain text.</p>`);
    expect(b.map((x) => [x.kind, x.level])).toEqual([
      ['heading', 2],
      ['heading', 1],
      ['heading', 3],
      ['paragraph', 0],
      ['paragraph', 0],
      ['paragraph', 0],
    ]);
  });

  it('recognises buttons: bulletproof table cells, styled links, button classes', () => {
    const b = blocks(`
      <table><tr><td bgcolor="#c0392b" style="padding:14px"><a href="https://x.org/sign">SIGN THE PETITION</a></td></tr></table>
      <p><a href="https://x.org/rsvp" style="background-color:#2c3e50;color:#fff;display:inline-block;padding:12px 24px">RSVP</a></p>
      <table class="mcnButtonContentContainer" style="background-color:#2BAADF"><tr><td class="mcnButtonContent"><a class="mcnButton" href="https://x.org/give">Support us</a></td></tr></table>
      <p>Read <a href="https://x.org/more">more here</a> in a sentence.</p>`);
    expect(b.map((x) => x.kind)).toEqual(['button', 'button', 'button', 'paragraph']);
  });
});

describe('htmlToBlocks: hostile input', () => {
  it('walks 5,000-deep nesting without recursion', () => {
    const deep =
      '<div>'.repeat(5000) +
      '<a href="https://x.org" style="background:#f00;padding:3px">deep</a>' +
      '</div>'.repeat(5000);
    expect(texts(deep)).toEqual(['deep']);
    const tables = '<table><tr><td>'.repeat(3000) + 'cell' + '</td></tr></table>'.repeat(3000);
    expect(texts(tables)).toEqual(['cell']);
  });

  it('stays linear on one cell with tens of thousands of links', () => {
    const html =
      '<table><tr><td bgcolor="#eee">' +
      '<a href="https://x.org">Go</a> '.repeat(20000) +
      '</td></tr></table>';
    const doc = parseHtmlNode(html);
    const t = performance.now();
    const b = htmlToBlocks(doc);
    expect(b[0]!.links.length).toBe(20000);
    expect(performance.now() - t).toBeLessThan(5000);
  });

  it('returns no blocks for an empty body', () => {
    expect(blocks('')).toEqual([]);
    expect(blocks('<html><body>   </body></html>')).toEqual([]);
  });
});
