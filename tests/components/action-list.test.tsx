// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { ActionList } from '../../components/ActionList';
import type { Action } from '../../lib/schema';

// A newsletter's calendar in the panel: many dated events read as one "Upcoming" list, soonest
// first, each with its own "Add to calendar" and the time the email gave.

afterEach(cleanup);

const calendar: Action[] = [
  { label: 'Donate to the fund', kind: 'donate', url: 'https://give.example.org/', date: null },
  { label: 'South Chapter Meeting', kind: 'event', url: null, date: '2026-03-17', time: '19:00' },
  {
    label: 'Fare hearing',
    kind: 'event',
    url: 'https://r.example.org/h',
    date: '2026-03-12',
    time: '18:30',
  },
  { label: 'Bring a friend night', kind: 'event', url: null, date: null },
  { label: 'Ride with the Mayor', kind: 'event', url: null, date: '2026-03-14' },
];

describe('ActionList: upcoming events', () => {
  it('lists dated events as "Upcoming", soonest first, each with Add to calendar', () => {
    const onAdd = vi.fn();
    render(<ActionList actions={calendar} onAddToCalendar={onAdd} />);
    const upcoming = screen.getByRole('region', { name: 'Upcoming' });
    const labels = within(upcoming)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.action-label')!.textContent);
    expect(labels).toEqual([
      'Fare hearing',
      'Ride with the Mayor',
      'South Chapter Meeting',
      'Bring a friend night',
    ]);
    expect(within(upcoming).getAllByRole('button', { name: /^Add to calendar/ })).toHaveLength(3);
    expect(upcoming.querySelector('time[datetime="2026-03-12T18:30"]')!.textContent).toMatch(
      /18:30/,
    );
    fireEvent.click(
      within(upcoming).getByRole('button', { name: 'Add to calendar: Fare hearing' }),
    );
    expect(onAdd).toHaveBeenCalledWith(calendar[2]);
  });
  it('keeps the kind name for a single dated event', () => {
    render(
      <ActionList
        actions={calendar.slice(0, 3).filter((a) => a.kind !== 'event' || a.time === '18:30')}
        onAddToCalendar={() => {}}
      />,
    );
    expect(screen.getByRole('region', { name: 'Events' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Upcoming' })).toBeNull();
  });
});
