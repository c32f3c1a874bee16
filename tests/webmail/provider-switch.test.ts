// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storage } from 'wxt/utils/storage';
import { PROVIDERS } from '../../lib/email/snapshot';
import { parsePageState, type PageState } from '../../lib/messaging';
import { viewFromLookup } from '../../lib/panel/panel-view';
import { saveSettings, WEBMAIL_PROVIDERS } from '../../lib/settings';
import { connectPageReader, type RuntimeLike } from '../../lib/webmail/content-wiring';
import { gmail } from '../../lib/webmail/gmail';
import { childLifetime } from '../../lib/webmail/lifetime';
import { enabledProvidersOf, SETTINGS_KEY } from '../../lib/webmail/provider-switch';
import { loadFixture, openMockThread } from './fixture';

const A = 'FMfcgzQdzmRtWvbMxKqLfGvHtwZpNcXz';
const B = 'FMfcgzQdzmSbKqPlTrWxVcNmHgFdJkLp';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setUrl(url: string) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
}

type Listener = Parameters<RuntimeLike['onMessage']['addListener']>[0];

/** A runtime that records pushes and lets the test ask as the panel does. */
function fakeRuntime() {
  const listeners: Listener[] = [];
  const pushed: PageState[] = [];
  const runtime: RuntimeLike = {
    sendMessage: async (m) => {
      pushed.push((m as { state: PageState }).state);
      return undefined;
    },
    onMessage: {
      addListener: (cb) => listeners.push(cb),
      removeListener: (cb) => listeners.splice(listeners.indexOf(cb), 1),
    },
  };
  const ask = (mode: string) =>
    new Promise<unknown>((resolve) => {
      const async = listeners[0]?.({ type: 'mailgist:get-page-state', mode }, {}, resolve);
      if (async !== true) resolve('no answer');
    });
  return { runtime, pushed, ask };
}

const allBut = (off: string) => WEBMAIL_PROVIDERS.filter((p) => p !== off);

describe('enabledProvidersOf (stored settings → switched-on providers)', () => {
  it('reads a valid list', () => {
    expect([...(enabledProvidersOf({ enabledProviders: ['gmail', 'proton'] }) ?? [])]).toEqual([
      'gmail',
      'proton',
    ]);
    expect(enabledProvidersOf({ enabledProviders: [] })?.size).toBe(0);
    // Every provider lib/email knows is accepted.
    expect(enabledProvidersOf({ enabledProviders: [...PROVIDERS] })?.size).toBe(PROVIDERS.length);
  });

  it('treats anything missing or malformed as the default: all on', () => {
    for (const raw of [
      null,
      undefined,
      42,
      'gmail',
      [],
      {},
      { enabledProviders: 'gmail' },
      { enabledProviders: null },
      { enabledProviders: { gmail: false } },
      { enabledProviders: ['gmail', 7] },
      { enabledProviders: ['gmail', 'hotmail'] },
      { enabledProviders: ['toString'] },
    ])
      expect(enabledProvidersOf(raw)).toBeNull();
  });
});

describe('content script honours the provider switch (Gmail fixture)', () => {
  let ctx: ContentScriptContext;
  let subject: ReturnType<typeof vi.spyOn>;
  let root: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    fakeBrowser.reset();
    setUrl(`https://mail.google.com/mail/u/0/#inbox/${A}`);
    loadFixture('gmail-2026-11.html');
    openMockThread(document, A);
    ctx = new ContentScriptContext('test');
    subject = vi.spyOn(gmail, 'subject');
    root = vi.spyOn(gmail, 'root');
  });
  afterEach(() => {
    ctx.abort();
    vi.restoreAllMocks();
  });

  it('switched off: reads and pushes nothing, and answers "no message" that the panel shows as switched off', async () => {
    await saveSettings({ enabledProviders: allBut('gmail') });
    const { runtime, pushed, ask } = fakeRuntime();
    connectPageReader({ doc: document, win: window, ctx, runtime });
    await wait(60);

    // The user moves to another thread: still nothing.
    setUrl(`https://mail.google.com/mail/u/0/#inbox/${B}`);
    openMockThread(document, B);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await wait(100);

    const answer = await ask('auto');
    expect(answer).toEqual({ status: 'no-message', provider: 'gmail' });
    expect(pushed).toEqual([]);
    expect(root).not.toHaveBeenCalled(); // the reading pane was never looked for
    expect(subject).not.toHaveBeenCalled(); // no snapshot built

    const state = parsePageState(answer);
    if (!state) throw new Error('not a PageState');
    const view = viewFromLookup({ kind: 'page', state, tabId: 1 }, allBut('gmail'), () => {
      throw new Error('must not summarise');
    });
    expect(view).toMatchObject({ kind: 'status', status: 'disabled' });
  });

  it('switched on again: resumes without a reload and pushes the open message once', async () => {
    await saveSettings({ enabledProviders: allBut('gmail') });
    const { runtime, pushed, ask } = fakeRuntime();
    connectPageReader({ doc: document, win: window, ctx, runtime });
    await wait(60);
    expect(pushed).toEqual([]);

    await saveSettings({ enabledProviders: [...WEBMAIL_PROVIDERS] });
    await wait(60);
    expect(pushed.map((s) => s.status)).toEqual(['message']);
    expect(pushed[0]?.status === 'message' && pushed[0].snapshot.subject).toContain(
      'Riverside Council',
    );

    // Another settings change that leaves Gmail on (quote format): no second push.
    await saveSettings({ quoteFormat: 'markdown' });
    await wait(60);
    expect(pushed).toHaveLength(1);
    expect(parsePageState(await ask('auto'))?.status).toBe('message');
  });

  it('switched off while reading: stops watching and pushing until switched on', async () => {
    const { runtime, pushed, ask } = fakeRuntime();
    connectPageReader({ doc: document, win: window, ctx, runtime });
    await wait(60);
    expect(pushed.map((s) => s.status)).toEqual(['message']);

    await saveSettings({ enabledProviders: allBut('gmail') });
    await wait(20);
    root.mockClear();
    subject.mockClear();
    setUrl(`https://mail.google.com/mail/u/0/#inbox/${B}`);
    openMockThread(document, B);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    document.body.click();
    await wait(500);
    expect(pushed).toHaveLength(1);
    expect(root).not.toHaveBeenCalled();
    expect(subject).not.toHaveBeenCalled();
    expect(await ask('auto')).toEqual({ status: 'no-message', provider: 'gmail' });

    await saveSettings({ enabledProviders: [...WEBMAIL_PROVIDERS] });
    await wait(60);
    expect(pushed).toHaveLength(2);
    const second = pushed[1];
    expect(second?.status === 'message' && second.key).not.toBe(
      pushed[0]?.status === 'message' && pushed[0].key,
    );
  });

  it('a malformed stored value counts as switched on', async () => {
    await storage.setItem(SETTINGS_KEY, { enabledProviders: 'none please' });
    const { runtime, pushed, ask } = fakeRuntime();
    connectPageReader({ doc: document, win: window, ctx, runtime });
    await wait(60);
    expect(pushed.map((s) => s.status)).toEqual(['message']);
    expect(parsePageState(await ask('auto'))?.status).toBe('message');

    // A change to another malformed value keeps it on, without a second push.
    await storage.setItem(SETTINGS_KEY, 'garbage');
    await wait(60);
    expect(pushed).toHaveLength(1);
  });

  it('settings that cannot be read count as switched on', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(
      new Error('storage.sync is unavailable'),
    );
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const { runtime, pushed } = fakeRuntime();
    connectPageReader({ doc: document, win: window, ctx, runtime });
    await wait(60);
    expect(pushed.map((s) => s.status)).toEqual(['message']);
  });

  it('switched off, the selection or page the user asks for explicitly is still read once', async () => {
    await saveSettings({ enabledProviders: allBut('gmail') });
    const { runtime, pushed, ask } = fakeRuntime();
    connectPageReader({ doc: document, win: window, ctx, runtime });
    const state = parsePageState(await ask('page'));
    expect(state?.status).toBe('message');
    await wait(60);
    expect(pushed).toEqual([]);
    expect(root).not.toHaveBeenCalled(); // read once on request, not watched
  });

  it('stops following the settings when the content script is invalidated', async () => {
    const { runtime, pushed } = fakeRuntime();
    connectPageReader({ doc: document, win: window, ctx, runtime });
    await wait(60);
    ctx.abort();
    await saveSettings({ enabledProviders: allBut('gmail') });
    await saveSettings({ enabledProviders: [...WEBMAIL_PROVIDERS] });
    await wait(60);
    expect(pushed).toHaveLength(1);
  });
});

describe('iCloud message frame, switched off', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    fakeBrowser.reset();
    setUrl(
      'https://www-mail.icloud-sandbox.com/applications/mail2-message/current/en-us/index.html',
    );
    loadFixture('icloud-2026-11.html');
    ctx = new ContentScriptContext('test');
  });
  afterEach(() => ctx.abort());

  it('answers switched off instead of staying silent, and pushes nothing', async () => {
    await saveSettings({ enabledProviders: allBut('icloud') });
    const { runtime, pushed, ask } = fakeRuntime();
    connectPageReader({ doc: document, win: window, ctx, runtime, answerOnlyWithMessage: true });
    expect(await ask('auto')).toEqual({ status: 'no-message', provider: 'icloud' });
    await wait(60);
    expect(pushed).toEqual([]);
  });

  it('switched on, reads the message as before', async () => {
    const { runtime, ask } = fakeRuntime();
    connectPageReader({ doc: document, win: window, ctx, runtime, answerOnlyWithMessage: true });
    expect(parsePageState(await ask('auto'))?.status).toBe('message');
  });
});

describe('childLifetime', () => {
  it('ends on stop() or with its parent, and its listeners and timers go quiet', async () => {
    const parent = new ContentScriptContext('test');
    const life = childLifetime(parent);
    const heard: string[] = [];
    const ended = vi.fn();
    life.onInvalidated(ended);
    life.addEventListener(document, 'click', () => heard.push('click'));
    life.setTimeout(() => heard.push('timer'), 10);
    document.body.click();
    life.stop();
    document.body.click();
    await wait(30);
    expect(heard).toEqual(['click']);
    expect(life.isValid).toBe(false);
    expect(parent.isValid).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);

    const second = childLifetime(parent);
    parent.abort();
    expect(second.isValid).toBe(false);
  });
});
