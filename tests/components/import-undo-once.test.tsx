// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseHtmlNode } from '../../lib/node-dom';
import { createReadingListStore } from '../../lib/reading-list/store';
import { useImportJob } from '../../components/use-import-job';
import type { Notice } from '../../components/use-notices';
import { entry, storedJson } from '../reading-list/helpers';

// "Undo import" and the notice's Undo are two doors to one step: the second press does nothing,
// so an entry edited after the first undo keeps its edit.

const csv = [
  'title,url,time_added,cursor,tags,status',
  'Story one,https://news.example.org/story-1,1700000001,1,imported,archive',
  'Story new,https://news.example.org/story-77,1700000002,2,,unread',
].join('\n');

describe('useImportJob: an import is undone once', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ readingList: [entry(1)], readingList$: { v: 2 } });
  });
  afterEach(cleanup);

  it('a second Undo of the same import leaves an edit made after the first alone', async () => {
    const store = createReadingListStore();
    const notices: Notice[] = [];
    const { result } = renderHook(() =>
      useImportJob({
        store,
        notify: (n: Notice) => void notices.push(n),
        parseHtml: parseHtmlNode,
        readFile: () => Promise.resolve(csv),
        now: () => new Date('2026-04-01T00:00:00Z'),
      }),
    );
    await act(() => result.current.start(new File([csv], 'pocket.csv')));
    const state = result.current.state;
    if (state.kind !== 'done') throw new Error(`import did not finish: ${state.kind}`);
    expect(state.outcome.updated + state.outcome.added).toBeGreaterThan(0);
    await act(() => result.current.undo(state.outcome, 'pocket.csv'));
    // The user edits the entry the import had changed…
    await store.update('id-1', { tags: ['kept-after-undo'] });
    const edited = await storedJson();
    // …then presses the notice's Undo of the same import.
    const noticeUndo = notices.find((n) => n.undo)?.undo;
    expect(noticeUndo).toBeDefined();
    await act(async () => {
      await noticeUndo!();
    });
    expect(await storedJson()).toBe(edited);
  });
});
