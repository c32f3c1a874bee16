import { describe, expect, it } from 'vitest';
import { TARGET_PARAM_SHAPES, unwrapTracker } from '../../../lib/extract/links/unwrap-tracker';
import { safeUrl } from '../../../lib/extract/links/url-safety';
import { destinationHost, isClickTracker } from '../../../lib/extract/links/link-host';
import { collectLinks } from '../../../lib/extract/links/links';
import { docFrom } from '../actions/action-doc';

// Issue 17: link hosts show the destination, not the click-tracker — read from the tracker's URL
// when it is written there, never fetched; else the domain printed in or beside the link.

const dest = 'https://dest.example.org/a?b=1';
const unwrap = (u: string) => unwrapTracker(u, safeUrl);
const b64url = (s: string) => Buffer.from(s).toString('base64url');
const b32 = (s: string) => {
  const abc = 'abcdefghijklmnopqrstuvwxyz234567';
  let bits = '';
  for (const byte of Buffer.from(s)) bits += byte.toString(2).padStart(8, '0');
  let out = '';
  for (let i = 0; i < bits.length; i += 5)
    out += abc[parseInt(bits.slice(i, i + 5).padEnd(5, '0'), 2)];
  return out;
};

describe('unwrapTracker', () => {
  it('reads every parameter of the table, plain and percent-encoded', () => {
    for (const row of TARGET_PARAM_SHAPES) {
      expect(row.why.length).toBeGreaterThan(10);
      for (const name of row.names) {
        const plain = `https://t.example.net/c?${name}=${encodeURIComponent(dest)}`;
        expect(unwrap(plain), name).toBe(dest);
        // Encoded once more than the query string needs (a layer of the sender's templating).
        const twice = `https://t.example.net/c?${name}=${encodeURIComponent(encodeURIComponent(dest))}`;
        expect(unwrap(twice), `${name} twice`).toBe(dest);
      }
    }
  });
  it('reads a base64url address in a parameter, and base64 / base32 / percent-encoded path segments', () => {
    expect(unwrap(`https://t.example.net/c?u=${b64url(dest)}`)).toBe(dest);
    expect(unwrap(`https://t.example.net/r/2/${b64url(dest)}/x`)).toBe(dest);
    expect(unwrap(`https://open.example.com/${b32(dest)}`)).toBe(dest);
    expect(unwrap(`https://open.example.com/${b32(dest).toUpperCase()}====`)).toBe(dest);
    expect(unwrap(`https://t.example.net/r/${encodeURIComponent(dest)}`)).toBe(dest);
  });
  it('leaves opaque trackers and non-address values alone', () => {
    for (const u of [
      'https://news.us4.list-manage.example.com/track/click?u=5c1e0a7d&id=a1&e=9f',
      'https://click.esp.example.net/ls/click?upn=Q2xpY2tUb2tlbjEyMzQ1Njc4OTA',
      'https://www.example.org/search?q=budget+vote',
      'https://t.example.net/c?url=javascript%3Aalert(1)',
    ]) {
      expect(unwrap(u)).toBe(u);
    }
  });
  it('stops where the caller refuses a layer', () => {
    const u = `https://t.example.net/c?url=${encodeURIComponent('http://127.0.0.1:9222/json')}`;
    expect(unwrapTracker(u, (c) => (c.includes('127.0.0.1') ? null : c))).toBe(u);
  });
});

describe('destinationHost', () => {
  const tracker = 'https://news.us4.list-manage.example.com/track/click?u=1&id=2&e=3';
  it('names the printed domain behind an opaque click-tracker', () => {
    expect(isClickTracker(tracker)).toBe(true);
    expect(destinationHost(tracker, '(github.com)')).toBe('github.com');
    expect(destinationHost(tracker, 'www.nytimes.com/2026/03/story')).toBe('nytimes.com');
    expect(destinationHost('https://click.esp.example.net/ls/click?upn=abc', 'zeit.de')).toBe(
      'zeit.de',
    );
  });
  it('keeps the tracker host when nothing printed is a domain', () => {
    expect(destinationHost(tracker, '//illinois', 'comments→')).toBe(
      'news.us4.list-manage.example.com',
    );
    // A title that mentions a domain in passing says nothing of where the link goes.
    expect(destinationHost(tracker, 'Why example.com went down for a day')).toBe(
      'news.us4.list-manage.example.com',
    );
  });
  it('never relabels an ordinary link with the site its text names', () => {
    expect(destinationHost('https://evil.example.net/login', 'paypal.com')).toBe(
      'evil.example.net',
    );
    expect(isClickTracker('https://www.example.org/2026/03/budget-vote')).toBe(false);
  });
  it('gives links their destination host', () => {
    const doc = docFrom({
      html: `<p><a href="${tracker}">github.com/acme/sheet</a> and
        <a href="https://t.example.net/c?url=${encodeURIComponent(dest)}">the report</a></p>`,
    });
    expect(collectLinks(doc).map((l) => l.host)).toEqual(['github.com', 'dest.example.org']);
  });
});
