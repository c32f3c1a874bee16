// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageState } from '../../lib/messaging';
import { clipCompleter } from '../../lib/webmail/gmail-clip';
import { findOpenMessage } from '../../lib/webmail/read-page';
import { startPageReader } from '../../lib/webmail/session';
import { loadFixture, openMockThread, readFixture } from './fixture';

// F10: the content script fetches Gmail's "Show original" only for Gmail's own clipped-message
// link (outside the message body, for this message), with that link's `ik`, and only when the
// panel asks — never because an email wrote "[Message clipped]" or a view=lg link of its own.

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const setUrl = (u: string) =>
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(u);
const originalPage = (raw: string) =>
  `<pre id="raw_message_text">${raw.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>`;

/** What an email could write in its own body to pose as Gmail's clip footer. */
const FAKE_CLIP = (permId: string) =>
  `<div class="iX"><span>[Message clipped]</span>&nbsp;&nbsp;<a href="?ui=2&amp;ik=EVIL0000&amp;view=lg&amp;permmsgid=${permId}">View entire message</a></div>`;

function start(fetchText: (url: string) => Promise<string>, onChange = (_s: PageState) => {}) {
  const ctx = new ContentScriptContext('test');
  const reader = startPageReader({
    doc: document,
    win: window,
    ctx,
    onChange,
    debounceMs: 10,
    completeClipped: clipCompleter(fetchText, parse),
  });
  return { ctx, reader };
}

describe('Gmail clipped-message fetch (F10)', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  it('text and links inside an email that is not clipped fetch nothing', async () => {
    setUrl('https://mail.google.com/mail/u/0/#inbox/FMfcgzQdzmRtWvbMxKqLfGvHtwZpNcXz');
    loadFixture('gmail-2026-11.html');
    openMockThread(document, 'FMfcgzQdzmRtWvbMxKqLfGvHtwZpNcXz');
    const lookup = findOpenMessage({ doc: document, url: new URL(location.href) });
    if (lookup.kind !== 'message') throw new Error('no open message in the fixture');
    const permId = lookup.found.msg.getAttribute('data-message-id')!.replace(/^#/, '');
    lookup.found.body.insertAdjacentHTML(
      'beforeend',
      `<p>[Message clipped]</p>${FAKE_CLIP(permId)}`,
    );
    const fetchText = vi.fn(async () => '');
    const started = start(fetchText);
    ctx = started.ctx;
    const state = await started.reader.getState('auto');
    expect(state.status).toBe('message');
    expect(fetchText).not.toHaveBeenCalled();
  });

  it('a clipped message is fetched only when the panel asks, with Gmail’s own ik', async () => {
    setUrl('https://mail.google.com/mail/u/1/#inbox/FMfcgzQdzmUdMsRnVtYzXePoJiHfLmNr');
    loadFixture('gmail-clipped-2026-11.html');
    // The email also carries a fake clip footer (with another ik) ahead of Gmail's.
    document
      .querySelector('.a3s')!
      .insertAdjacentHTML('afterbegin', FAKE_CLIP('msg-f:1850456789012345678'));
    const fetchText = vi.fn(async (_url: string) =>
      originalPage(readFixture('gmail-clipped-2026-11.eml')),
    );
    const pushed: PageState[] = [];
    const started = start(fetchText, (s) => pushed.push(s));
    ctx = started.ctx;
    // The reader watches and pushes (nobody may be listening) but fetches nothing.
    await vi.waitFor(() => expect(pushed).toHaveLength(1));
    await started.reader.checkNow();
    expect(fetchText).not.toHaveBeenCalled();
    expect(pushed[0]).toMatchObject({ status: 'message', partial: true });
    // The panel asks: now the whole message is read, once, with the ik of Gmail's own link.
    const state = await started.reader.getState('auto');
    expect(state.status === 'message' && state.snapshot.html).toContain('winter boat-blessing');
    expect(state).not.toHaveProperty('partial');
    await started.reader.getState('auto');
    expect(fetchText).toHaveBeenCalledTimes(1);
    const url = new URL(fetchText.mock.calls[0]![0]);
    expect(url.origin).toBe('https://mail.google.com');
    expect(url.searchParams.get('ik')).toBe('a1b2c3d4e5');
    expect(url.searchParams.get('permmsgid')).toBe('msg-f:1850456789012345678');
  });

  it('a clip link for another message is not this message’s', async () => {
    setUrl('https://mail.google.com/mail/u/1/#inbox/FMfcgzQdzmUdMsRnVtYzXePoJiHfLmNr');
    loadFixture('gmail-clipped-2026-11.html');
    const link = document.querySelector('.iX a')!;
    link.setAttribute('href', '?ui=2&ik=a1b2c3d4e5&view=lg&permmsgid=msg-f:999');
    const fetchText = vi.fn(async () => '');
    const started = start(fetchText);
    ctx = started.ctx;
    await started.reader.getState('auto');
    expect(fetchText).not.toHaveBeenCalled();
  });
});
