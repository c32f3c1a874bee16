import { describe, expect, it } from 'vitest';
import { planParts, type StoredPart } from '../../lib/reading-list/list-parts';

const items = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ n: from + i }));
/** The plan's parts as stored parts, for the next change. */
const stored = (plan: ReturnType<typeof planParts>): StoredPart[] =>
  plan.parts.map(({ id, items }) => ({ id, items }));

describe('planParts', () => {
  it('cuts a new list into fresh parts of at most the part size, in order', () => {
    const list = items(450);
    const plan = planParts([], list, 7, 200);
    expect(plan.parts.map((p) => [p.id, p.items.length, p.fresh])).toEqual([
      [7, 200, true],
      [8, 200, true],
      [9, 50, true],
    ]);
    expect(plan.parts.flatMap((p) => p.items)).toEqual(list);
    expect(plan.nextId).toBe(10);
  });

  it('keeps every part of an unchanged list', () => {
    const list = items(450);
    const first = planParts([], list, 0, 200);
    const again = planParts(stored(first), list.slice(), first.nextId, 200);
    expect(again.parts.filter((p) => p.fresh)).toEqual([]);
    expect(again.parts.map((p) => p.id)).toEqual([0, 1, 2]);
  });

  it('rewrites only the part holding a changed entry', () => {
    const list = items(600);
    const first = planParts([], list, 0, 200);
    const next: unknown[] = list.slice();
    next[250] = { n: 250, read: true };
    const plan = planParts(stored(first), next, first.nextId, 200);
    expect(plan.parts.map((p) => [p.fresh, p.items.length])).toEqual([
      [false, 200],
      [true, 200],
      [false, 200],
    ]);
    expect(plan.parts.flatMap((p) => p.items)).toEqual(next);
  });

  it('rewrites only the part an entry was deleted from', () => {
    const list = items(600);
    const first = planParts([], list, 0, 200);
    const next = list.filter((_, i) => i !== 450);
    const plan = planParts(stored(first), next, first.nextId, 200);
    expect(plan.parts.filter((p) => p.fresh).map((p) => p.items.length)).toEqual([199]);
    expect(plan.parts.flatMap((p) => p.items)).toEqual(next);
  });

  it('puts a new entry at the top into the first part instead of a part of its own', () => {
    const list = items(400);
    const first = planParts([], list, 0, 200);
    // The first part is full: the new entry starts a part of its own, the rest are kept.
    const next = [{ n: -1 }, ...list];
    const plan = planParts(stored(first), next, first.nextId, 200);
    expect(plan.parts.map((p) => [p.fresh, p.items.length])).toEqual([
      [true, 1],
      [false, 200],
      [false, 200],
    ]);
    // The next save joins that small part: parts do not multiply one save at a time.
    const later = [{ n: -2 }, ...next];
    const plan2 = planParts(stored(plan), later, plan.nextId, 200);
    expect(plan2.parts.map((p) => [p.fresh, p.items.length])).toEqual([
      [true, 2],
      [false, 200],
      [false, 200],
    ]);
  });

  it('a thousand saves one at a time leave few parts', () => {
    let parts: StoredPart[] = [];
    let list: unknown[] = [];
    let nextId = 0;
    for (let i = 0; i < 1000; i++) {
      list = [{ n: i }, ...list];
      const plan = planParts(parts, list, nextId, 200);
      parts = stored(plan);
      nextId = plan.nextId;
      expect(plan.parts.filter((p) => p.fresh).length).toBeLessThanOrEqual(1);
    }
    expect(parts.flatMap((p) => p.items)).toEqual(list);
    expect(parts.length).toBeLessThanOrEqual(25);
  });

  it('keeps parts whose entries moved as a whole, and a part only once', () => {
    const list = items(400);
    const first = planParts([], list, 0, 200);
    const swapped = [...list.slice(200), ...list.slice(0, 200)];
    const plan = planParts(stored(first), swapped, first.nextId, 200);
    expect(plan.parts.map((p) => [p.id, p.fresh])).toEqual([
      [1, false],
      [0, false],
    ]);
    const twice = [...list.slice(0, 200), ...list.slice(0, 200)];
    const plan2 = planParts(stored(first), twice, first.nextId, 200);
    expect(plan2.parts.map((p) => p.fresh)).toEqual([false, true]);
    expect(plan2.parts.flatMap((p) => p.items)).toEqual(twice);
  });

  it('an empty list has no parts', () => {
    const first = planParts([], items(3), 0, 200);
    expect(planParts(stored(first), [], first.nextId, 200).parts).toEqual([]);
  });
});
