// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { OptionsForm } from '../../components/OptionsForm';
import { ReadingListItem } from '../../components/ReadingListItem';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { EMPTY_REPORT } from '../../lib/reading-list/sync/state';
import { entry } from '../reading-list/helpers';

describe('reading-list sync in the options page and the list', () => {
  afterEach(cleanup);

  function options(enabled: boolean, report = EMPTY_REPORT) {
    const onSyncChange = vi.fn();
    render(
      <OptionsForm
        settings={DEFAULT_SETTINGS}
        onChange={() => {}}
        onAddOrigin={async () => true}
        onRemoveOrigin={() => {}}
        sync={{ enabled, report, now: 1_000 }}
        onSyncChange={onSyncChange}
      />,
    );
    return { onSyncChange };
  }

  it('is an opt-in, off by default, that says what stays local', () => {
    const { onSyncChange } = options(false);
    const box = screen.getByRole('checkbox', {
      name: 'Sync my reading list through my browser’s sync',
    });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole('status').textContent).toMatch(/stays on this device only/);
    fireEvent.click(box);
    expect(onSyncChange).toHaveBeenCalledWith(true);
  });

  it('says how many entries sync and how many stay local, and what went wrong', () => {
    options(true, {
      ...EMPTY_REPORT,
      mirrored: 812,
      localOnly: 188,
      waitingUntil: 31_000,
      problems: ['The synced list’s part 4 of 32 was damaged and was ignored (x).'],
    });
    expect(screen.getByRole('status').textContent).toBe(
      '812 entries sync through your browser; 188 entries stay on this device only (the oldest read ones: the browser’s sync space is full).',
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Waiting for the browser’s limit on sync writes: the next update goes out in about 30 s.',
      'The synced list’s part 4 of 32 was damaged and was ignored (x).',
    ]);
  });

  it('marks an entry known only from another device', () => {
    render(
      <ul>
        <ReadingListItem
          entry={entry(1, { syncedOnly: true, excerpt: null, quotes: [] })}
          onToggleRead={() => {}}
          onDelete={() => {}}
        />
        <ReadingListItem entry={entry(2)} onToggleRead={() => {}} onDelete={() => {}} />
      </ul>,
    );
    expect(screen.getAllByText('Saved on another device')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Story number 1' }).getAttribute('href')).toBe(
      'https://news.example.org/story-1',
    );
  });
});
