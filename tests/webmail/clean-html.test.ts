// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cleanBody, safeStyle } from '../../lib/webmail/clean-html';

function bodyOf(html: string): Element {
  const doc = new DOMParser().parseFromString(`<div id="b">${html}</div>`, 'text/html');
  const b = doc.getElementById('b');
  if (!b) throw new Error('no body');
  return b;
}

describe('cleanBody', () => {
  it('strips scripts, styles, handlers, unsafe URLs, editors and tracking pixels', () => {
    const { html, text } = cleanBody(
      bodyOf(
        '<style>p{color:red}</style><script>alert(1)</script>' +
          '<p onclick="steal()" style="color:red;background:url(https://t.example/bg.gif);width:expression(alert(1));font-family:\'x\'">Hello <a href="javascript:alert(1)">x</a> <a href="https://ok.example/">ok</a> <a href="mailto:a@b.example">mail</a></p>' +
          '<img src="https://t.example/p.gif" width="1" height="1"><img src="https://img.example/hero.jpg" width="600">' +
          '<iframe src="https://evil.example"></iframe><div contenteditable="true">my draft</div><form><input value="x"></form>',
      ),
    );
    expect(html).not.toMatch(
      /script|alert|onclick|url\(|bg\.gif|expression|p\.gif|iframe|my draft|<input|javascript:/,
    );
    // Inline styles stay for what the parser reads (size, weight, buttons), minus what could load.
    expect(html).toContain('style="color:red"');
    expect(html).toContain('href="https://ok.example/"');
    expect(html).toContain('href="mailto:a@b.example"');
    expect(html).toContain('hero.jpg');
    expect(text).toBe('Hello x ok mail');
  });

  it('drops reply quotes but keeps forwarded messages', () => {
    const reply = cleanBody(
      bodyOf(
        '<p>Sounds good.</p><div class="gmail_quote">On Mon, Ana wrote:<blockquote class="gmail_quote">old text</blockquote></div>',
      ),
    );
    expect(reply.text).toBe('Sounds good.');
    const fwd = cleanBody(
      bodyOf(
        '<p>FYI</p><div class="gmail_quote">---------- Forwarded message ---------<br>From: News<br><h1>The story</h1></div>',
      ),
    );
    expect(fwd.text).toContain('The story');
  });

  it("cuts Outlook's quoted reply after its marker, but not a forward", () => {
    const reply = cleanBody(
      bodyOf(
        '<p>Thanks!</p><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: Ana<br>Subject: RE: plans</div><div>old thread</div>',
      ),
    );
    expect(reply.text).toBe('Thanks!');
    const fwd = cleanBody(
      bodyOf(
        '<p>See below</p><div id="divRplyFwdMsg">From: News<br>Subject: FW: Weekly</div><div>The newsletter</div>',
      ),
    );
    expect(fwd.text).toContain('The newsletter');
  });

  it('never touches the live node', () => {
    const b = bodyOf('<p onclick="x()">Hi</p><script>1</script>');
    const before = b.outerHTML;
    cleanBody(b);
    expect(b.outerHTML).toBe(before);
  });

  it('keeps only inline style declarations that cannot load or run anything', () => {
    expect(safeStyle('font-size:24px; font-weight:bold; color:rgb(0,0,0)')).toBe(
      'font-size:24px;font-weight:bold;color:rgb(0,0,0)',
    );
    for (const bad of [
      'background:url(https://t.example/x.gif)',
      'background-image:image-set("a.png" 1x)',
      'background:u\\72l(https://t.example/x.gif)',
      'width:expression(alert(1))',
      'behavior:url(x.htc)',
      "font-family:'Evil'",
      'x:y</style><script>',
    ]) {
      expect(safeStyle(bad), bad).toBe('');
    }
  });

  it('removes what the email hides, by inline style or by its own style sheet', () => {
    const { html, text } = cleanBody(
      bodyOf(
        '<style>.pv{font-size:0;max-height:0;overflow:hidden} @media (max-width:480px){.wide{display:none}}</style>' +
          '<div class="pv">Buy now 50% off</div><p>Visible<span style="display:none"> secret</span> text.</p>' +
          '<p class="wide">Shown on the desktop.</p><p style="opacity:0">ghost</p>',
      ),
    );
    expect(text).toBe('Visible text.Shown on the desktop.');
    expect(html).not.toMatch(/Buy now|secret|ghost|<style/);
  });
});
