import { describe, expect, it } from 'vitest';
import {
  applyQuery,
  DEFAULT_QUERY,
  focusAfterRemoval,
  warmSearch,
} from '../../lib/panel/list-view';
import { NO_PAUSE } from '../../lib/reading-list/pacer';
import { entry } from '../reading-list/helpers';

describe('reading list view logic', () => {
  it('focus after removal: the next remaining row, else the previous, else none', () => {
    const ids = ['a', 'b', 'c', 'd'];
    expect(focusAfterRemoval(ids, new Set(['b']))).toBe('c');
    expect(focusAfterRemoval(ids, new Set(['b', 'c']))).toBe('d');
    expect(focusAfterRemoval(ids, new Set(['d']))).toBe('c');
    expect(focusAfterRemoval(ids, new Set(['c', 'd']))).toBe('b');
    expect(focusAfterRemoval(ids, new Set(ids))).toBeNull();
    expect(focusAfterRemoval(ids, new Set(['zz']))).toBeNull();
  });

  it('search folds accents either way and follows a replaced entry, not a stale copy', async () => {
    const list = [entry(1, { title: 'Café workers organise' }), entry(2, { title: 'Plain title' })];
    await warmSearch(list, NO_PAUSE);
    const q = (search: string, l = list) =>
      applyQuery(l, { ...DEFAULT_QUERY, search }).map((e) => e.id);
    expect(q('cafe')).toEqual(['id-1']);
    expect(q('CAFÉ workers')).toEqual(['id-1']);
    // An edit replaces the entry object: the search reads the new title.
    const edited = [list[0]!, { ...list[1]!, title: 'Renamed to café' }];
    expect(q('cafe', edited).sort()).toEqual(['id-1', 'id-2']);
    expect(q('renamed', edited)).toEqual(['id-2']);
    expect(q('plain', edited)).toEqual([]);
  });

  it('sorts newest first by saved time, and by title with the locale', () => {
    const list = [
      entry(1, { title: 'beta', savedAt: '2026-01-02T00:00:00.000Z' }),
      entry(2, { title: 'Alpha', savedAt: '2026-01-03T00:00:00.000Z' }),
      entry(3, { title: 'Éclair', savedAt: '2026-01-01T00:00:00.000Z' }),
    ];
    const ids = (sort: typeof DEFAULT_QUERY.sort) =>
      applyQuery(list, { ...DEFAULT_QUERY, sort }).map((e) => e.title);
    expect(ids('newest')).toEqual(['Alpha', 'beta', 'Éclair']);
    expect(ids('oldest')).toEqual(['Éclair', 'beta', 'Alpha']);
    expect(ids('title')).toEqual(['Alpha', 'beta', 'Éclair']);
  });
});
