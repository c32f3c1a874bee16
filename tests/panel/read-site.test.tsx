// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/sidepanel/App';
import { siteToRead } from '../../lib/panel/read-site';
import { loadSettings } from '../../lib/settings';

// "Read this site automatically" on a page MailGist does not read (a self-hosted webmail): the
// click asks the browser for that one origin, then the page is read like a supported webmail.

const ROUNDCUBE = 'https://webmail.harbor-coop.example/?_task=mail&_mbox=INBOX';
const MESSAGE = {
  status: 'message',
  key: 'roundcube:webmail.harbor-coop.example:INBOX:4182',
  snapshot: {
    subject: 'Harbor Town Weekly: Ferry Fares Drop',
    from: { name: 'Harbor Town Weekly', address: 'editor@harbortownweekly.example' },
    date: null,
    html: '<h1>Harbor Town Weekly: Ferry Fares Drop</h1><p>By Priya Nair</p><p>The harbor authority cut ferry fares by a third on Tuesday, the first reduction in a decade.</p>',
    text: null,
    provider: 'roundcube' as const,
    url: ROUNDCUBE,
  },
};
const noReceiver = () => Promise.reject(new Error('Receiving end does not exist.'));

describe('siteToRead', () => {
  it('offers an https site by its origin', () => {
    expect(siteToRead(ROUNDCUBE)).toBe('https://webmail.harbor-coop.example');
    expect(siteToRead('https://mail.example.org:8443/roundcube/')).toBe(
      'https://mail.example.org:8443',
    );
  });

  it('offers nothing for an unknown URL, a browser page, plain http or a webmail it already reads', () => {
    for (const url of [
      undefined,
      null,
      'chrome://extensions/',
      'about:addons',
      'http://webmail.example.org/',
      'https://mail.google.com/mail/u/0/',
      'not a url',
    ]) {
      expect(siteToRead(url)).toBeNull();
    }
  });
});

describe('side panel: Read this site automatically', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [
      { id: 5, url: ROUNDCUBE },
    ]) as never);
  });
  afterEach(cleanup);

  it('asks for the origin from the click, keeps it in Options, starts the reader and shows the brief', async () => {
    let granted = false;
    const request = vi
      .spyOn(fakeBrowser.permissions, 'request')
      .mockImplementation((async () => (granted = true)) as never);
    const exec = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockImplementation((async () => []) as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async () =>
      granted ? MESSAGE : noReceiver()) as never);
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Read this site automatically' }));
    // Called synchronously in the click handler, so the browser sees the user's gesture.
    expect(request).toHaveBeenCalledWith({ origins: ['https://webmail.harbor-coop.example/*'] });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Harbor Town Weekly: Ferry Fares Drop',
      }),
    ).toBeTruthy();
    expect(exec).toHaveBeenCalledWith({
      target: { tabId: 5 },
      files: ['/content-scripts/webmail.js'],
    });
    expect((await loadSettings()).customOrigins).toContain('https://webmail.harbor-coop.example');
  });

  it('a refused request says so and reads nothing', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async () => false) as never);
    const exec = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(noReceiver as never);
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Read this site automatically' }));
    expect(
      await screen.findByText(
        'MailGist was not allowed to read https://webmail.harbor-coop.example.',
      ),
    ).toBeTruthy();
    // (The panel's selection probe may run; no reader is started.)
    await waitFor(() =>
      expect(exec).not.toHaveBeenCalledWith(expect.objectContaining({ files: expect.anything() })),
    );
    expect((await loadSettings()).customOrigins).toEqual([]);
  });

  it('is not offered where MailGist cannot be allowed (the tab URL unknown)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 5 }]) as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(noReceiver as never);
    render(<App />);
    await screen.findByRole('button', { name: 'Summarise this page' });
    expect(screen.queryByRole('button', { name: 'Read this site automatically' })).toBeNull();
  });
});
