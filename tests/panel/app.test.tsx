// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/sidepanel/App';

// The panel's wiring: it asks the active tab's content script, follows tab switches, and only
// listens to page-state pushes from the active tab.

const snapshot = (subject: string) => ({
  subject,
  from: { name: 'Labor Notes', address: 'news@labornotes.example.org' },
  date: '2026-03-03T10:00:00Z',
  html: `<h1>${subject}</h1><p>Workers at three hospitals say they will strike next month unless staffing improves across the region.</p><p>“We are walking out so someone is at the bedside when they press the button,” said Teodora Villanueva.</p>`,
  text: null,
  provider: 'gmail' as const,
  url: 'https://mail.google.com/mail/u/0/#inbox/1',
});

const mockTabs = (tabs: { id: number; url: string; status?: string }[]) =>
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => tabs) as never);

describe('side panel wiring', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });
  afterEach(cleanup);

  it('shows "not a supported webmail page" when no content script answers', async () => {
    mockTabs([{ id: 5, url: 'https://example.org/', status: 'complete' }]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Receiving end does not exist.'),
    );
    render(<App />);
    expect(
      await screen.findByRole('heading', { name: 'Not a supported webmail page' }),
    ).toBeTruthy();
  });

  it('briefs the open message, and follows pushes from the active tab only', async () => {
    mockTabs([{ id: 7, url: 'https://mail.google.com/' } as never]);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      status: 'message',
      key: 'gmail:1',
      snapshot: snapshot('Hospital Workers Set a Strike Date'),
    } as never);
    render(<App />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hospital Workers Set a Strike Date' }),
    ).toBeTruthy();
    expect(send).toHaveBeenCalledWith(7, { type: 'mailgist:get-page-state', mode: 'auto' });

    const push = (tabId: number, state: unknown) =>
      fakeBrowser.runtime.onMessage.trigger(
        { type: 'mailgist:page-state-changed', state },
        {
          tab: { id: tabId },
        } as never,
        () => undefined,
      );
    await push(99, { status: 'no-message', provider: 'gmail' });
    await new Promise((r) => setTimeout(r, 50));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Hospital Workers Set a Strike Date' }),
    ).toBeTruthy();
    await push(7, { status: 'no-message', provider: 'gmail' });
    expect(await screen.findByRole('heading', { name: 'No message open' })).toBeTruthy();
    await push(7, { status: 'bogus' });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByRole('heading', { name: 'No message open' })).toBeTruthy();
  });

  it('re-asks when the user switches tabs', async () => {
    mockTabs([{ id: 7, url: 'https://mail.google.com/' }]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      status: 'no-message',
      provider: 'gmail',
    } as never);
    render(<App />);
    await screen.findByRole('heading', { name: 'No message open' });
    mockTabs([{ id: 8, url: 'https://mail.google.com/' }]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      status: 'message',
      key: 'gmail:2',
      snapshot: snapshot('A Second Newsletter Arrives Today'),
    } as never);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 8, windowId: 1 });
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { level: 1, name: 'A Second Newsletter Arrives Today' }),
      ).toBeTruthy(),
    );
  });

  // W8: a page still loading has no content script yet; F10: a clipped message pushed as its
  // visible part makes the panel ask for the whole (the content script never fetches unasked).
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
      snapshot: snapshot('Library Hours Grow on the Island'),
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
