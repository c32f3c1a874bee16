// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/sidepanel/App';
import { lookUpOnDemand, NO_ACCESS_MESSAGE } from '../../lib/panel/page-state';

// Summarising a page that is not webmail: the panel injects the content script on demand (under
// activeTab), and says clearly what to do when the browser refuses.

const ARTICLE = {
  subject: 'Library Board Extends Weekend Hours',
  from: { name: null, address: null },
  date: null,
  html: '<h1>Library Board Extends Weekend Hours</h1><p>By Priya Natarajan</p><p>The Riverside library board voted on Monday night to keep every branch open on Sundays from next month.</p><p>“Sunday is the only day many families can come in together,” said board chair Helen Osei.</p>',
  text: null,
  provider: 'generic' as const,
  url: 'https://news.riversideledger.example/2026/11/library',
};
const PAGE_STATE = { status: 'message', key: 'page:1', snapshot: ARTICLE };
const TAB = { id: 9, url: ARTICLE.url };
const noReceiver = () => Promise.reject(new Error('Receiving end does not exist.'));
const fast = { tries: 5, delayMs: 1 };

describe('lookUpOnDemand', () => {
  it('injects when no content script answers, retries until it does, and returns the page', async () => {
    let injected = false;
    const send = vi.fn(async () => {
      if (!injected) return noReceiver();
      return send.mock.calls.length < 3 ? undefined : PAGE_STATE;
    });
    const inject = vi.fn(async () => {
      injected = true;
    });
    const got = await lookUpOnDemand(TAB, 'page', send, inject, fast);
    expect(inject).toHaveBeenCalledWith(9);
    expect(got).toMatchObject({ kind: 'page', tabId: 9, state: { status: 'message' } });
  });

  it('tries a tab whose URL is hidden (no "tabs" permission): the browser decides', async () => {
    const inject = vi.fn(() => Promise.reject(new Error('Cannot access a chrome:// URL')));
    expect(await lookUpOnDemand({ id: 4 }, 'page', noReceiver, inject, fast)).toEqual({
      kind: 'no-access',
      tabId: 4,
      url: null,
    });
  });

  it('refused injection (no activeTab grant) is "no access", not a throw', async () => {
    const inject = vi.fn(() => Promise.reject(new Error('Cannot access contents of the page.')));
    const got = await lookUpOnDemand(TAB, 'selection', noReceiver, inject, fast);
    expect(got).toEqual({ kind: 'no-access', tabId: 9, url: ARTICLE.url });
  });

  it('asks an existing content script directly, and never injects for the automatic request or a browser page', async () => {
    const inject = vi.fn(async () => {});
    const send = vi.fn(async () => PAGE_STATE);
    expect(await lookUpOnDemand(TAB, 'page', send, inject, fast)).toMatchObject({ kind: 'page' });
    expect(await lookUpOnDemand(TAB, 'auto', noReceiver, inject, fast)).toMatchObject({
      kind: 'no-content-script',
    });
    expect(
      await lookUpOnDemand(
        { id: 3, url: 'chrome://extensions/' },
        'page',
        noReceiver,
        inject,
        fast,
      ),
    ).toMatchObject({ kind: 'no-content-script' });
    expect(inject).not.toHaveBeenCalled();
  });
});

describe('side panel on a page that is not webmail', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    // As in Chrome without the "tabs" permission: the tab's URL is not visible to the panel.
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: TAB.id }]) as never);
  });
  afterEach(cleanup);

  it('"Summarise this page" injects the content script and shows the brief', async () => {
    let injected = false;
    // The panel's probe (a function run in the page) injects nothing; the content script does.
    const exec = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (opts: {
      files?: string[];
    }) => {
      if (opts.files) injected = true;
      return [{ frameId: 0, result: false }];
    }) as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
      _id: number,
      msg: { mode: string },
    ) => (injected && msg.mode === 'page' ? PAGE_STATE : noReceiver())) as never);
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Summarise this page' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Library Board Extends Weekend Hours' }),
    ).toBeTruthy();
    expect(exec).toHaveBeenCalledWith({
      target: { tabId: 9 },
      files: ['/content-scripts/webmail.js'],
    });
  });

  it('refused access shows what to do, and the buttons stay', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access contents of the page. Extension manifest must request permission.'),
    );
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(noReceiver as never);
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Summarise selection' }));
    expect(await screen.findByText(NO_ACCESS_MESSAGE)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Summarise this page' })).toBeTruthy();
  });
});
