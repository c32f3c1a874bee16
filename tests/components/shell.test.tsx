// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  act,
  cleanup,
  fireEvent,
  render,
  renderHook,
  screen,
  waitFor,
  within,
} from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Panel } from '../../components/Panel';
import { useNotices } from '../../components/use-notices';
import { createReadingListStore, type ReadingListStore } from '../../lib/reading-list/store';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { PanelView } from '../../lib/panel/panel-view';
import { App } from '../../entrypoints/sidepanel/App';
import { sampleSummary } from '../panel/sample-summary';
import { entry, storedList } from '../reading-list/helpers';

// The panel's shell: notices and Undo, Ctrl/Cmd+Z, Escape, and the states around the brief.

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const stored = async () =>
  ((await storedList()) ?? []) as {
    title: string;
  }[];

function panel(view: PanelView, store: ReadingListStore, onRefresh = vi.fn()) {
  return (
    <Panel
      view={view}
      settings={DEFAULT_SETTINGS}
      store={store}
      onRefresh={onRefresh}
      download={() => {}}
      parseHtml={parseHtml}
      now={() => new Date('2026-03-05T08:00:00Z')}
    />
  );
}

const brief = (key: string, headline: string): PanelView => ({
  kind: 'brief',
  summary: sampleSummary({ headline }),
  email: { key, url: null },
});

async function listWith(titles: string[]) {
  await fakeBrowser.storage.local.set({
    readingList: titles.map((title, i) => entry(i + 1, { title })),
    readingList$: { v: 1 },
  });
  const store = createReadingListStore();
  render(panel({ kind: 'status', status: 'no-message', canSummarisePage: true }, store));
  fireEvent.click(await screen.findByRole('button', { name: /^Reading list/ }));
  await screen.findByRole('heading', { name: 'Reading list' });
  return store;
}

const deleteButton = (title: string) =>
  screen
    .getAllByRole('button', { name: /^Delete/ })
    .find((b) => b.closest('li')?.textContent?.includes(title))!;
const undoButtons = () => screen.queryAllByRole('button', { name: 'Undo' });
const ctrlZ = (target: Element = document.body) =>
  fireEvent.keyDown(target, { key: 'z', ctrlKey: true });

describe('Undo', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('keeps an Undo for each of the last changes; Ctrl+Z takes back the newest', async () => {
    await listWith(['First story', 'Second story', 'Third story']);
    fireEvent.click(await waitFor(() => deleteButton('First story')));
    await waitFor(() => expect(undoButtons()).toHaveLength(1));
    fireEvent.click(deleteButton('Second story'));
    await waitFor(() => expect(undoButtons()).toHaveLength(2));
    expect((await stored()).map((e) => e.title)).toEqual(['Third story']);
    // Each Undo says what it takes back.
    const described = undoButtons().map(
      (b) => document.getElementById(b.getAttribute('aria-describedby')!)?.textContent,
    );
    // Newest first: the first one Tab reaches is the one Ctrl+Z runs.
    expect(described).toEqual(['Deleted “Second story”', 'Deleted “First story”']);
    expect(undoButtons()[0]!.getAttribute('aria-keyshortcuts')).toMatch(/Control\+Z/);

    ctrlZ();
    await waitFor(async () =>
      expect((await stored()).map((e) => e.title).sort()).toEqual(['Second story', 'Third story']),
    );
    expect(undoButtons()).toHaveLength(1);
    fireEvent.click(undoButtons()[0]!);
    await waitFor(async () => expect(await stored()).toHaveLength(3));
    expect(undoButtons()).toHaveLength(0);
  });

  it('leaves Ctrl+Z to a text field that has focus', async () => {
    await listWith(['First story', 'Second story']);
    fireEvent.click(await waitFor(() => deleteButton('First story')));
    await waitFor(() => expect(undoButtons()).toHaveLength(1));
    const search = screen.getByRole('searchbox');
    search.focus();
    ctrlZ(search);
    await new Promise((r) => setTimeout(r, 50));
    expect(await stored()).toHaveLength(1);
    expect(undoButtons()).toHaveLength(1);
  });

  it('is an early Tab stop: the notices come before the content in the page', async () => {
    await listWith(['First story']);
    fireEvent.click(await waitFor(() => deleteButton('First story')));
    const [undo] = await waitFor(() => {
      expect(undoButtons()).toHaveLength(1);
      return undoButtons();
    });
    const main = screen.getByRole('main');
    expect(undo!.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(undo!.getAttribute('aria-keyshortcuts')).toMatch(/Control\+Z/);
  });

  it('after Undo, focus stays in the panel instead of falling to the page body', async () => {
    await listWith(['First story', 'Second story']);
    fireEvent.click(await waitFor(() => deleteButton('First story')));
    const [undo] = await waitFor(() => {
      expect(undoButtons()).toHaveLength(1);
      return undoButtons();
    });
    undo!.focus();
    fireEvent.click(undo!);
    await waitFor(() => expect(undoButtons()).toHaveLength(0));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('main')));
  });

  it('Escape inside the notices dismisses them', async () => {
    await listWith(['First story', 'Second story']);
    fireEvent.click(await waitFor(() => deleteButton('First story')));
    const [undo] = await waitFor(() => {
      expect(undoButtons()).toHaveLength(1);
      return undoButtons();
    });
    fireEvent.keyDown(undo!, { key: 'Escape' });
    await waitFor(() => expect(undoButtons()).toHaveLength(0));
    expect(await stored()).toHaveLength(1);
  });

  it('an Undo of one message is withdrawn when the panel moves to another', async () => {
    const store = createReadingListStore();
    const { rerender } = render(panel(brief('gmail:a', 'First Letter Headline'), store));
    fireEvent.click(await screen.findByRole('button', { name: /^Save (again )?to/ }));
    await waitFor(() => expect(undoButtons()).toHaveLength(1));
    rerender(panel(brief('gmail:b', 'Second Letter Headline'), store));
    await screen.findByRole('heading', { level: 1, name: 'Second Letter Headline' });
    await waitFor(() => expect(undoButtons()).toHaveLength(0));
    ctrlZ();
    await new Promise((r) => setTimeout(r, 50));
    expect((await stored()).map((e) => e.title)).toEqual(['First Letter Headline']);
  });

  it('a new brief is announced politely', async () => {
    const store = createReadingListStore();
    const { rerender } = render(panel(brief('gmail:a', 'First Letter Headline'), store));
    rerender(panel(brief('gmail:b', 'Second Letter Headline'), store));
    await waitFor(() =>
      expect(
        [...document.querySelectorAll('[aria-live="polite"]')].map((n) => n.textContent),
      ).toContain('Brief updated: Second Letter Headline'),
    );
  });
});

describe('useNotices timing', () => {
  afterEach(() => vi.useRealTimers());

  it('an Undo stays while the pointer or focus is on it, and leaves some time after', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useNotices(1_000, 10_000));
    act(() => result.current.notify({ tone: 'info', message: 'Deleted “A”', undo: () => {} }));
    expect(result.current.undos).toHaveLength(1);
    act(() => result.current.setHeld(true));
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(result.current.undos).toHaveLength(1);
    act(() => result.current.setHeld(false));
    act(() => {
      vi.advanceTimersByTime(9_000);
    });
    expect(result.current.undos).toHaveLength(1);
    act(() => {
      vi.advanceTimersByTime(2_000);
    });
    expect(result.current.undos).toHaveLength(0);
    // Out of sight, still undoable from the keyboard.
    expect(result.current.canUndo).toBe(true);
  });

  it('the default gives far more than the old 12 s', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useNotices());
    act(() => result.current.notify({ tone: 'info', message: 'Saved', undo: () => {} }));
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    expect(result.current.undos).toHaveLength(1);
  });
});

describe('states around the brief', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('a page that is not webmail: one primary action; the selection waits for a selection', () => {
    const onRefresh = vi.fn();
    render(
      panel(
        { kind: 'status', status: 'no-webmail', canSummarisePage: true, selection: false },
        createReadingListStore(),
        onRefresh,
      ),
    );
    const main = screen.getByRole('main');
    const primary = main.querySelectorAll('button.primary');
    expect([...primary].map((b) => b.textContent)).toEqual(['Summarise this page']);
    const selection = screen.getByRole('button', { name: 'Summarise selection' });
    expect(selection.hasAttribute('disabled')).toBe(true);
    const reason = document.getElementById(selection.getAttribute('aria-describedby')!);
    expect(reason?.textContent).toMatch(/Select some text/);
    fireEvent.click(primary[0]!);
    expect(onRefresh).toHaveBeenCalledWith('page');
  });

  it('with text selected, "Summarise selection" works', () => {
    const onRefresh = vi.fn();
    render(
      panel(
        { kind: 'status', status: 'no-webmail', canSummarisePage: true, selection: true },
        createReadingListStore(),
        onRefresh,
      ),
    );
    const selection = screen.getByRole('button', { name: 'Summarise selection' });
    expect(selection.hasAttribute('disabled')).toBe(false);
    fireEvent.click(selection);
    expect(onRefresh).toHaveBeenCalledWith('selection');
  });

  it('a browser page offers no button that cannot work, and says why', () => {
    render(
      panel(
        { kind: 'status', status: 'restricted', canSummarisePage: false },
        createReadingListStore(),
      ),
    );
    const main = screen.getByRole('main');
    expect(within(main).queryAllByRole('button')).toEqual([]);
    expect(main.textContent).toMatch(/cannot read this page/);
    expect(main.textContent).toMatch(/closed to every extension/);
  });

  it('a brief kept from the last tab says where the user is, under the brief’s own heading', () => {
    const onRefresh = vi.fn();
    render(
      panel(
        {
          ...(brief('gmail:a', 'Kept Letter Headline') as Extract<PanelView, { kind: 'brief' }>),
          elsewhere: { kind: 'status', status: 'no-webmail', canSummarisePage: true },
        },
        createReadingListStore(),
        onRefresh,
      ),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Kept Letter Headline' })).toBeTruthy();
    expect(screen.getByText(/This tab is not a supported webmail page/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Summarise this page' }));
    expect(onRefresh).toHaveBeenCalledWith('page');
  });
});

describe('side panel wiring: tabs MailGist cannot brief', () => {
  const message = {
    status: 'message',
    key: 'gmail:1',
    snapshot: {
      subject: 'Hospital Workers Set a Strike Date',
      from: { name: 'Labor Notes', address: 'news@labornotes.example.org' },
      date: '2026-03-03T10:00:00Z',
      html: '<h1>Hospital Workers Set a Strike Date</h1><p>Workers at three hospitals say they will strike next month unless staffing improves across the region.</p>',
      text: null,
      provider: 'gmail',
      url: 'https://mail.google.com/mail/u/0/#inbox/1',
    },
  };
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });
  afterEach(cleanup);

  it('switching to the Options tab (or any page that is not webmail) keeps the last brief', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 7 }]) as never);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(message as never);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access a chrome-extension:// URL of different extension'),
    );
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Hospital Workers Set a Strike Date' });
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 8 }]) as never);
    send.mockRejectedValue(new Error('Receiving end does not exist.'));
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 8, windowId: 1 });
    await screen.findByText(/cannot read this browser page/);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Hospital Workers Set a Strike Date' }),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Not a supported webmail page' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Summarise/ })).toBeNull();
  });

  it('a browser page with no brief before it: says why, offers nothing', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 8 }]) as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access a chrome:// URL'),
    );
    render(<App />);
    await screen.findByRole('heading', { name: 'MailGist cannot read this page' });
    expect(within(screen.getByRole('main')).queryAllByRole('button')).toEqual([]);
  });

  it('an ordinary page: the probe finds no selection, so the selection button waits', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 8 }]) as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    const exec = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValue([{ frameId: 0, result: false }] as never);
    render(<App />);
    const button = await screen.findByRole('button', { name: 'Summarise selection' });
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(true));
    // The user selects text in the page and comes back to the panel.
    exec.mockResolvedValue([{ frameId: 0, result: true }] as never);
    fireEvent.focus(window);
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
  });
});
