// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { gmail } from '../../lib/webmail/gmail';
import { clipCompleter, rawFromOriginalPage } from '../../lib/webmail/gmail-clip';
import { findOpenMessage } from '../../lib/webmail/read-page';
import { startPageReader } from '../../lib/webmail/session';
import { loadFixture, readFixture } from './fixture';

const URL_G = new URL('https://mail.google.com/mail/u/1/#inbox/FMfcgzQdzmUdMsRnVtYzXePoJiHfLmNr');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
/** Gmail's "Show original" page: the raw message in a <pre>, HTML-escaped. */
const originalPage = (raw: string) =>
  `<html><body><table><tr><td>Original message</td></tr></table><pre class="raw_message_text" id="raw_message_text">${raw
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')}</pre></body></html>`;

describe('Gmail clipped messages (gmail-clipped-2026-11.html)', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  it('detects the clip and builds the same-origin "Show original" URL', () => {
    loadFixture('gmail-clipped-2026-11.html');
    const lookup = findOpenMessage({ doc: document, url: URL_G });
    if (lookup.kind !== 'message') throw new Error('no message');
    const url = new URL(gmail.clippedSourceUrl?.(lookup.found.msg, URL_G) ?? '');
    expect(url.origin).toBe('https://mail.google.com');
    expect(url.pathname).toBe('/mail/u/1/');
    expect(url.searchParams.get('view')).toBe('om');
    expect(url.searchParams.get('ik')).toBe('a1b2c3d4e5');
    expect(url.searchParams.get('permmsgid')).toBe('msg-f:1850456789012345678');
  });

  it('reads the raw message from the "Show original" page or a raw response', () => {
    const raw = readFixture('gmail-clipped-2026-11.eml');
    const lf = (s: string | null | undefined) => (s ?? '').replace(/\r\n/g, '\n').trim();
    expect(lf(rawFromOriginalPage(originalPage(raw), parse))).toBe(lf(raw));
    expect(rawFromOriginalPage(raw, parse)).toBe(raw);
    expect(rawFromOriginalPage('<html><body>Sign in</body></html>', parse)).toBeNull();
  });

  it('summarises the whole message: fetched once, from the same origin', async () => {
    loadFixture('gmail-clipped-2026-11.html');
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(URL_G.href);
    const fetchText = vi.fn(async (_url: string) =>
      originalPage(readFixture('gmail-clipped-2026-11.eml')),
    );
    ctx = new ContentScriptContext('test');
    const reader = startPageReader({
      doc: document,
      win: window,
      ctx,
      onChange: () => {},
      completeClipped: clipCompleter(fetchText, parse),
    });
    const state = await reader.getState('auto');
    if (state.status !== 'message') throw new Error('no message');
    expect(state.snapshot.html).toContain('The public library will also open on Sundays'); // past the clip
    expect(state.snapshot.html).toContain('winter boat-blessing');
    expect(state.snapshot.html).not.toContain('Message clipped');
    expect(state.snapshot.from.address).toBe('editor@harbortownweekly.example');
    await reader.getState('auto');
    expect(fetchText).toHaveBeenCalledTimes(1);
    expect(new URL(fetchText.mock.calls[0]![0]).origin).toBe('https://mail.google.com');
  });

  it('falls back to the visible part when the fetch fails', async () => {
    loadFixture('gmail-clipped-2026-11.html');
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(URL_G.href);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    ctx = new ContentScriptContext('test');
    const reader = startPageReader({
      doc: document,
      win: window,
      ctx,
      onChange: () => {},
      completeClipped: clipCompleter(async () => {
        throw new Error('HTTP 403');
      }, parse),
    });
    const state = await reader.getState('auto');
    expect(state.status === 'message' && state.snapshot.html).toContain('Dana Whitfield');
  });
});
