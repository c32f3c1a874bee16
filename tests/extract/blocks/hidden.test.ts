import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../../lib/extract/blocks/html-blocks';
import { parseStyleSheet } from '../../../lib/extract/blocks/hidden';
import { parseHtmlNode } from '../../../lib/node-dom';

// The hidden-text decision (blocks/hidden.ts), read through the blocks it leaves.

function texts(body: string, css = ''): string[] {
  const head = css ? `<style>${css}</style>` : '';
  return htmlToBlocks(parseHtmlNode(`<html><head>${head}</head><body>${body}</body></html>`)).map(
    (b) => b.text,
  );
}

describe('hidden text', () => {
  it('inline styles that hide', () => {
    for (const style of [
      'display:none',
      'display: NONE !important',
      'visibility:hidden',
      'font-size:0',
      'font-size:0px;line-height:0',
      'font-size:1px',
      'opacity:0',
      'opacity:0.0',
      'max-height:0;overflow:hidden',
      'height:0px;overflow:hidden',
      'mso-hide:all',
      'position:absolute;left:-9999px',
      'text-indent:-10000px',
      'clip:rect(0 0 0 0);position:absolute',
      'color:transparent',
      'color:rgba(0,0,0,0)',
    ]) {
      expect(texts(`<p>Shown.</p><p style="${style}">Secret words.</p>`), style).toEqual([
        'Shown.',
      ]);
    }
  });

  it('styles that do not hide leave the text alone', () => {
    for (const style of [
      'max-height:0', // no overflow:hidden: the text spills out and shows
      'font-size:small',
      'opacity:0.9',
      'left:-20px;position:relative',
      'color:#ffffff',
      'visibility:visible',
    ]) {
      expect(texts(`<p style="${style}">Seen words.</p>`), style).toEqual(['Seen words.']);
    }
  });

  it('a zero font size is inherited until a child sets a size of its own (MJML wrappers)', () => {
    expect(
      texts(
        '<div style="font-size:0px">hidden here<div style="font-size:16px">Column one.</div><div style="font-size:small">Column two.</div><div style="font-size:2em">zero times two</div></div>',
      ),
    ).toEqual(['Column one.', 'Column two.']);
  });

  it("the email's own <style> rules: class, id, element, element.class and compounds", () => {
    const css =
      '.pv{font-size:0;max-height:0;overflow:hidden} #promo{display:none} ' +
      'span.tk{visibility:hidden} aside{display:none} .a.b{opacity:0} ' +
      '.off{position:absolute;left:-9999px} u + .body .gm{display:none!important}';
    expect(
      texts(
        '<div class="pv">Preheader.</div><div id="promo">Promo.</div><p>Kept<span class="tk"> secret</span> words.</p>' +
          '<aside>Aside.</aside><p class="a b">Both.</p><p class="a">Only a.</p><p class="OFF">Away.</p><p class="gm">Gmail trick.</p>',
        css,
      ),
    ).toEqual(['Kept words.', 'Only a.']);
  });

  it('ignores @media blocks, selectors it cannot read, and overrides by specificity and inline style', () => {
    const css =
      '@media only screen and (max-width:480px){.wide{display:none!important}} ' +
      '.x:hover{display:none} [data-x]{display:none} .open p{display:none} ' +
      '.h{display:none} #keep.h{display:block} .g{display:none}';
    expect(
      texts(
        '<p class="wide">Wide.</p><p class="x">Hover.</p><p data-x="1">Attr.</p><div class="open"><p>Open.</p></div>' +
          '<p class="h" id="keep">Kept by id.</p><p class="g" style="display:block">Kept inline.</p><p class="h">Gone.</p>',
        css,
      ),
    ).toEqual(['Wide.', 'Hover.', 'Attr.', 'Open.', 'Kept by id.', 'Kept inline.']);
  });

  it('the hidden attribute, aria-hidden and class names made for hiding', () => {
    expect(
      texts(
        '<p hidden>A.</p><p aria-hidden="true">B.</p><div class="preheader">C.</div><p class="sr-only">D.</p><p class="hidden-mobile">Shown.</p>',
      ),
    ).toEqual(['Shown.']);
  });

  it('reads a sheet with comments, at-rules and broken braces without giving up', () => {
    const rules = parseStyleSheet(
      '@charset "utf-8"; /* .c{display:none} */ @import url(x.css); .a{display:none} .b{color:red ' +
        '} } .d{display:none}',
    );
    expect([...rules.byClass.keys()].sort()).toEqual(['a', 'b', 'd']);
  });
});
