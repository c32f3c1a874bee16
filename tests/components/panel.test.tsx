// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Panel } from '../../components/Panel';
import { createReadingListStore } from '../../lib/reading-list/store';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { PanelView } from '../../lib/panel/panel-view';
import type { ExportFile } from '../../lib/panel/exports';
import { sampleSummary } from '../panel/sample-summary';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const now = () => new Date('2026-03-05T08:00:00Z');

function setup(view: PanelView, opts: { quoteFormat?: 'plain' | 'markdown' | 'text' } = {}) {
  const store = createReadingListStore();
  const download = vi.fn<(file: ExportFile) => void>();
  const onRefresh = vi.fn();
  const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  render(
    <Panel
      view={view}
      settings={{ ...DEFAULT_SETTINGS, quoteFormat: opts.quoteFormat ?? 'plain' }}
      store={store}
      onRefresh={onRefresh}
      download={download}
      parseHtml={parseHtml}
      now={now}
    />,
  );
  return { store, download, onRefresh, writeText };
}

const brief = (extra = {}): PanelView => ({
  kind: 'brief',
  summary: sampleSummary(extra),
  email: { key: 'gmail:1', url: 'https://mail.google.com/mail/u/0/#inbox/1' },
});

describe('the brief', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('first screen: headline, one byline line, up to three summary sentences, as text', () => {
    setup(brief({ summary: ['One.', 'Two.', 'Three.', 'Four.'] }));
    expect(
      screen.getByRole('heading', { level: 1, name: /Hospital Workers Set a Strike Date/ }),
    ).toBeTruthy();
    const byline = document.querySelector('.byline')!;
    expect(byline.textContent).toMatch(
      /^By Marisol Okafor-Price · The Ward Report via Shop Floor Digest · (3 March 2026|March 3, 2026) · 4 min read$/,
    );
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('shows the dek when the email gives no summary sentences', () => {
    setup(brief({ summary: [] }));
    expect(
      screen.getByText('Nurses, techs and dietary aides say they will walk out together.'),
    ).toBeTruthy();
  });

  it('folds the sections: one button with their count, open on demand', () => {
    setup(brief());
    expect(screen.queryByText('Staffing is the strike issue')).toBeNull();
    const toggle = screen.getByRole('button', { name: /Sections \(2\)/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Staffing is the strike issue')).toBeTruthy();
  });

  it('copies a quote in one click with a visible confirmation and an announcement', async () => {
    const { writeText } = setup(brief());
    const quotes = screen.getByRole('region', { name: 'Key quotes' });
    const buttons = within(quotes).getAllByRole('button', { name: 'Copy quote' });
    expect(buttons).toHaveLength(3); // top three only
    fireEvent.click(buttons[0]!);
    await waitFor(() =>
      expect(writeText).toHaveBeenCalledWith(
        '“We are not walking out on our patients” — Teodora Villanueva, The Ward Report',
      ),
    );
    await screen.findByRole('button', { name: 'Copied ✓' });
    expect(screen.getByRole('status').textContent).toBe('Quote copied');
  });

  it('uses the default format from settings, can switch it, shows all and copies all', async () => {
    const { writeText } = setup(brief(), { quoteFormat: 'markdown' });
    fireEvent.click(screen.getAllByRole('button', { name: 'Copy quote' })[0]!);
    await waitFor(() =>
      expect(writeText).toHaveBeenLastCalledWith(
        expect.stringMatching(/^> We are not walking out/),
      ),
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Copy as' }), {
      target: { value: 'text' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Show all 7 quotes' }));
    expect(screen.getAllByRole('button', { name: /Copy quote|Copied/ })).toHaveLength(7);
    fireEvent.click(screen.getByRole('button', { name: 'Copy all quotes' }));
    await waitFor(() =>
      expect(writeText).toHaveBeenLastCalledWith(expect.stringContaining('\n\nQuote number 2')),
    );
    expect(writeText.mock.lastCall?.[0].split('\n\n')).toHaveLength(7);
  });

  it('writes to the clipboard inside the click itself, as user activation needs (P1)', () => {
    // No clipboardWrite permission: the browser allows navigator.clipboard.writeText only during
    // the click's user activation, so the call must happen before the handler returns.
    const { writeText } = setup(brief());
    fireEvent.click(screen.getAllByRole('button', { name: 'Copy quote' })[0]!);
    expect(writeText).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Copy all quotes' }));
    expect(writeText).toHaveBeenCalledTimes(2);
  });

  it('says so when the clipboard refuses', async () => {
    const { writeText } = setup(brief());
    writeText.mockRejectedValueOnce(new Error('denied'));
    fireEvent.click(screen.getAllByRole('button', { name: 'Copy quote' })[0]!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Could not copy/));
  });

  it('groups calls to action with their real host; unsafe links are not clickable', () => {
    setup(brief());
    const actions = screen.getByRole('region', { name: 'Calls to action' });
    expect(within(actions).getByRole('heading', { name: 'Events' })).toBeTruthy();
    // "Read the full story" is the article's own link: furniture, folded under More links.
    expect(within(actions).queryByText('Read the full story')).toBeNull();
    const donate = within(actions).getByRole('link', { name: 'Chip in to the strike fund' });
    expect(donate.getAttribute('href')).toBe('https://donate.example.org/fund');
    expect(donate.getAttribute('rel')).toBe('noopener noreferrer');
    expect(donate.getAttribute('target')).toBe('_blank');
    expect(within(actions).getByText('donate.example.org')).toBeTruthy();
    expect(within(actions).queryByRole('link', { name: 'Sneaky' })).toBeNull();
    expect(within(actions).getByText('Sneaky')).toBeTruthy();
  });

  it('gives every action a look by kind: host for links, a hint without one, the date once', () => {
    setup(
      brief({
        sender: { name: 'xxxxxx', address: null },
        actions: [
          { label: 'Day of protest January 23', kind: 'event', url: null, date: '2026-01-23' },
          { label: 'Sign the pledge', kind: 'petition', url: null, date: null },
          { label: 'Chip in', kind: 'donate', url: 'https://donate.example.org/x', date: null },
        ],
      }),
    );
    expect(screen.queryByText(/^via /)).toBeNull();
    const actions = screen.getByRole('region', { name: 'Calls to action' });
    expect(within(actions).getByText('Day of protest')).toBeTruthy();
    expect(within(actions).queryByText(/Day of protest January 23/)).toBeNull();
    const tile = actions.querySelector('time[datetime="2026-01-23"]')!;
    expect(tile.textContent).toMatch(/23 January 2026|January 23, 2026/);
    expect(actions.querySelectorAll('time')).toHaveLength(1);
    expect(within(actions).getAllByText('Link not in this email')).toHaveLength(2);
    expect(within(actions).getByText('donate.example.org')).toBeTruthy();
    // 23 January 2026 is over on 5 March 2026: marked past, no calendar offered.
    expect(within(actions).getByText('Past')).toBeTruthy();
    expect(within(actions).queryByRole('group', { name: /^Add to calendar/ })).toBeNull();
    expect(actions.querySelectorAll('svg[aria-hidden], [aria-hidden] svg')).toHaveLength(2);
  });

  it('"Add to calendar" offers the .ics file, Google Calendar and Outlook for the dated ask', () => {
    const { download } = setup(brief());
    const actions = screen.getByRole('region', { name: 'Calls to action' });
    const cal = within(actions).getByRole('group', {
      name: 'Add to calendar: Rally at County General',
    });
    fireEvent.click(within(cal).getByRole('button', { name: '.ics file' }));
    expect(download).toHaveBeenCalledTimes(1);
    const file = download.mock.calls[0]![0];
    expect(file.name).toBe('rally-at-county-general-2026-03-12.ics');
    expect(String(file.content)).toContain('DTSTART;VALUE=DATE:20260312\r\n');
    const google = within(cal).getByRole('link', { name: 'Google' }).getAttribute('href')!;
    expect(google).toMatch(/^https:\/\/calendar\.google\.com\/calendar\/render\?/);
    expect(new URL(google).searchParams.get('dates')).toBe('20260312/20260313');
    const outlook = within(cal).getByRole('link', { name: 'Outlook' });
    expect(outlook.getAttribute('href')).toMatch(/^https:\/\/outlook\.live\.com\//);
    expect(outlook.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('puts the next event ahead in the action row, beside Save and Copy brief', () => {
    setup(brief());
    const row = document.querySelector('.action-row') as HTMLElement;
    expect(within(row).getByRole('button', { name: 'Save to Read later' })).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Copy brief' })).toBeTruthy();
    expect(row.textContent).toMatch(
      /Next: Thu,? (12 Mar 2026|Mar 12, 2026) — Rally at County General/,
    );
    expect(
      within(row).getByRole('group', { name: 'Add to calendar: Rally at County General' }),
    ).toBeTruthy();
  });

  it('"Copy brief" copies headline, byline, summary and web link inside the click', async () => {
    // The link is the email's own web version, never a read-more ask.
    const { writeText } = setup(
      brief({ webUrl: 'https://www.wardreport.example.com/strike?utm_source=mail' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy brief' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    const text = writeText.mock.calls[0]![0];
    expect(text.split('\n\n')[0]).toBe('Hospital Workers Set a Strike Date Across Three Counties');
    expect(text).toContain('• Three hospital systems face a joint strike.');
    expect(text).toContain('https://www.wardreport.example.com/strike?utm_source=mail');
    await screen.findByRole('button', { name: 'Copied ✓' });
  });

  it('folds furniture links under "More links" with their count', () => {
    setup(brief());
    const toggle = screen.getByRole('button', { name: /More links \(1\)/ });
    fireEvent.click(toggle);
    const link = screen.getByRole('link', { name: 'Read the full story' });
    expect(link.getAttribute('href')).toBe(
      'https://www.wardreport.example.com/strike?utm_source=mail',
    );
  });

  it('announces a new brief politely: "Brief updated: <headline>"', async () => {
    setup(brief());
    const region = document.querySelector('[aria-live="polite"]:not([role])')!;
    await waitFor(() =>
      expect(region.textContent).toBe(
        'Brief updated: Hospital Workers Set a Strike Date Across Three Counties',
      ),
    );
  });

  it('saves in one click, updates instead of duplicating, and undoes', async () => {
    const { store } = setup(brief());
    fireEvent.click(screen.getByRole('button', { name: 'Save to Read later' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(
        /Saved “Hospital Workers.*” to Read later/,
      ),
    );
    // Focus moves to the result.
    await waitFor(() => expect(document.activeElement?.className).toBe('save-result'));
    expect(document.activeElement?.textContent).toMatch(/^Saved “Hospital Workers/);
    fireEvent.click(await screen.findByRole('button', { name: 'Save again to Read later' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Updated/));
    let snap = await store.load();
    expect(snap.status === 'ok' && snap.entries).toHaveLength(1);
    // Both changes can be undone, newest first: this undoes the update.
    fireEvent.click(screen.getAllByRole('button', { name: 'Undo' })[0]!);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Save undone'));
    snap = await store.load();
    expect(snap.status === 'ok' && snap.entries).toHaveLength(1); // undoing the update keeps the first save
  });

  it('undo of a first save removes it', async () => {
    const { store } = setup(brief());
    fireEvent.click(screen.getByRole('button', { name: 'Save to Read later' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => {
      const snap = await store.load();
      expect(snap.status === 'ok' && snap.entries).toEqual([]);
    });
  });

  it('saves into chosen lists with tags, from the one Save button', async () => {
    const { store } = setup(brief());
    fireEvent.click(screen.getByRole('button', { name: 'Lists & tags' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Read later' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'New list' }), {
      target: { value: 'Strikes' },
    });
    fireEvent.input(screen.getByRole('textbox', { name: 'Tags (comma-separated)' }), {
      target: { value: 'labor, health' },
    });
    // The only Save button says what it will do with what is filled in.
    expect(screen.getAllByRole('button', { name: /^Save/ })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Save to Strikes · 2 tags' }));
    await waitFor(async () => {
      const snap = await store.load();
      expect(snap.status === 'ok' && snap.entries[0]).toMatchObject({
        lists: ['Strikes'],
        tags: ['labor', 'health'],
      });
    });
    await waitFor(() =>
      expect(document.activeElement?.textContent).toMatch(/in Strikes|to Strikes/),
    );
  });

  it('the trap is gone: filled-in lists and tags are saved even after the form is closed', async () => {
    const { store } = setup(brief());
    const toggle = screen.getByRole('button', { name: 'Lists & tags' });
    fireEvent.click(toggle);
    fireEvent.input(screen.getByRole('textbox', { name: 'Tags (comma-separated)' }), {
      target: { value: 'labor' },
    });
    // Escape closes the lists and tags and gives focus back to their button.
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Tags (comma-separated)' }), {
      key: 'Escape',
    });
    expect(screen.queryByRole('textbox', { name: 'Tags (comma-separated)' })).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    fireEvent.click(screen.getByRole('button', { name: 'Save to Read later · 1 tag' }));
    await waitFor(async () => {
      const snap = await store.load();
      expect(snap.status === 'ok' && snap.entries[0]?.tags).toEqual(['labor']);
    });
  });

  it('Enter in a field saves with what the form holds', async () => {
    const { store } = setup(brief());
    fireEvent.click(screen.getByRole('button', { name: 'Lists & tags' }));
    const tags = screen.getByRole('textbox', { name: 'Tags (comma-separated)' });
    fireEvent.input(tags, { target: { value: 'nurses' } });
    fireEvent.submit(tags.closest('form')!);
    await waitFor(async () => {
      const snap = await store.load();
      expect(snap.status === 'ok' && snap.entries[0]?.tags).toEqual(['nurses']);
    });
  });

  it('saves a digest story on its own', async () => {
    const { store } = setup(
      brief({
        isDigest: true,
        items: [
          { title: 'Story A', url: 'https://a.example.org/s', blurb: 'About A' },
          { title: 'Story B', url: null, blurb: null },
        ],
      }),
    );
    const digest = screen.getByRole('region', { name: 'Stories in this digest' });
    fireEvent.click(within(digest).getByRole('button', { name: 'Save story: Story A' }));
    await within(digest).findByRole('button', { name: /^Saved ✓\s*: Story A$/ });
    const snap = await store.load();
    expect(snap.status === 'ok' && snap.entries.map((e) => e.title)).toEqual(['Story A']);
  });

  it("shows a story's destination host, not its click-tracker's", () => {
    setup(
      brief({
        isDigest: true,
        items: [
          {
            title: 'Story A',
            url: 'https://click.tracker.example.net/ss/c/abc123',
            blurb: null,
            host: 'www.github.com',
          },
          { title: 'Story B', url: 'https://b.example.org/s', blurb: null },
        ],
      }),
    );
    const digest = screen.getByRole('region', { name: 'Stories in this digest' });
    const hosts = [...digest.querySelectorAll('.host')].map((h) => h.textContent?.trim());
    expect(hosts).toEqual(['github.com', 'b.example.org']);
  });

  it('shows a long digest\'s first stories and folds the rest behind "Show all N stories"', () => {
    setup(
      brief({
        isDigest: true,
        items: Array.from({ length: 54 }, (_, i) => ({
          title: `Story ${i + 1}`,
          url: `https://s${i + 1}.example.org/`,
          blurb: null,
        })),
      }),
    );
    const digest = screen.getByRole('region', { name: 'Stories in this digest' });
    expect(within(digest).getAllByRole('listitem')).toHaveLength(5);
    // A digest's sections are its story groups: not repeated.
    expect(screen.queryByRole('button', { name: /Sections/ })).toBeNull();
    const more = within(digest).getByRole('button', { name: 'Show all 54 stories' });
    fireEvent.click(more);
    expect(within(digest).getAllByRole('listitem')).toHaveLength(54);
    expect(more.getAttribute('aria-expanded')).toBe('true');
  });

  it('another message starts with its folds closed and a fresh Save form', () => {
    const store = createReadingListStore();
    const props = {
      settings: DEFAULT_SETTINGS,
      store,
      onRefresh: vi.fn(),
      download: vi.fn(),
      parseHtml,
      now,
    };
    const { rerender } = render(<Panel view={brief()} {...props} />);
    fireEvent.click(screen.getByRole('button', { name: /Sections \(2\)/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Lists & tags' }));
    expect(screen.getByText('Staffing is the strike issue')).toBeTruthy();
    rerender(
      <Panel
        view={{
          kind: 'brief',
          summary: sampleSummary({ headline: 'Another Story Entirely' }),
          email: { key: 'gmail:2', url: null },
        }}
        {...props}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Another Story Entirely' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: /Sections \(2\)/ }).getAttribute('aria-expanded'),
    ).toBe('false');
    expect(screen.queryByRole('textbox', { name: 'New list' })).toBeNull();
  });

  it('a failed save leaves the list intact and says what happened', async () => {
    const { store } = setup(brief());
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save to Read later' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/storage for MailGist is full/),
    );
    const snap = await store.load();
    expect(snap.status === 'ok' && snap.entries).toEqual([]);
  });
});

describe('panel states', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('not a webmail page: explains, offers retry, and says selection summarising is unavailable', () => {
    const { onRefresh } = setup({ kind: 'status', status: 'no-webmail', canSummarisePage: false });
    expect(screen.getByRole('heading', { name: 'Not a supported webmail page' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Summarise selection' })).toBeNull();
    expect(screen.getByText(/not available on this page/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRefresh).toHaveBeenCalledWith('auto');
  });

  it('no message open: offers summarising the selection or the page', () => {
    const { onRefresh } = setup({ kind: 'status', status: 'no-message', canSummarisePage: true });
    expect(screen.getByRole('heading', { name: 'No message open' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Summarise selection' }));
    expect(onRefresh).toHaveBeenCalledWith('selection');
    fireEvent.click(screen.getByRole('button', { name: 'Summarise page' }));
    expect(onRefresh).toHaveBeenCalledWith('page');
  });

  it('working and error states', () => {
    setup({
      kind: 'status',
      status: 'error',
      canSummarisePage: true,
      detail: 'MailGist could not read this email (boom).',
    });
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeTruthy();
    expect(screen.getByText(/could not read this email \(boom\)/)).toBeTruthy();
    cleanup();
    setup({ kind: 'working' });
    expect(screen.getByRole('heading', { name: 'Reading the email…' })).toBeTruthy();
  });
});
