// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Panel } from '../../components/Panel';
import { createReadingListStore } from '../../lib/reading-list/store';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { ExportFile } from '../../lib/panel/exports';
import { importJson } from '../../lib/reading-list/format-json';
import { entry, storedList } from '../reading-list/helpers';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const stored = async () => storedList();

const seed = [
  entry(1, { title: 'Zebra strike wins', tags: ['labor'], lists: ['Read later'] }),
  entry(2, {
    title: 'Apple café workers organise',
    read: true,
    lists: ['Strikes'],
    tags: ['food'],
  }),
  entry(3, { title: 'Email-only story', url: null, key: 'email:gmail:3' }),
];

async function open(initial: unknown[] = seed) {
  await fakeBrowser.storage.local.set({ readingList: initial, readingList$: { v: 1 } });
  const store = createReadingListStore();
  const download = vi.fn<(file: ExportFile) => void>();
  render(
    <Panel
      view={{ kind: 'status', status: 'no-message', canSummarisePage: true }}
      settings={DEFAULT_SETTINGS}
      store={store}
      onRefresh={() => {}}
      download={download}
      parseHtml={parseHtml}
      now={() => new Date('2026-03-05T08:00:00Z')}
    />,
  );
  fireEvent.click(await screen.findByRole('button', { name: /^Reading list/ }));
  await screen.findByRole('heading', { name: 'Reading list' });
  return { store, download };
}

const titles = () =>
  within(screen.getByRole('list', { name: 'Saved articles' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.entry-title')?.textContent);

describe('reading list view', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('lists entries; opens the article, or the email when there is no web URL', async () => {
    await open();
    await waitFor(() => expect(titles()).toHaveLength(3));
    expect(
      screen.getByRole('button', { name: 'Reading list (3)' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(screen.getByRole('link', { name: 'Zebra strike wins' }).getAttribute('href')).toBe(
      'https://news.example.org/story-1',
    );
    const emailOnly = screen.getByRole('link', { name: 'Email-only story' });
    expect(emailOnly.getAttribute('href')).toBe('https://mail.google.com/mail/u/0/#inbox/msg3');
    expect(screen.getByText('opens the email')).toBeTruthy();
  });

  it('searches, filters by list, tag and read state, and sorts', async () => {
    await open();
    await waitFor(() => expect(titles()).toHaveLength(3));
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), {
      target: { value: 'cafe' },
    });
    expect(titles()).toEqual(['Apple café workers organise']);
    expect(screen.getByText('1 of 3 articles')).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'List' }), {
      target: { value: 'Strikes' },
    });
    expect(titles()).toEqual(['Apple café workers organise']);
    fireEvent.change(screen.getByRole('combobox', { name: 'List' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Tag' }), { target: { value: 'labor' } });
    expect(titles()).toEqual(['Zebra strike wins']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Tag' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), {
      target: { value: 'unread' },
    });
    expect(titles()).toHaveLength(2);
    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), { target: { value: 'all' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), {
      target: { value: 'title' },
    });
    expect(titles()).toEqual([
      'Apple café workers organise',
      'Email-only story',
      'Zebra strike wins',
    ]);
  });

  it('marks read and deletes with undo', async () => {
    await open();
    fireEvent.click(await screen.findByRole('button', { name: 'Mark read: Zebra strike wins' }));
    await screen.findByRole('button', { name: 'Mark unread: Zebra strike wins' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete: Zebra strike wins' }));
    await waitFor(() => expect(titles()).not.toContain('Zebra strike wins'));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Deleted “Zebra strike wins”'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles()).toContain('Zebra strike wins'));
    expect(((await stored()) as unknown[]).length).toBe(3);
  });

  it('exports the filtered list in the chosen format', async () => {
    const { download } = await open();
    await waitFor(() => expect(titles()).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: 'Export / Import' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Export format' }), {
      target: { value: 'json' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    const file = download.mock.calls[0]![0];
    expect(file.name).toBe('mailgist-reading-list-2026-03-05.json');
    expect(importJson(String(file.content))).toHaveLength(3);
    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), { target: { value: 'read' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Export format' }), {
      target: { value: 'instapaper' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    const csv = String(download.mock.calls[1]![0].content);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(screen.getByRole('status').textContent).toMatch(/Exported 1 entry as CSV/);
    for (const kind of ['markdown', 'bookmarks', 'readwise']) {
      fireEvent.change(screen.getByRole('combobox', { name: 'Export format' }), {
        target: { value: kind },
      });
      fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    }
    expect(download.mock.calls.map((c) => c[0].name.replace(/-2026-03-05/, ''))).toEqual([
      'mailgist-reading-list.json',
      'mailgist-instapaper.csv',
      'mailgist-notes.zip',
      'mailgist-bookmarks.html',
      'mailgist-readwise-highlights.csv',
    ]);
  });

  it('imports a file, merging without duplicates', async () => {
    await open();
    const csv =
      'title,url,time_added,cursor,tags,status\nNew one,https://new.example.org/x,1700000000,c,,unread\nDup,https://news.example.org/story-1?utm_source=a,1700000000,c,extra,unread\n';
    fireEvent.change(await screen.findByLabelText(/Import a file/), {
      target: { files: [new File([csv], 'pocket.csv', { type: 'text/csv' })] },
    });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Imported pocket.csv: 1 added, 1 updated, 0 already in the list.',
      ),
    );
    expect(((await stored()) as unknown[]).length).toBe(4);
  });

  it('imports a Latin-1 CSV as the letters it holds (W6)', async () => {
    await open();
    const ascii = (t: string) => [...new TextEncoder().encode(t)];
    // "Café crème" as windows-1252: é = E9, è = E8.
    const bytes = Uint8Array.from([
      ...ascii('title,url,time_added,cursor,tags,status\nCaf'),
      0xe9,
      ...ascii(' cr'),
      0xe8,
      ...ascii('me,https://latin.example.org/x,1700000000,c,,unread\n'),
    ]);
    fireEvent.change(await screen.findByLabelText(/Import a file/), {
      target: { files: [new File([bytes], 'latin1.csv', { type: 'text/csv' })] },
    });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/1 added/));
    const titles = ((await stored()) as { title: string }[]).map((e) => e.title);
    expect(titles).toContain('Café crème');
  });

  it('refuses a broken file with a clear message and leaves the list untouched', async () => {
    await open();
    const before = await stored();
    fireEvent.change(await screen.findByLabelText(/Import a file/), {
      target: { files: [new File(['{"entries": ['], 'broken.json')] },
    });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'broken.json was not imported. This file is not valid JSON. Your reading list is unchanged.',
      ),
    );
    expect(await stored()).toEqual(before);
  });

  it('shows an invalid stored entry and keeps it', async () => {
    await open([...seed, { id: 'x', title: 7 }]);
    expect(
      await screen.findByRole('heading', { name: '1 saved entry could not be read' }),
    ).toBeTruthy();
    await waitFor(() => expect(titles()).toHaveLength(3));
    expect(((await stored()) as unknown[]).length).toBe(4);
  });

  it('reports a corrupted list and recovers without losing the data', async () => {
    const { download } = await open('not a list' as unknown as unknown[]);
    expect(await screen.findByText(/The stored reading list is not a list/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download stored data' }));
    expect(download.mock.calls[0]![0].content).toBe('"not a list"');
    fireEvent.click(screen.getByRole('button', { name: 'Start a fresh list' }));
    await screen.findByText(/Nothing saved yet/);
    const all = await fakeBrowser.storage.local.get(null);
    expect(
      Object.entries(all).some(
        ([k, v]) => k.startsWith('readingListBackup-') && v === 'not a list',
      ),
    ).toBe(true);
  });
});
