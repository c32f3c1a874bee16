// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { ActionList } from '../../components/ActionList';
import type { Action } from '../../lib/schema';
import { sampleSummary } from '../panel/sample-summary';

// A newsletter's calendar in the panel: many dated events read as one "Upcoming" list, soonest
// first, each with its own "Add to calendar" and the time the email gave.

afterEach(cleanup);

const summary = sampleSummary();
const now = new Date(2026, 2, 5, 8, 0);

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
    render(<ActionList actions={calendar} summary={summary} now={now} onAddToCalendar={onAdd} />);
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
    expect(within(upcoming).getAllByRole('group', { name: /^Add to calendar/ })).toHaveLength(3);
    expect(upcoming.querySelector('time[datetime="2026-03-12T18:30"]')!.textContent).toMatch(
      /18:30/,
    );
    const hearing = within(upcoming).getByRole('group', { name: 'Add to calendar: Fare hearing' });
    fireEvent.click(within(hearing).getByRole('button', { name: '.ics file' }));
    expect(onAdd).toHaveBeenCalledWith(calendar[2]);
    // The time of day reaches the calendar links too.
    const google = within(hearing).getByRole('link', { name: 'Google' }).getAttribute('href')!;
    expect(new URL(google).searchParams.get('dates')).toBe('20260312T183000/20260312T193000');
  });
  it('keeps the kind name for a single dated event', () => {
    render(
      <ActionList
        actions={calendar.slice(0, 3).filter((a) => a.kind !== 'event' || a.time === '18:30')}
        summary={summary}
        now={now}
        onAddToCalendar={() => {}}
      />,
    );
    expect(screen.getByRole('region', { name: 'Events' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Upcoming' })).toBeNull();
  });
  it('marks events that are over as past, after the ones ahead, without a calendar', () => {
    render(
      <ActionList
        actions={calendar}
        summary={summary}
        now={new Date(2026, 2, 13, 9, 0)}
        onAddToCalendar={() => {}}
      />,
    );
    // One dated event still ahead on 13 March (the 14th's ride, the 17th's meeting): "Upcoming".
    const events = screen.getByRole('region', { name: 'Upcoming' });
    const items = within(events).getAllByRole('listitem');
    const labels = items.map((li) => li.querySelector('.action-label')!.textContent);
    expect(labels).toEqual([
      'Ride with the Mayor',
      'South Chapter Meeting',
      'Bring a friend night',
      'Fare hearing',
    ]);
    expect(within(items[3]!).getByText('Past')).toBeTruthy();
    expect(within(items[3]!).queryByRole('group', { name: /Add to calendar/ })).toBeNull();
    expect(within(items[0]!).queryByText('Past')).toBeNull();
  });
  it('a shortened label ("…") shows its whole wording as visible text on demand', () => {
    const long: Action = {
      label: 'Donate to the hardship fund for workers who lose pay during the…',
      text: 'Donate to the hardship fund for workers who lose pay during the walkout next week',
      kind: 'donate',
      url: null,
      date: null,
    };
    render(<ActionList actions={[long]} summary={summary} now={now} onAddToCalendar={() => {}} />);
    const more = screen.getByRole('button', { name: 'Full text' });
    expect(screen.queryByText(long.text!)).toBeNull();
    fireEvent.click(more);
    expect(screen.getByText(long.text!)).toBeTruthy();
    expect(more.getAttribute('aria-expanded')).toBe('true');
  });
  it('a long list of asks shows the first four and folds the rest', () => {
    const many: Action[] = Array.from({ length: 12 }, (_, i) => ({
      label: `Meeting ${i + 1}`,
      kind: 'event',
      url: null,
      date: `2026-04-${String(i + 10)}`,
    }));
    render(<ActionList actions={many} summary={summary} now={now} onAddToCalendar={() => {}} />);
    const list = screen.getByRole('region', { name: 'Calls to action' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    const more = within(list).getByRole('button', { name: 'Show all 12 calls to action' });
    fireEvent.click(more);
    expect(within(list).getAllByRole('listitem')).toHaveLength(12);
    expect(more.getAttribute('aria-expanded')).toBe('true');
  });
});
