// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parsePageState } from '../../lib/messaging';
import {
  connectPageReader,
  markOnDemand,
  ON_DEMAND_FLAG,
  type RuntimeLike,
} from '../../lib/webmail/content-wiring';
import { adapterFor } from '../../lib/webmail/providers';

// The content script injected on demand into a page that is not webmail (a newsletter's web
// version): it reads the page or selection when asked, never watches or pushes, and registers once.

type Listener = Parameters<RuntimeLike['onMessage']['addListener']>[0];

function fakeRuntime(send = vi.fn(async () => undefined)) {
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
      if (async !== true) setTimeout(() => resolve('no answer'), 0);
    });
  return { runtime, listeners, ask, send };
}

const ARTICLE = `<header><nav><a href="/">The Riverside Ledger</a></nav></header>
<main><article><h1>Library Board Extends Weekend Hours</h1><p>By Priya Natarajan</p>
<p>The Riverside library board voted on Monday night to keep every branch open on Sundays from next month, after a petition signed by thousands of residents.</p>
<p>“Sunday is the only day many families can come in together,” said board chair Helen Osei.</p></article></main>`;

function openArticle() {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(
    'https://news.riversideledger.example/2026/11/library',
  );
  document.title = 'Library Board Extends Weekend Hours | The Riverside Ledger';
  const parsed = new DOMParser().parseFromString(ARTICLE, 'text/html');
  document.body.replaceChildren(
    ...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)),
  );
}

describe('content script injected on demand', () => {
  const contexts: ContentScriptContext[] = [];
  afterEach(() => {
    for (const c of contexts.splice(0)) c.abort();
    delete (window as unknown as Record<symbol, unknown>)[ON_DEMAND_FLAG];
  });

  it('an unknown origin is read by the generic adapter', () => {
    openArticle();
    expect(adapterFor(new URL(location.href), document).id).toBe('generic');
  });

  it('answers the page, "unsupported" to the automatic request, and never pushes', async () => {
    openArticle();
    markOnDemand();
    const { runtime, ask, send } = fakeRuntime();
    const ctx = new ContentScriptContext('test');
    contexts.push(ctx);
    connectPageReader({ doc: document, win: window, ctx, runtime });
    expect(parsePageState(await ask({ type: 'mailgist:get-page-state', mode: 'auto' }))).toEqual({
      status: 'unsupported',
    });
    const page = parsePageState(await ask({ type: 'mailgist:get-page-state', mode: 'page' }));
    expect(page?.status).toBe('message');
    if (page?.status === 'message') {
      expect(page.snapshot.provider).toBe('generic');
      expect(page.snapshot.html).toContain('Sunday is the only day');
    }
    // A change to the page is not watched: nothing is pushed.
    document.querySelector('article')!.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 400));
    expect(send).not.toHaveBeenCalled();
  });

  it('injected twice registers one listener; a newer script (old ctx invalidated) takes over', () => {
    openArticle();
    markOnDemand();
    const { runtime, listeners } = fakeRuntime();
    const first = new ContentScriptContext('test');
    contexts.push(first);
    connectPageReader({ doc: document, win: window, ctx: first, runtime });
    connectPageReader({ doc: document, win: window, ctx: first, runtime });
    expect(listeners).toHaveLength(1);
    // WXT invalidates the older script's context when the same script starts again.
    const second = new ContentScriptContext('test');
    contexts.push(second);
    expect(first.isValid).toBe(false);
    connectPageReader({ doc: document, win: window, ctx: second, runtime });
    expect(listeners).toHaveLength(1);
    second.abort();
    expect(listeners).toHaveLength(0);
  });
});
