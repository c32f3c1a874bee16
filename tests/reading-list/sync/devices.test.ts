import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { article } from '../helpers';
import { byKey, createWorld, type World } from './devices';

const DAY = 86_400_000;

describe('reading-list sync between two devices', () => {
  let world: World;
  beforeEach(() => {
    world = createWorld();
  });
  afterEach(() => {
    // The double refuses what the browser would; the engine must never attempt such a write.
    expect(world.area.refused).toEqual([]);
  });

  async function pair() {
    const a = world.device('A');
    const b = world.device('B');
    await a.enable();
    await b.enable();
    return { a, b };
  }
  const idOf = async (d: { entries(): Promise<{ key: string; id: string }[]> }, n: number) =>
    (await d.entries()).find((e) => e.key === article(n).key)!.id;

  it('is off by default: nothing is written to storage.sync', async () => {
    const a = world.device('A');
    await a.act((s) => s.save(article(1)));
    expect(await a.pass()).toEqual({ status: 'off' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('an entry saved on one device shows on the other with its title, tags and link', async () => {
    const { a, b } = await pair();
    await a.act((s) => s.save(article(1), { lists: ['Strikes'], tags: ['labor', 'health'] }));
    await world.settle([a, b]);
    const [onB] = await b.entries();
    expect(onB).toMatchObject({
      key: article(1).key,
      title: 'Story number 1',
      url: 'https://news.example.org/story-1',
      publication: 'Example News',
      date: '2026-03-03',
      lists: ['Strikes'],
      tags: ['labor', 'health'],
      read: false,
      syncedOnly: true,
      excerpt: null,
      quotes: [],
    });
    // Saving it on B too brings the full brief and clears the mark.
    const { entry } = await b.act((s) => s.save(article(1)));
    expect(entry.syncedOnly).toBeUndefined();
    expect(entry.excerpt).toBe(article(1).excerpt);
    expect(entry.tags).toEqual(['labor', 'health']);
  });

  it('keeps the full brief where it exists locally when another device edits the entry', async () => {
    const { a, b } = await pair();
    await a.act((s) => s.save(article(1)));
    await b.act((s) => s.save(article(1)));
    await world.settle([a, b]);
    const id = await idOf(b, 1);
    await b.act((s) => s.update(id, { tags: ['later'], read: true }));
    await world.settle([a, b]);
    const [onA] = await a.entries();
    expect(onA).toMatchObject({ tags: ['later'], read: true, excerpt: article(1).excerpt });
    expect(onA!.quotes).toEqual(article(1).quotes);
    expect(onA!.syncedOnly).toBeUndefined();
  });

  it('concurrent edits on two devices: per field the later edit wins', async () => {
    const { a, b } = await pair();
    await a.act((s) => s.save(article(1), { tags: ['base'] }));
    await world.settle([a, b]);
    const idA = await idOf(a, 1);
    const idB = await idOf(b, 1);
    // B is offline while both edit.
    await b.offline();
    await a.act((s) => s.update(idA, { title: 'Title from A', tags: ['base', 'from-a'] }));
    world.clock.advance(5_000);
    await b.act((s) => s.update(idB, { title: 'Title from B', read: true }));
    await b.act((s) => s.update(idB, { tags: ['base', 'from-b'] }));
    world.clock.advance(5_000);
    await a.act((s) => s.update(idA, { lists: ['Strikes'] }));
    await b.online();
    await world.settle([b, a]);
    const expected = {
      title: 'Title from B',
      read: true,
      lists: ['Strikes'],
      // Tags are one field: B's change is the later one (A's lists edit is later still).
      tags: ['base', 'from-b'],
    };
    expect(byKey(await a.entries())).toEqual([expect.objectContaining(expected)]);
    expect(byKey(await b.entries())).toEqual(byKey(await a.entries()));
  });

  it('the same article saved on both devices before they sync keeps both sets of tags', async () => {
    const { a, b } = await pair();
    await a.act((s) => s.save(article(1), { lists: ['Strikes'], tags: ['from-a'] }));
    await b.act((s) => s.save(article(1), { lists: ['Read later'], tags: ['from-b'] }));
    await world.settle([a, b]);
    for (const d of [a, b]) {
      const [e] = byKey(await d.entries());
      expect(e).toMatchObject({ lists: ['Read later', 'Strikes'], tags: ['from-a', 'from-b'] });
    }
  });

  it('the same conflict resolves the same way whichever device syncs first', async () => {
    const results: string[] = [];
    for (const order of ['AB', 'BA']) {
      world = createWorld();
      const { a, b } = await pair();
      await a.act((s) => s.save(article(1)));
      await world.settle([a, b]);
      await a.offline();
      await b.offline();
      const idB = await idOf(b, 1);
      const idA = await idOf(a, 1);
      await b.act((s) => s.update(idB, { title: 'Older edit on B' }));
      world.clock.advance(60_000);
      await a.act((s) => s.update(idA, { title: 'Newer edit on A' }));
      for (const d of order === 'AB' ? [a, b] : [b, a]) await d.online();
      await world.settle(order === 'AB' ? [a, b] : [b, a]);
      results.push((await a.entries())[0]!.title, (await b.entries())[0]!.title);
    }
    expect(results).toEqual(Array(4).fill('Newer edit on A'));
  });

  it('a deletion beats an older edit', async () => {
    const { a, b } = await pair();
    await a.act((s) => s.save(article(1)));
    await a.act((s) => s.save(article(2)));
    await world.settle([a, b]);
    await b.offline();
    const idB = await idOf(b, 1);
    await b.act((s) => s.update(idB, { tags: ['edited-before-delete'] }));
    world.clock.advance(60_000);
    const idA = await idOf(a, 1);
    await a.act((s) => s.remove([idA]));
    await b.online();
    await world.settle([b, a]);
    expect((await a.entries()).map((e) => e.key)).toEqual([article(2).key]);
    expect((await b.entries()).map((e) => e.key)).toEqual([article(2).key]);
  });

  it('a deletion loses to a newer edit: the entry comes back everywhere', async () => {
    const { a, b } = await pair();
    await a.act((s) => s.save(article(1)));
    await world.settle([a, b]);
    await b.offline();
    const idA = await idOf(a, 1);
    await a.act((s) => s.remove([idA]));
    world.clock.advance(60_000);
    const idB = await idOf(b, 1);
    await b.act((s) => s.update(idB, { tags: ['still-wanted'] }));
    await b.online();
    await world.settle([a, b]);
    expect((await a.entries()).map((e) => e.tags)).toEqual([['still-wanted']]);
    expect((await b.entries()).map((e) => e.tags)).toEqual([['still-wanted']]);
  });

  it('a device offline for weeks merges cleanly both ways', async () => {
    const { a, b } = await pair();
    for (let i = 0; i < 20; i++) await a.act((s) => s.save(article(i), { tags: [`t${i % 3}`] }));
    await world.settle([a, b]);
    const aIds = new Map((await a.entries()).map((e) => [e.key, e.id]));
    const bIds = new Map((await b.entries()).map((e) => [e.key, e.id]));
    await b.offline();
    for (let day = 0; day < 21; day++) {
      world.clock.advance(DAY);
      await a.act((s) => s.save(article(100 + day)));
      await b.act((s) => s.save(article(200 + day), { lists: ['Commute'] }));
      if (day < 5) await a.act((s) => s.remove([aIds.get(article(day).key)!]));
      if (day >= 5 && day < 10) {
        await b.act((s) => s.update(bIds.get(article(day).key)!, { read: true }));
      }
      if (day === 12) await b.act((s) => s.remove([bIds.get(article(15).key)!]));
    }
    await b.online();
    await world.settle([a, b]);
    const onA = byKey(await a.entries());
    expect(byKey(await b.entries())).toEqual(onA);
    const keys = new Set(onA.map((e) => e.key));
    expect(keys.size).toBe(onA.length);
    expect(onA).toHaveLength(20 - 5 - 1 + 21 + 21);
    expect(keys.has(article(0).key)).toBe(false);
    expect(keys.has(article(15).key)).toBe(false);
    expect(onA.filter((e) => e.read).map((e) => e.key)).toEqual(
      [5, 6, 7, 8, 9].map((i) => article(i).key).sort(),
    );
  });

  it('a list emptied all at once (recovered from damage) is refilled, not emptied everywhere', async () => {
    const { a, b } = await pair();
    for (let n = 0; n < 5; n++) await a.act((s) => s.save(article(n)));
    await world.settle([a, b]);
    await a.act((s) => s.recoverCorrupt());
    await world.settle([a, b]);
    expect(await b.entries()).toHaveLength(5);
    expect(await a.entries()).toHaveLength(5);
    expect((await a.report()).problems).toEqual([]);
    // Deleting entries one by one still deletes them everywhere, down to the last.
    for (const e of await a.entries()) await a.act((s) => s.remove([e.id]));
    await world.settle([a, b]);
    expect(await b.entries()).toEqual([]);
    expect(await a.entries()).toEqual([]);
  });

  it('one user action makes at most one storage.sync.set call', async () => {
    const { a, b } = await pair();
    await a.act((s) => s.save(article(1)));
    await world.settle([a, b]);
    const before = world.area.accepted;
    const id = await idOf(a, 1);
    await a.act((s) => s.update(id, { read: true }));
    await world.settle([a, b]);
    expect(world.area.accepted - before).toBe(1);
  });

  it('turning sync off keeps every local entry and stops writing', async () => {
    const { a, b } = await pair();
    await a.act((s) => s.save(article(1)));
    await world.settle([a, b]);
    await b.enable(false);
    await a.act((s) => s.save(article(2)));
    await world.settle([a, b]);
    expect((await b.entries()).map((e) => e.key)).toEqual([article(1).key]);
    await a.enable(false);
    const writes = world.area.accepted;
    await a.act((s) => s.save(article(3)));
    await world.settle([a, b]);
    expect(world.area.accepted).toBe(writes);
    expect(await a.entries()).toHaveLength(3);
  });
});
