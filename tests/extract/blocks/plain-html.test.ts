import { describe, expect, it } from 'vitest';
import { mayBePlainHtml, textFromPlainHtml } from '../../../lib/extract/blocks/plain-html';
import { parseHtmlNode } from '../../../lib/node-dom';

describe('textFromPlainHtml', () => {
  it('reads a text email rendered as <br> lines back as its text', () => {
    const html =
      '<div dir="ltr">WHAT WE WANT<br><br>_ A standfirst in italics. _<br><br>' +
      'Jane Doe<br>March 3, 2026<br>See <a href="https://example.org/a">the report</a>.</div>';
    expect(textFromPlainHtml(parseHtmlNode(html))).toBe(
      'WHAT WE WANT\n\n_ A standfirst in italics. _\n\nJane Doe\nMarch 3, 2026\n' +
        'See the report <https://example.org/a>.\n',
    );
  });

  it('leaves real HTML mail alone', () => {
    const html =
      '<h1>Title</h1><p>One<br>two</p><p>three<br>four</p><table><tr><td>x<br>y</td></tr></table>';
    expect(textFromPlainHtml(parseHtmlNode(html))).toBeNull();
  });

  it('skips hidden preheaders and unsafe link targets', () => {
    const html =
      '<div><span style="display:none">preview text</span>Line one<br>Line two<br>' +
      '<a href="javascript:alert(1)">click</a><br>end</div>';
    expect(textFromPlainHtml(parseHtmlNode(html))).toBe('Line one\nLine two\nclick\nend\n');
  });
});

describe('mayBePlainHtml', () => {
  it('passes <br>-lined text and refuses structured mail without walking the tree', () => {
    expect(mayBePlainHtml('<div>a<br>b<br>c<br>d</div>')).toBe(true);
    expect(mayBePlainHtml('<p>a</p><p>b</p><p>c</p><br><br><br>')).toBe(false);
    expect(mayBePlainHtml('<div>one line<br>two</div>')).toBe(false);
  });
});
