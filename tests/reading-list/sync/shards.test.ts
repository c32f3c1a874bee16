import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deflateText } from '../../../lib/reading-list/sync/deflate';
import { utf8Length } from '../../../lib/reading-list/sync/limits';
import { shardKeys, shardOf } from '../../../lib/reading-list/sync/mirror-plan';
import { ShardBuilder, decodeShard, encodeShard } from '../../../lib/reading-list/sync/shard-codec';
import { sameClocks, tombstone, type SyncRecord } from '../../../lib/reading-list/sync/record';
import { article } from '../helpers';
import { byKey, createWorld, type World } from './devices';

const record = (over: Partial<SyncRecord>): SyncRecord => ({
  key: 'url:https://news.example.org/a',
  title: 'A title',
  url: 'https://news.example.org/a',
  emailUrl: null,
  publication: 'Example News',
  date: '2026-03-03',
  lists: ['Read later'],
  tags: ['labor'],
  read: false,
  savedAt: 1_772_000_000,
  deletedAt: 0,
  at: sameClocks(1_772_000_000),
  ...over,
});

async function roundTrip(records: SyncRecord[]) {
  const builder = new ShardBuilder();
  for (const r of records) builder.add(r);
  const encoded = await encodeShard('rl1.00', builder.body());
  expect(utf8Length(encoded.body)).toBe(builder.bytes); // the planner's count is exact
  const decoded = await decodeShard(encoded.value);
  expect(decoded.status).toBe('ok');
  return decoded.status === 'ok' ? decoded.records : [];
}

describe('sync shard format', () => {
  it('round-trips every kind of record exactly', async () => {
    const records = [
      record({}),
      record({
        key: 'url:https://news.example.org/b',
        title: 'Grève générale 🚩 «titre»',
        read: true,
      }),
      record({
        key: 'email:gmail:1234',
        url: null,
        emailUrl: 'https://mail.google.com/mail/u/0/#inbox/1234',
        publication: null,
        date: null,
        lists: [],
        tags: [],
        at: {
          title: 1_772_000_500,
          link: 1_772_000_000,
          lists: 1_771_999_000,
          tags: 1_772_000_000,
          read: 1_772_009_999,
        },
      }),
      record({ key: '42|odd key', url: 'https://elsewhere.example/x', title: 'Odd' }),
      record({ key: 'url:https://news.example.org/c', url: null }),
      { ...tombstone('url:https://news.example.org/gone', 1_772_100_000) },
    ];
    const back = await roundTrip(records);
    expect(back.slice(0, 5)).toEqual(records.slice(0, 5));
    expect(back[5]).toEqual(tombstone('url:https://news.example.org/gone', 1_772_100_000));
  });

  it('reports damage and newer versions instead of trusting them', async () => {
    expect(await decodeShard({ v: 2, anything: true })).toEqual({ status: 'future', version: 2 });
    for (const bad of [
      null,
      'text',
      { v: 1 },
      { v: 1, z: '***not base64***' },
      { v: 1, z: await deflateText('{"s":[],"e":[["k","t","zz",1,5]]}') }, // index 5 not in table
      { v: 1, z: await deflateText('{"s":[],"e":[["k","t","!",1]]}') }, // bad time
      { v: 1, z: await deflateText('not json') },
      { v: 1, z: await deflateText(' '.repeat(2_000_000)) }, // inflates past the cap
    ]) {
      expect((await decodeShard(bad)).status).toBe('corrupt');
    }
  });

  it('puts an article in the same shard on every device', () => {
    expect(shardKeys).toHaveLength(32);
    expect(shardOf('url:https://news.example.org/a')).toBe(
      shardOf('url:https://news.example.org/a'),
    );
    const used = new Set(
      Array.from({ length: 2000 }, (_, i) => shardOf(`url:https://x.example/${i}`)),
    );
    expect(used.size).toBe(32);
  });
});

describe('damaged and newer shards on two devices', () => {
  let world: World;
  beforeEach(() => {
    world = createWorld();
  });
  afterEach(() => {
    expect(world.area.refused).toEqual([]);
  });

  it('are ignored and reported, never destroy local data; a damaged one is rewritten', async () => {
    const a = world.device('A');
    const b = world.device('B');
    await a.enable();
    for (let n = 0; n < 120; n++) await a.store.save(article(n), { tags: [`t${n % 5}`] });
    await a.pass();
    const before = byKey(await a.entries());
    const [damaged, newer] = [shardOf(article(1).key), shardOf(article(2).key)];
    expect(damaged).not.toBe(newer);
    const future = { v: 2, rows: 'a format from a later MailGist' };
    await fakeBrowser.storage.sync.set({ [damaged]: { v: 1, z: 'garbage!' }, [newer]: future });

    await a.pass();
    expect(byKey(await a.entries())).toEqual(before);
    const report = await a.report();
    expect(report.problems).toHaveLength(2);
    expect(report.problems.join(' ')).toMatch(/damaged and was ignored/);
    expect(report.problems.join(' ')).toMatch(/newer version of MailGist/);
    const stored = await fakeBrowser.storage.sync.get([damaged, newer]);
    expect(stored[newer]).toEqual(future);
    expect((await decodeShard(stored[damaged])).status).toBe('ok');

    // A second device gets every article except those in the shard it cannot read.
    await b.enable();
    await world.settle([a, b]);
    const onB = new Set((await b.entries()).map((e) => e.key));
    expect(onB.has(article(1).key)).toBe(true);
    expect(onB.has(article(2).key)).toBe(false);
    const inNewer = before.filter((e) => shardOf(e.key) === newer).length;
    expect(onB.size).toBe(120 - inNewer);
    expect(await a.report()).toMatchObject({ mirrored: 120 - inNewer, localOnly: inNewer });
    expect(byKey(await a.entries())).toEqual(before);
  });

  it('a damaged ledger on this device is rebuilt without deleting anything', async () => {
    const a = world.device('A');
    const b = world.device('B');
    await a.enable();
    await b.enable();
    for (let n = 0; n < 5; n++) await a.act((s) => s.save(article(n)));
    await world.settle([a, b]);
    await fakeBrowser.storage.local.set({ 'B.readingListSync': { v: 1, ledger: 'broken' } });
    await world.settle([a, b]);
    expect(await b.entries()).toHaveLength(5);
    expect(await a.entries()).toHaveLength(5);
  });
});
