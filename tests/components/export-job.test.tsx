// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { PACED_EXPORT_FROM, useExportJob } from '../../components/use-export-job';
import type { Notice } from '../../components/use-notices';
import { buildExport, type ExportFile } from '../../lib/panel/exports';
import { entry } from '../reading-list/helpers';

// A long list exports as background work: progress while it runs, Cancel (nothing downloaded),
// and otherwise the same file as one built at once. A short list exports within the click.

const now = () => new Date('2026-03-05T08:00:00Z');
const many = (n: number) => Array.from({ length: n }, (_, i) => entry(i + 1));

function setup() {
  const notices: Notice[] = [];
  const files: ExportFile[] = [];
  const hook = renderHook(() =>
    useExportJob({ notify: (n) => notices.push(n), download: (f) => files.push(f), now }),
  );
  return { notices, files, hook };
}

describe('export as background work', () => {
  afterEach(cleanup);

  it('a short list is exported at once', async () => {
    const { files, notices, hook } = setup();
    await act(() => hook.result.current.start('json', many(3)));
    expect(files).toHaveLength(1);
    expect(hook.result.current.state.kind).toBe('idle');
    expect(notices.at(-1)?.message).toBe('Exported 3 entries as JSON (complete, re-importable)');
  });

  it('a long list runs with progress and gives the same file', async () => {
    const { files, notices, hook } = setup();
    const list = many(PACED_EXPORT_FROM + 500);
    let job!: Promise<void>;
    act(() => {
      job = hook.result.current.start('markdown', list);
    });
    expect(hook.result.current.state).toMatchObject({ kind: 'running', total: list.length });
    await act(() => job);
    expect(files).toHaveLength(1);
    const got = new Uint8Array(await (files[0]!.content as Blob).arrayBuffer());
    expect(got).toEqual(buildExport('markdown', list, now()).content);
    expect(notices.at(-1)?.message).toMatch(/^Exported 2,?500 entries as Markdown notes/);
    expect(hook.result.current.state.kind).toBe('idle');
  });

  it('Cancel stops a long export: nothing is downloaded, and it says so', async () => {
    const { files, notices, hook } = setup();
    let job!: Promise<void>;
    act(() => {
      job = hook.result.current.start('json', many(PACED_EXPORT_FROM * 3));
    });
    act(() => hook.result.current.cancel());
    await act(() => job);
    expect(files).toEqual([]);
    expect(notices.at(-1)?.message).toBe('Export cancelled');
    await waitFor(() => expect(hook.result.current.state.kind).toBe('idle'));
  });
});
