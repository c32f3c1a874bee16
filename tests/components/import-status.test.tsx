// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { ImportStatus } from '../../components/ImportStatus';
import { ExportStatus } from '../../components/ExportStatus';
import type { ImportProgress } from '../../lib/reading-list/import-job';

// What an import says while it runs: each phase by name with its numbers, as a progress bar.

const running = (progress: ImportProgress | null, cancelling = false) => (
  <ImportStatus
    state={{ kind: 'running', file: 'pocket.csv', progress, cancelling }}
    onCancel={() => {}}
    onUndo={() => {}}
    onDismiss={() => {}}
  />
);

describe('ImportStatus', () => {
  afterEach(cleanup);

  it.each([
    [null, 'Reading pocket.csv…'],
    [{ phase: 'reading', done: 1200, total: 25000 }, 'Importing 1,200 / 25,000'],
    [{ phase: 'merging', done: 12000, total: 25000 }, 'Adding to your list: 12,000 / 25,000'],
    [{ phase: 'saving', done: 4000, total: 25000 }, 'Saving: 4,000 / 25,000'],
  ] as const)('%j reads "%s"', (progress, text) => {
    render(running(progress));
    const bar = screen.getByRole('progressbar', { name: text });
    if (progress) expect(bar.getAttribute('value')).toBe(String(progress.done));
    expect(screen.getByRole('button', { name: 'Cancel import' })).toBeTruthy();
  });

  it('says it is cancelling, and Cancel cannot be pressed twice', () => {
    render(running({ phase: 'saving', done: 200, total: 1000 }, true));
    expect(screen.getByRole('progressbar', { name: 'Cancelling…' })).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Cancel import' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('a long export shows its progress and a Cancel', () => {
    let cancelled = 0;
    render(
      <ExportStatus
        state={{ kind: 'running', done: 4000, total: 25000, cancelling: false }}
        onCancel={() => (cancelled += 1)}
      />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Exporting 4,000 / 25,000' });
    expect(bar.getAttribute('value')).toBe('4000');
    screen.getByRole('button', { name: 'Cancel export' }).click();
    expect(cancelled).toBe(1);
  });
});
