// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseMessage, parsePageState } from '../../lib/messaging';
import {
  connectPageReader,
  isNoReceiver,
  type RuntimeLike,
} from '../../lib/webmail/content-wiring';
import { loadFixture, openMockThread } from './fixture';

type Listener = Parameters<RuntimeLike['onMessage']['addListener']>[0];

function fakeRuntime(send: (m: unknown) => Promise<unknown>) {
  const listeners: Listener[] = [];
  const runtime: RuntimeLike = {
    sendMessage: send,
    onMessage: {
      addListener: (cb) => listeners.push(cb),
      removeListener: (cb) => listeners.splice(listeners.indexOf(cb), 1),
    },
  };
  const ask = (msg: unknown) =>
    new Promise<unknown>((resolve) => {
      const async = listeners[0]?.(msg, {}, resolve);
      if (async !== true) resolve('no answer');
    });
  return { runtime, listeners, ask };
}

describe('content script wiring', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  it('answers get-page-state with a valid PageState and ignores other messages', async () => {
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQdzmRtWvbMxKqLfGvHtwZpNcXz',
    );
    loadFixture('gmail-2026-11.html');
    openMockThread(document, 'FMfcgzQdzmRtWvbMxKqLfGvHtwZpNcXz');
    const { runtime, ask, listeners } = fakeRuntime(async () => undefined);
    ctx = new ContentScriptContext('test');
    connectPageReader({ doc: document, win: window, ctx, runtime });
    const answer = await ask({ type: 'mailgist:get-page-state', mode: 'auto' });
    const state = parsePageState(answer);
    expect(state?.status).toBe('message');
    expect(parseMessage({ type: 'mailgist:page-state-changed', state: answer })).not.toBeNull();
    expect(await ask({ type: 'mailgist:get-page-state', mode: 'everything' })).toBe('no answer');
    expect(await ask('hello')).toBe('no answer');
    ctx.abort();
    expect(listeners).toHaveLength(0);
  });

  it('does not fail when no panel is open to hear a push', async () => {
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(
      'https://mail.google.com/mail/u/0/#inbox',
    );
    loadFixture('gmail-2026-11.html');
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const send = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    ctx = new ContentScriptContext('test');
    connectPageReader({ doc: document, win: window, ctx, runtime: fakeRuntime(send).runtime });
    await new Promise((r) => setTimeout(r, 50));
    expect(send).toHaveBeenCalledTimes(1);
    expect(debug).not.toHaveBeenCalled();
    expect(isNoReceiver(new Error('boom'))).toBe(false);
  });
});
