// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReadingListView } from '../../components/ReadingListView';
import { useReadingList } from '../../components/use-reading-list';
import type { Notice } from '../../components/use-notices';
import { createReadingListStore, type ReadingListStore } from '../../lib/reading-list/store';
import { entry, storedJson } from '../reading-list/helpers';

// The reading list's long work and many rows: a page at a time, bulk actions with undo, focus
// after Delete, import with Cancel and "Undo import" (stored bytes equal), the menu at the top.

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const storedBytes = async () => storedJson();

function Harness(props: {
  store: ReadingListStore;
  notices: Notice[];
  readFile?: (file: File) => Promise<string>;
}) {
  const snapshot = useReadingList(props.store);
  return (
    <ReadingListView
      snapshot={snapshot}
      store={props.store}
      notify={(n) => props.notices.push(n)}
      download={() => {}}
      parseHtml={parseHtml}
      readFile={props.readFile}
      now={() => new Date('2026-03-05T08:00:00Z')}
    />
  );
}

async function open(list: unknown[], readFile?: (file: File) => Promise<string>) {
  await fakeBrowser.storage.local.set({ readingList: list, readingList$: { v: 2 } });
  const store = createReadingListStore();
  const notices: Notice[] = [];
  render(<Harness store={store} notices={notices} readFile={readFile} />);
  await screen.findByRole('list', { name: 'Saved articles' });
  return { store, notices };
}

const rows = () =>
  within(screen.getByRole('list', { name: 'Saved articles' })).getAllByRole('listitem');
const rowTitles = () => rows().map((li) => li.querySelector('.entry-title')?.textContent);
/** n entries, newest first by savedAt in list order. */
const many = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    entry(i + 1, {
      savedAt: new Date(Date.UTC(2026, 0, 1) - i * 60_000).toISOString(),
      tags: i % 2 ? ['odd'] : [],
    }),
  );

describe('reading list: many rows and long work', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('shows a page of rows at a time, and more on request', async () => {
    await open(many(250));
    expect(rows()).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: 'Show 100 more (100 of 250 shown)' }));
    expect(rows()).toHaveLength(200);
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more (200 of 250 shown)' }));
    expect(rows()).toHaveLength(250);
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
  });

  it('every row button is named by its visible text first, then the article', async () => {
    await open(many(3));
    for (const b of within(rows()[0]!).getAllByRole('button')) {
      const name = b.getAttribute('aria-label') ?? '';
      expect(name.startsWith(b.textContent ?? '\u0000'), name).toBe(true);
    }
    expect(screen.getByRole('button', { name: 'Mark read: Story number 1' })).toBeTruthy();
  });

  it('after Delete, focus goes to the next row, the previous one if last, the heading if empty', async () => {
    await open(many(3));
    fireEvent.click(screen.getByRole('button', { name: 'Delete: Story number 2' }));
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Delete: Story number 3'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete: Story number 3' }));
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Delete: Story number 1'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete: Story number 1' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Reading list' })),
    );
  });

  it('selects all matching rows, marks them read and tags them, each undoable', async () => {
    const { notices } = await open(many(6));
    fireEvent.change(screen.getByRole('combobox', { name: 'Tag' }), { target: { value: 'odd' } });
    expect(rowTitles()).toHaveLength(3);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all 3 matching' }));
    expect(screen.getByRole('checkbox', { name: '3 selected' })).toBeTruthy();
    const before = await storedBytes();
    fireEvent.click(screen.getByRole('button', { name: 'Mark read' }));
    await waitFor(() => expect(notices.at(-1)?.message).toBe('Marked read: 3 articles'));
    const stored = JSON.parse(await storedBytes()) as { read: boolean; tags: string[] }[];
    expect(stored.map((e) => e.read)).toEqual([false, true, false, true, false, true]);
    await notices.at(-1)!.undo!();
    expect(await storedBytes()).toBe(before);

    fireEvent.input(screen.getByRole('textbox', { name: 'Tags to add' }), {
      target: { value: 'later, #deep' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add tags' }));
    await waitFor(() => expect(notices.at(-1)?.message).toBe('Tagged #later, #deep: 3 articles'));
    const tagged = JSON.parse(await storedBytes()) as { tags: string[] }[];
    expect(tagged.map((e) => e.tags)).toEqual([
      [],
      ['odd', 'later', 'deep'],
      [],
      ['odd', 'later', 'deep'],
      [],
      ['odd', 'later', 'deep'],
    ]);
  });

  it('deletes the selected rows in one write, with undo', async () => {
    const { notices } = await open(many(5));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select: Story number 2' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select: Story number 4' }));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    await waitFor(() => expect(notices.at(-1)?.message).toBe('Deleted 2 articles'));
    // One change of the list (one index write), not one per row.
    const indexWrites = set.mock.calls.filter(
      ([items]) => 'readingList.index' in (items as object),
    );
    expect(indexWrites).toHaveLength(1);
    await waitFor(() =>
      expect(rowTitles()).toEqual(['Story number 1', 'Story number 3', 'Story number 5']),
    );
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Delete: Story number 3');
    await notices.at(-1)!.undo!();
    await waitFor(() => expect(rows()).toHaveLength(5));
  });

  it('the Export / Import menu opens at the top and Escape closes it', async () => {
    await open(many(2));
    const toggle = screen.getByRole('button', { name: 'Export / Import' });
    // It comes before the list in the page, not after it.
    const list = screen.getByRole('list', { name: 'Saved articles' });
    expect(toggle.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Export format' })).toBeNull();
    fireEvent.click(toggle);
    const format = screen.getByRole('combobox', { name: 'Export format' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(format, { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });

  it('an import shows its progress and Cancel; cancelled, the list is unchanged', async () => {
    let release: (text: string) => void = () => {};
    const { notices } = await open(many(3), () => new Promise((r) => (release = r)));
    const before = await storedBytes();
    fireEvent.change(screen.getByLabelText(/Import a file/), {
      target: { files: [new File(['x'], 'pocket.csv')] },
    });
    expect(await screen.findByText('Reading pocket.csv…')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    release('title,url,time_added,status\nA,https://a.example.org/1,1700000000,unread\n');
    await waitFor(() =>
      expect(notices.at(-1)?.message).toBe(
        'Import of pocket.csv cancelled. Your reading list is unchanged.',
      ),
    );
    expect(screen.queryByRole('button', { name: 'Cancel import' })).toBeNull();
    expect(await storedBytes()).toBe(before);
  });

  it('"Undo import" puts the stored list back byte for byte', async () => {
    const { notices } = await open([...many(3), { id: 'hand-edited', title: 1 }]);
    const before = await storedBytes();
    const lines = ['title,url,time_added,cursor,tags,status'];
    for (let i = 1; i <= 1500; i++) {
      lines.push(`Row ${i},https://news.example.org/story-${i},${1_700_000_000 + i},c,x,unread`);
    }
    fireEvent.change(screen.getByLabelText(/Import a file/), {
      target: { files: [new File([lines.join('\n')], 'pocket.csv')] },
    });
    await waitFor(
      () =>
        expect(notices.at(-1)?.message).toBe(
          'Imported pocket.csv: 1497 added, 3 updated, 0 already in the list.',
        ),
      { timeout: 10_000 },
    );
    expect(await storedBytes()).not.toBe(before);
    fireEvent.click(screen.getByRole('button', { name: 'Undo import' }));
    await waitFor(() => expect(notices.at(-1)?.message).toBe('Import of pocket.csv undone'));
    expect(await storedBytes()).toBe(before);
    expect(screen.queryByRole('button', { name: 'Undo import' })).toBeNull();
  });
});
