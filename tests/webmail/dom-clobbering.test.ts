// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parsePageState } from '../../lib/messaging';
import { connectPageReader, type RuntimeLike } from '../../lib/webmail/content-wiring';
import { loadFixture, openMockThread } from './fixture';

// F9: an element in the page (or in an email a webmail renders with its ids) named like one of
// MailGist's flags must not switch it off. Browsers expose such an element on `window` under its
// id (named access, "DOM clobbering"); happy-dom does not, so the test defines that property the
// way a browser would.

type Listener = Parameters<RuntimeLike['onMessage']['addListener']>[0];

const NAMES = ['__mailgistPageReader', '__mailgistOnDemand', 'mailgist.on-demand'];

function clobber(names: readonly string[]): () => void {
  const holder = document.createElement('div');
  for (const name of names) {
    const el = document.createElement('a');
    el.id = name;
    el.setAttribute('name', name);
    holder.append(el);
    Object.defineProperty(window, name, {
      configurable: true,
      get: () => document.getElementById(name),
    });
  }
  document.body.append(holder);
  return () => {
    for (const name of names) delete (window as unknown as Record<string, unknown>)[name];
  };
}

describe('DOM clobbering cannot switch MailGist off (F9)', () => {
  let ctx: ContentScriptContext | undefined;
  let restore = () => {};
  afterEach(() => {
    ctx?.abort();
    restore();
  });

  it('a page with elements named like its flags is still read, answered and watched', async () => {
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQdzmRtWvbMxKqLfGvHtwZpNcXz',
    );
    loadFixture('gmail-2026-11.html');
    openMockThread(document, 'FMfcgzQdzmRtWvbMxKqLfGvHtwZpNcXz');
    restore = clobber(NAMES);
    expect((window as unknown as Record<string, unknown>)['__mailgistPageReader']).toBeTruthy();

    const listeners: Listener[] = [];
    const send = vi.fn(async (_m: unknown) => undefined);
    const runtime: RuntimeLike = {
      sendMessage: send,
      onMessage: {
        addListener: (cb) => listeners.push(cb),
        removeListener: (cb) => listeners.splice(listeners.indexOf(cb), 1),
      },
    };
    ctx = new ContentScriptContext('test');
    connectPageReader({ doc: document, win: window, ctx, runtime });
    expect(listeners).toHaveLength(1);
    const answer = await new Promise<unknown>((resolve) => {
      if (listeners[0]!({ type: 'mailgist:get-page-state', mode: 'auto' }, {}, resolve) !== true)
        resolve('no answer');
    });
    // Not the on-demand reader ("unsupported"): the open message.
    expect(parsePageState(answer)?.status).toBe('message');
    // And the page is watched: the open message is pushed to the panel.
    await vi.waitFor(() => expect(send).toHaveBeenCalled());
  });
});
