import { describe, expect, it } from 'vitest';
import { cleanUrl, isDomainMismatch, safeUrl } from '../../lib/extract/links/links';
import {
  expectSafeTargets,
  htmlSnapshot,
  page,
  summariseOk,
  summaryStrings,
  textSnapshot,
} from './support';

// Link targets that run code or smuggle content must never become a link, an action or a story
// URL, however the scheme is disguised; and a link whose text names one site while it goes to
// another is kept out of the actions (the panel warns with isDomainMismatch).

/** As they would stand in an href attribute (the HTML parser decodes the entities). */
const HOSTILE_HREFS = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'JaVaScRiPt:alert(1)',
  '   javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\r\nscript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'jav&#9;ascript:alert(1)',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
  '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)',
  '&#0000106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  '\u0001javascript:alert(1)',
  'java\u0000script:alert(1)',
  'javascript://example.org/%0Aalert(1)',
  'javascript:alert(1)//https://example.org/',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:image/svg+xml,<svg onload=alert(1)>',
  ' data:text/html,hi',
  'vbscript:msgbox(1)',
  'VBScript:MsgBox(1)',
  'vb\tscript:msgbox(1)',
];

/**
 * A tracker wrapping a hostile target: the tracker URL itself is plain https (a browser will not
 * follow a redirect to javascript:), so it may stay; unwrapping must never surface the target.
 */
const WRAPPED_HOSTILE = [
  'https://click.example.net/r?url=javascript:alert(1)',
  'https://click.example.net/r?url=javascript%3Aalert(1)',
  'https://click.example.net/r?u=data%3Atext%2Fhtml%2C%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  'https://click.example.net/r?redirect=vbscript%3Amsgbox(1)',
  'https://click.example.net/aHR0cHM6Ly9leGFtcGxlLm9yZy8=/javascript:alert(1)',
];

/** The same hrefs once the HTML parser has decoded them (what safeUrl sees from a document). */
function decoded(href: string): string {
  return href
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&colon;/g, ':');
}

const attr = (href: string): string => href.replace(/"/g, '&quot;').replace(/</g, '&lt;');

function hostileEmail(href: string): string {
  const a = attr(href);
  return page(`
    <h1>Tenants win a rent freeze</h1>
    <p>After a year of organising, the tenants' union won a two-year rent freeze across the
       buildings. Read the whole story <a href="${a}">on our site</a>.</p>
    <table><tr><td bgcolor="#cc0000" style="padding:12px"><a href="${a}" style="background:#cc0000;padding:12px">Donate now</a></td></tr></table>
    <p><a href="${a}" class="button">Sign the petition</a></p>
    <p><a href="${a}"><img src="https://cdn.example.com/banner.png" alt="Join the rally on Friday"></a></p>
    <h2><a href="${a}">Story two: the next building</a></h2>
    <p><a href="https://example.org/safe">A safe link</a></p>`);
}

function expectNothingHostile(strings: { where: string; text: string }[], href: string): void {
  for (const { where, text } of strings) {
    if (!/(^|\.)url$/.test(where)) continue;
    expect(text, `${where} came from ${JSON.stringify(href)}`).not.toMatch(
      /script|data:|alert|msgbox/i,
    );
  }
}

describe('hostile link targets', () => {
  it.each(HOSTILE_HREFS)('safeUrl refuses %j', (href) => {
    expect(safeUrl(decoded(href))).toBeNull();
    expect(safeUrl(href)).toBeNull();
  });

  it('safeUrl keeps plain http(s) and mailto targets', () => {
    expect(safeUrl('https://example.org/a?b=c')).toBe('https://example.org/a?b=c');
    expect(safeUrl(' HTTP://EXAMPLE.ORG/x ')).toBe('http://example.org/x');
    expect(safeUrl('mailto:editor@example.org')).toBe('mailto:editor@example.org');
  });

  it.each(HOSTILE_HREFS)(
    'an email full of %j keeps it out of links, actions and stories',
    (href) => {
      const s = summariseOk(htmlSnapshot(hostileEmail(href)));
      expectSafeTargets(s);
      expectNothingHostile(summaryStrings(s), href);
      // The one safe link is still there: refusing the bad ones must not throw away the good.
      expect(s.links.map((l) => l.url)).toContain('https://example.org/safe');
    },
  );

  it.each(WRAPPED_HOSTILE)('unwrapping %j never surfaces the hostile target', (href) => {
    const url = cleanUrl(href);
    if (url !== null) expect(new URL(url).protocol).toBe('https:');
    const s = summariseOk(htmlSnapshot(hostileEmail(href)));
    expectSafeTargets(s);
  });

  it('hostile schemes written in a text email never become links', () => {
    const text = [
      'TENANTS WIN A RENT FREEZE',
      '',
      'Donate here: javascript:alert(1) or data:text/html,<b>x</b> or vbscript:msgbox(1)',
      '',
      'Read more at JaVaScRiPt:alert(document.cookie) and https://example.org/safe',
    ].join('\n');
    const s = summariseOk(textSnapshot(text));
    expectSafeTargets(s);
    expectNothingHostile(summaryStrings(s), 'text');
  });
});

describe('visible text naming another site', () => {
  it('isDomainMismatch flags text that names one site over a target on another', () => {
    expect(isDomainMismatch('paypal.com', 'https://evil.example/login')).toBe(true);
    expect(isDomainMismatch('www.paypal.com', 'https://paypal.com.evil.example/')).toBe(true);
    expect(isDomainMismatch('https://www.actblue.com/donate', 'http://actblue.example.net/')).toBe(
      true,
    );
    expect(
      isDomainMismatch(
        'www.example.org',
        'https://click.example.net/r?url=https%3A%2F%2Fevil.example%2F',
      ),
    ).toBe(true);
  });

  it('isDomainMismatch leaves alone links whose text is not an address, or names the same site', () => {
    expect(isDomainMismatch('Read more', 'https://evil.example/')).toBe(false);
    expect(isDomainMismatch('www.paypal.com', 'https://www.paypal.com/signin')).toBe(false);
    expect(isDomainMismatch('news.example.co.uk', 'https://www.example.co.uk/news')).toBe(false);
    expect(
      isDomainMismatch(
        'example.org/report',
        'https://click.example.net/r?url=https%3A%2F%2Fexample.org%2Freport',
      ),
    ).toBe(false);
  });

  it('a mismatched button or link never becomes an action', () => {
    const html = page(`
      <h1>Our spring appeal</h1>
      <p>The strike fund pays rent for families on the line. Every gift goes to members directly,
         and the fund is audited by the membership every quarter.</p>
      <table><tr><td bgcolor="#0a0" style="padding:12px"><a href="https://evil.example/pay" style="background:#0a0;padding:12px">www.actblue.com/donate</a></td></tr></table>
      <p>Give at <a href="https://phish.example/give">https://secure.actblue.com/donate/strikefund</a></p>
      <table><tr><td bgcolor="#00a" style="padding:12px"><a href="https://secure.actblue.com/donate/strikefund" style="background:#00a;padding:12px">Donate to the strike fund</a></td></tr></table>`);
    const s = summariseOk(htmlSnapshot(html));
    for (const a of s.actions) {
      expect(a.url ?? '', `action ${a.label}`).not.toMatch(/evil\.example|phish\.example/);
    }
    // The honest button is the action: the mismatch rule must not throw out everything.
    expect(s.actions.some((a) => a.url?.startsWith('https://secure.actblue.com/'))).toBe(true);
  });
});
