import { describe, expect, it } from 'vitest';
import {
  cleanUrl,
  hostOf,
  isDomainMismatch,
  isPrivateTarget,
  safeUrl,
  siteOf,
  unwrapRedirect,
} from '../../../lib/extract/links/url-safety';

describe('safeUrl', () => {
  it('keeps http, https and mailto, normalised', () => {
    expect(safeUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeUrl('HTTP://Example.ORG')).toBe('http://example.org/');
    expect(safeUrl('mailto:press@example.org')).toBe('mailto:press@example.org');
    expect(safeUrl('mailto:?subject=Read%20this')).toBe('mailto:?subject=Read%20this');
  });
  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'java&#115;cript:alert(1)',
    '&#x6A;avascript&colon;alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    '',
    'https://bank.example@evil.example/login',
  ])('drops %j', (href) => {
    expect(safeUrl(href)).toBeNull();
  });
  it('reads a bare www address as https', () => {
    expect(safeUrl('www.example.org/join')).toBe('https://www.example.org/join');
  });
  it('refuses absurdly long targets without parsing them', () => {
    expect(safeUrl(`https://example.org/${'a'.repeat(10_000)}`)).toBeNull();
  });
});

describe('unwrapRedirect', () => {
  it('takes the destination from ?url= / ?u= / ?q= / ?redirect= / ?target=', () => {
    expect(
      unwrapRedirect('https://t.example.net/r?url=https%3A%2F%2Fdest.example.org%2Fp%3Fx%3D1'),
    ).toBe('https://dest.example.org/p?x=1');
    expect(unwrapRedirect('https://www.google.com/url?q=https://dest.example.org/a&sa=D')).toBe(
      'https://dest.example.org/a',
    );
    expect(unwrapRedirect('https://l.example.com/?u=https%3A%2F%2Fdest.example.org%2F')).toBe(
      'https://dest.example.org/',
    );
    expect(unwrapRedirect('https://x.example/out?target=https://dest.example.org/t')).toBe(
      'https://dest.example.org/t',
    );
  });
  it('decodes a base64 path segment and a signed base64 JSON segment', () => {
    const b64 = btoa('https://dest.example.org/story/1');
    expect(unwrapRedirect(`https://link.news.example.com/click/123.456/${b64}/abc`)).toBe(
      'https://dest.example.org/story/1',
    );
    const json = btoa(JSON.stringify({ e: 'https://dest.example.org/subscribe' })).replace(
      /=+$/,
      '',
    );
    expect(unwrapRedirect(`https://substack.example.com/redirect/2/${json}.sig123`)).toBe(
      'https://dest.example.org/subscribe',
    );
  });
  it('decodes a percent-encoded URL in the path', () => {
    expect(unwrapRedirect('https://t.example/r/https%3A%2F%2Fdest.example.org%2Fp')).toBe(
      'https://dest.example.org/p',
    );
  });
  it('leaves opaque trackers alone (a Mailchimp id is not a URL)', () => {
    const u = 'https://x.us1.list-manage.com/track/click?u=faa8eb4ef3&id=0f27';
    expect(unwrapRedirect(u)).toBe(u);
  });
  it('never unwraps into an unsafe scheme', () => {
    const u = 'https://t.example/r?url=javascript%3Aalert(1)';
    expect(unwrapRedirect(u)).toBe(u);
    expect(cleanUrl('https://t.example/r?url=data%3Atext%2Fhtml%2Cx')).toBe(
      'https://t.example/r?url=data%3Atext%2Fhtml%2Cx',
    );
  });
});

describe('isDomainMismatch', () => {
  it('flags text naming one site that links to another', () => {
    expect(isDomainMismatch('www.paypal.com', 'https://paypal.login.evil.example/x')).toBe(true);
    expect(isDomainMismatch('https://bank.example.org/login', 'https://bank-example.net/')).toBe(
      true,
    );
  });
  it('accepts subdomains of the named site, and unwrapped redirects to it', () => {
    expect(isDomainMismatch('example.org', 'https://www.example.org/a')).toBe(false);
    const b64 = btoa('https://news.example.org/a');
    expect(isDomainMismatch('news.example.org', `https://link.esp.example/click/1/${b64}`)).toBe(
      false,
    );
  });
  it('ignores text that is not an address, and trackers whose destination is unknown', () => {
    expect(isDomainMismatch('Read more', 'https://x.example/a')).toBe(false);
    expect(isDomainMismatch('Node.js', 'https://x.example/a')).toBe(false);
    expect(
      isDomainMismatch(
        'http://news.example.org',
        'https://news.us1.list-manage.com/track/click?u=1&id=2',
      ),
    ).toBe(false);
  });
});

describe('hostOf / siteOf', () => {
  it('gives the mailto domain and the registrable site', () => {
    expect(hostOf('mailto:a@Example.org')).toBe('example.org');
    expect(siteOf('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('a.b.example.com')).toBe('example.com');
  });
});

describe('isDomainMismatch: any domain named in the text (issue 14, F7)', () => {
  it.each([
    ['Donate at paypal.com', 'https://paypal.com.evil.example/give'],
    ['Give via www.actblue.com today', 'https://actblue.com-secure.example.net/x'],
    ['Sign at change.org or share it', 'https://petition-change.example/sign'],
    ['Spenden über https://ökoligenta.de', 'https://evil.example.org/'],
  ])('flags %j -> %s', (text, url) => {
    expect(isDomainMismatch(text, url)).toBe(true);
  });
  it.each([
    ['Donate at paypal.com', 'https://www.paypal.com/donate/?id=1'],
    ['Read it on news.bbc.co.uk', 'https://www.bbc.co.uk/news/x'],
    ['Alle Newsletter: www.ökoligenta.de/wandel', 'https://www.xn--koligenta-z7a.de/wandel'],
    ['Node.js 24 is out', 'https://nodejs.org/blog'],
    ['Mr.Smith goes to Washington', 'https://film.example.org/'],
    ['Email district1@bikeaction.org', 'https://parade.example.org/'],
    ['Donate at paypal.com', 'https://mailchi.mp/abc/def'],
  ])('does not flag %j -> %s', (text, url) => {
    expect(isDomainMismatch(text, url)).toBe(false);
  });
});

describe('isPrivateTarget (issue 14, F11)', () => {
  it.each([
    'http://127.0.0.1:9222/json',
    'http://[::1]/',
    'https://0x7f.1/',
    'http://2130706433/',
    'http://10.0.0.5/admin',
    'http://192.168.1.1/',
    'http://172.20.3.4/',
    'http://169.254.169.254/latest/meta-data',
    'http://localhost:3000/',
    'http://printer.local/',
    'http://[fe80::1]/',
    'http://[fd12:3456::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://0.0.0.0:8080/',
  ])('%s is private', (url) => {
    expect(isPrivateTarget(url)).toBe(true);
  });
  it.each([
    'https://example.org/',
    'https://172.32.0.1/',
    'https://8.8.8.8/',
    'https://[2001:db8::1]/',
    'mailto:a@localhost',
    'https://localhost.example.org/',
  ])('%s is not', (url) => {
    expect(isPrivateTarget(url)).toBe(false);
  });
});
