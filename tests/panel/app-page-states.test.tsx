// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/sidepanel/App';

// The panel while a page is still loading (W8) and when the page pushes only the visible part of
// a clipped message (F10: the panel asks for the whole, the content script never fetches unasked).

const snapshot = (subject: string, extra = '') => ({
  subject,
  from: { name: 'Harbor Town Weekly', address: 'editor@harbortownweekly.example' },
  date: '2026-11-24T06:30:00Z',
  html: `<h1>${subject}</h1><p>The harbor authority cut ferry fares by a third on Tuesday, the first reduction in a decade, after a year of campaigning.</p>${extra}`,
  text: null,
  provider: 'gmail' as const,
  url: 'https://mail.google.com/mail/u/0/#inbox/1',
});

const mockTabs = (tabs: { id: number; url: string; status?: string }[]) =>
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => tabs) as never);

describe('side panel page states', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });
  afterEach(cleanup);

  it('says "Reading…" while the tab is still loading, then briefs it once loaded (W8)', async () => {
    mockTabs([{ id: 5, url: 'https://mail.google.com/mail/u/0/#inbox/1', status: 'loading' }]);
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValue(
        new Error('Could not establish connection. Receiving end does not exist.'),
      );
    render(<App />);
    expect(await screen.findByRole('heading', { name: /^Reading/ })).toBeTruthy();
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('heading', { name: 'Not a supported webmail page' })).toBeNull();

    mockTabs([{ id: 5, url: 'https://mail.google.com/mail/u/0/#inbox/1', status: 'complete' }]);
    send.mockResolvedValue({
      status: 'message',
      key: 'gmail:1',
      snapshot: snapshot('Ferry Fares Drop Across the Harbor'),
    } as never);
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'complete' }, { id: 5 } as never);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ferry Fares Drop Across the Harbor' }),
    ).toBeTruthy();
  });

  it('a loaded page with no content script is still "not supported"', async () => {
    mockTabs([{ id: 6, url: 'https://example.org/', status: 'complete' }]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Receiving end does not exist.'),
    );
    render(<App />);
    expect(
      await screen.findByRole('heading', { name: 'Not a supported webmail page' }),
    ).toBeTruthy();
  });

  it('a pushed partial (clipped) message makes the panel ask for the whole (F10)', async () => {
    mockTabs([{ id: 7, url: 'https://mail.google.com/', status: 'complete' }]);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      status: 'no-message',
      provider: 'gmail',
    } as never);
    render(<App />);
    await screen.findByRole('heading', { name: 'No message open' });
    expect(send).toHaveBeenCalledTimes(1);

    send.mockResolvedValue({
      status: 'message',
      key: 'gmail:2',
      snapshot: snapshot('Library Hours Grow on the Island', '<p>Past the clip.</p>'),
    } as never);
    await fakeBrowser.runtime.onMessage.trigger(
      {
        type: 'mailgist:page-state-changed',
        state: {
          status: 'message',
          key: 'gmail:2',
          partial: true,
          snapshot: snapshot('Library Hours Grow on the Island'),
        },
      },
      { tab: { id: 7 } } as never,
      () => undefined,
    );
    await waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    expect(send).toHaveBeenLastCalledWith(7, { type: 'mailgist:get-page-state', mode: 'auto' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Library Hours Grow on the Island' }),
    ).toBeTruthy();
  });
});
