import * as z from 'zod/mini';
import { deflateText, inflateText } from './deflate';
import { itemBytes, utf8Length } from './limits';
import { FIELD_GROUPS, isAlive, tombstone, type SyncRecord } from './record';

// One shard of the mirror. Stored in storage.sync as { v: 1, z: <deflated JSON body, base64> }.
// The body is compact on purpose (the whole mirror has about 100 KB): records are positional
// arrays, trailing defaults are left out, repeated strings (site prefixes, publications, lists,
// tags) sit once in the body's string table `s`, and times are base-36 seconds with per-field
// times as offsets from the save time.
//
//   live:      [key, title, times, read, publication?, date?, lists?, tags?, url?, emailUrl?]
//   tombstone: [key, "~" + deletedAt]
//
// key: "<n>|rest" = s[n] + rest; a literal key that starts with a digit or "|" gets a leading "|".
// publication: index into s, -1 = none. date: "YYYY-MM-DD" or 0. lists/tags: indexes into s.
// url: 0 = the key's own URL (null for a key that is not a URL), 1 = none, else the URL.
// emailUrl: 0 = none, else the link back to the email.

export const SHARD_VERSION = 1;

const Key = z.string().check(z.minLength(1));
const Index = z.int().check(z.gte(0));
const LiveTuple = z.tuple([
  Key,
  z.string(),
  z.string(),
  z.union([z.literal(0), z.literal(1)]),
  z.optional(z.int().check(z.gte(-1))),
  z.optional(z.union([z.string(), z.literal(0)])),
  z.optional(z.array(Index)),
  z.optional(z.array(Index)),
  z.optional(z.union([z.string(), z.literal(0), z.literal(1)])),
  z.optional(z.union([z.string(), z.literal(0)])),
]);
const TombstoneTuple = z.tuple([Key, z.string().check(z.startsWith('~'))]);

export const ShardBodySchema = z.object({
  s: z.array(z.string()),
  e: z.array(z.union([TombstoneTuple, LiveTuple])),
});
export type ShardBody = z.infer<typeof ShardBodySchema>;
type Tuple = ShardBody['e'][number];

export const StoredShardSchema = z.object({
  v: z.literal(SHARD_VERSION),
  z: z.string(),
});
export type StoredShard = z.infer<typeof StoredShardSchema>;

export type DecodedShard =
  /** `body` is the inflated JSON: what two devices compare to see whether they agree. */
  | { status: 'ok'; records: SyncRecord[]; body: string }
  | { status: 'corrupt'; problem: string }
  | { status: 'future'; version: number };

const B36 = /^-?[0-9a-z]{1,12}$/;
function parseB36(text: string): number {
  if (!B36.test(text)) throw new Error(`bad time "${text.slice(0, 20)}"`);
  return parseInt(text, 36);
}

/** The part of a URL key shared by every article of one site: "url:https://host/". */
function keyPrefix(key: string): string | null {
  const scheme = key.startsWith('url:https://') ? 12 : key.startsWith('url:http://') ? 11 : -1;
  if (scheme < 0) return null;
  const slash = key.indexOf('/', scheme);
  return slash < 0 ? null : key.slice(0, slash + 1);
}

const urlOfKey = (key: string): string | null => (key.startsWith('url:') ? key.slice(4) : null);

function encodeTimes(r: SyncRecord): string {
  const offsets = FIELD_GROUPS.map((g) => r.at[g] - r.savedAt);
  while (offsets.length > 0 && offsets[offsets.length - 1] === 0) offsets.pop();
  return [r.savedAt, ...offsets].map((n) => n.toString(36)).join(',');
}

/** Encodes one record; `intern` returns a string's index in the shard's table. */
export function encodeRecord(r: SyncRecord, intern: (s: string) => number): Tuple {
  const prefix = keyPrefix(r.key);
  const key = prefix
    ? `${intern(prefix)}|${r.key.slice(prefix.length)}`
    : /^[0-9|]/.test(r.key)
      ? `|${r.key}`
      : r.key;
  if (!isAlive(r)) return [key, `~${r.deletedAt.toString(36)}`];
  const own = urlOfKey(r.key);
  const tuple: unknown[] = [
    key,
    r.title,
    encodeTimes(r),
    r.read ? 1 : 0,
    r.publication === null ? -1 : intern(r.publication),
    r.date ?? 0,
    r.lists.map(intern),
    r.tags.map(intern),
    r.url === own ? 0 : r.url === null ? 1 : r.url,
    r.emailUrl ?? 0,
  ];
  const isDefault = (v: unknown) => v === 0 || v === -1 || (Array.isArray(v) && v.length === 0);
  while (tuple.length > 4 && isDefault(tuple[tuple.length - 1])) tuple.pop();
  return tuple as Tuple;
}

function decodeTuple(t: Tuple, s: readonly string[]): SyncRecord {
  const str = (i: number) => {
    const v = s[i];
    if (v === undefined) throw new Error(`string ${i} is not in the table`);
    return v;
  };
  const bar = t[0].indexOf('|');
  const key =
    bar === 0
      ? t[0].slice(1)
      : bar > 0 && /^[0-9]+$/.test(t[0].slice(0, bar))
        ? str(Number(t[0].slice(0, bar))) + t[0].slice(bar + 1)
        : t[0];
  if (t.length === 2) return tombstone(key, parseB36(t[1].slice(1)));
  const [, title, times, read, pub = -1, date = 0, lists = [], tags = [], url = 0, emailUrl = 0] =
    t;
  const [savedAt = 0, ...offsets] = times.split(',').map(parseB36);
  const at = { title: 0, link: 0, lists: 0, tags: 0, read: 0 };
  FIELD_GROUPS.forEach((g, i) => {
    at[g] = savedAt + (offsets[i] ?? 0);
  });
  if (savedAt < 0 || Object.values(at).some((n) => n < 0)) throw new Error('negative time');
  return {
    key,
    title,
    url: url === 0 ? urlOfKey(key) : url === 1 ? null : url,
    emailUrl: emailUrl === 0 ? null : emailUrl,
    publication: pub === -1 ? null : str(pub),
    date: date === 0 ? null : date,
    lists: lists.map(str),
    tags: tags.map(str),
    read: read === 1,
    savedAt,
    deletedAt: 0,
    at,
  };
}

const problemOf = (issues: readonly { path: PropertyKey[]; message: string }[], what: string) => {
  const issue = issues[0];
  return issue
    ? `${issue.path.map(String).join('.') || what}: ${issue.message}`
    : `invalid ${what}`;
};

/** Reads one stored shard. Never throws: damage and newer formats are reported, not trusted. */
export async function decodeShard(raw: unknown): Promise<DecodedShard> {
  const version =
    raw !== null && typeof raw === 'object' && 'v' in raw ? (raw as { v: unknown }).v : undefined;
  if (typeof version === 'number' && version > SHARD_VERSION) return { status: 'future', version };
  const stored = StoredShardSchema.safeParse(raw);
  if (!stored.success)
    return { status: 'corrupt', problem: problemOf(stored.error.issues, 'shard') };
  let body: string;
  let json: unknown;
  try {
    body = await inflateText(stored.data.z);
    json = JSON.parse(body);
  } catch (err) {
    return { status: 'corrupt', problem: err instanceof Error ? err.message : String(err) };
  }
  const parsed = ShardBodySchema.safeParse(json);
  if (!parsed.success)
    return { status: 'corrupt', problem: problemOf(parsed.error.issues, 'body') };
  try {
    const records = parsed.data.e.map((t) => decodeTuple(t, parsed.data.s));
    return { status: 'ok', records, body };
  } catch (err) {
    return { status: 'corrupt', problem: err instanceof Error ? err.message : String(err) };
  }
}

export interface EncodedShard {
  body: string;
  value: StoredShard;
  /** Stored size: key plus JSON value, UTF-8. */
  bytes: number;
}

export async function encodeShard(key: string, body: ShardBody): Promise<EncodedShard> {
  const text = JSON.stringify(body);
  const value: StoredShard = { v: SHARD_VERSION, z: await deflateText(text) };
  return { body: text, value, bytes: itemBytes(key, value) };
}

const EMPTY_BODY_BYTES = utf8Length(JSON.stringify({ s: [], e: [] }));

/**
 * Builds one shard body record by record, knowing its exact size before deflating (UTF-8) at
 * every step, so the planner can ask what a record would cost before adding it.
 */
export class ShardBuilder {
  private readonly strings: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly tuples: Tuple[] = [];
  bytes: number;

  constructor() {
    this.bytes = EMPTY_BODY_BYTES;
  }

  private trial(r: SyncRecord): { tuple: Tuple; fresh: string[]; cost: number } {
    const fresh: string[] = [];
    const tuple = encodeRecord(r, (text) => {
      const known = this.index.get(text);
      if (known !== undefined) return known;
      const pending = fresh.indexOf(text);
      if (pending >= 0) return this.strings.length + pending;
      fresh.push(text);
      return this.strings.length + fresh.length - 1;
    });
    let cost = utf8Length(JSON.stringify(tuple)) + (this.tuples.length > 0 ? 1 : 0);
    fresh.forEach((text, i) => {
      cost += utf8Length(JSON.stringify(text)) + (this.strings.length + i > 0 ? 1 : 0);
    });
    return { tuple, fresh, cost };
  }

  private last: { r: SyncRecord; trial: ReturnType<ShardBuilder['trial']> } | null = null;

  cost(r: SyncRecord): number {
    this.last = { r, trial: this.trial(r) };
    return this.last.trial.cost;
  }

  add(r: SyncRecord): void {
    const { tuple, fresh, cost } = this.last?.r === r ? this.last.trial : this.trial(r);
    this.last = null;
    for (const text of fresh) {
      this.index.set(text, this.strings.length);
      this.strings.push(text);
    }
    this.tuples.push(tuple);
    this.bytes += cost;
  }

  get size(): number {
    return this.tuples.length;
  }

  body(): ShardBody {
    return { s: [...this.strings], e: [...this.tuples] };
  }
}
