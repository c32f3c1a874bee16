import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeRecords } from '../../../lib/reading-list/sync/merge-records';
import { isAlive, type SyncRecord } from '../../../lib/reading-list/sync/record';

const TAG = fc.constantFrom('labor', 'health', 'tech', 'housing');
const CLOCK = fc.integer({ min: 1, max: 20 });
const recordArb: fc.Arbitrary<SyncRecord> = fc.record({
  key: fc.constant('url:https://news.example.org/a'),
  title: fc.constantFrom('One', 'Two', 'Three'),
  url: fc.constant('https://news.example.org/a'),
  emailUrl: fc.constant(null),
  publication: fc.constantFrom('Example News', null),
  date: fc.constantFrom('2026-03-03', null),
  lists: fc.uniqueArray(fc.constantFrom('Read later', 'Strikes'), { maxLength: 2 }),
  tags: fc.uniqueArray(TAG, { maxLength: 3 }),
  read: fc.boolean(),
  savedAt: fc.constant(1),
  deletedAt: fc.integer({ min: 0, max: 20 }),
  at: fc.record({ title: CLOCK, link: CLOCK, lists: CLOCK, tags: CLOCK, read: CLOCK }),
});

const normal = (r: SyncRecord) => ({
  ...r,
  lists: [...r.lists].sort(),
  tags: [...r.tags].sort(),
});

describe('merging two copies of a record', () => {
  it('agrees whichever copy is local (per field the later edit wins, ties by value)', () => {
    fc.assert(
      fc.property(recordArb, recordArb, recordArb, (a, b, base) => {
        expect(normal(mergeRecords(a, b, base))).toEqual(normal(mergeRecords(b, a, base)));
        expect(normal(mergeRecords(a, b, null))).toEqual(normal(mergeRecords(b, a, null)));
      }),
    );
  });

  it('is idempotent, and merging again with either input changes nothing', () => {
    fc.assert(
      fc.property(recordArb, recordArb, (a, b) => {
        const m = mergeRecords(a, b, null);
        expect(mergeRecords(m, m, m)).toBe(m);
        expect(normal(mergeRecords(m, a, m))).toEqual(normal(m));
        expect(normal(mergeRecords(m, b, m))).toEqual(normal(m));
      }),
    );
  });

  it('a deletion beats older edits and loses to a newer one', () => {
    fc.assert(
      fc.property(recordArb, recordArb, (a, b) => {
        const m = mergeRecords(a, b, null);
        const newest = Math.max(...Object.values(a.at), ...Object.values(b.at));
        expect(isAlive(m)).toBe(newest > Math.max(a.deletedAt, b.deletedAt));
      }),
    );
  });

  it('keeps tags added on both sides since they last agreed', () => {
    const base: SyncRecord = {
      key: 'k',
      title: 'T',
      url: null,
      emailUrl: null,
      publication: null,
      date: null,
      lists: ['Read later'],
      tags: ['base', 'dropped'],
      read: false,
      savedAt: 1,
      deletedAt: 0,
      at: { title: 1, link: 1, lists: 1, tags: 1, read: 1 },
    };
    const local = { ...base, tags: ['base', 'mine'], at: { ...base.at, tags: 5 } };
    const remote = { ...base, tags: ['base', 'dropped', 'theirs'], at: { ...base.at, tags: 7 } };
    const m = mergeRecords(local, remote, base);
    expect(m.tags).toEqual(['base', 'theirs', 'mine']);
    expect(m.at.tags).toBe(8); // newer than both, so it wins wherever either copy still is
  });
});
