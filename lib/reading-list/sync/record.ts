import * as z from 'zod/mini';
import { canonicalUrl } from '../article-key';
import type { ReadingListEntry } from '../entry';

// The compact, per-article index that sync carries: what the list view needs (title, link,
// publication, date, lists, tags, read state) with one edit time per field group, so "the later
// edit wins" field by field. Times are whole seconds since the Unix epoch; 0 means "never".
// A record whose deletion is newer than every edit is a tombstone.

export const FIELD_GROUPS = ['title', 'link', 'lists', 'tags', 'read'] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

const Seconds = z.int().check(z.gte(0));

export const SyncRecordSchema = z.object({
  key: z.string().check(z.minLength(1)),
  title: z.string(),
  /** The article's link as synced (canonical form), else null. */
  url: z.nullable(z.string()),
  /** Back to the email, kept only when there is no web link (the message reference). */
  emailUrl: z.nullable(z.string()),
  publication: z.nullable(z.string()),
  date: z.nullable(z.string()),
  lists: z.array(z.string().check(z.minLength(1))),
  tags: z.array(z.string().check(z.minLength(1))),
  read: z.boolean(),
  savedAt: Seconds,
  deletedAt: Seconds,
  at: z.object({
    title: Seconds,
    link: Seconds,
    lists: Seconds,
    tags: Seconds,
    read: Seconds,
  }),
});
export type SyncRecord = z.infer<typeof SyncRecordSchema>;
export type FieldClocks = SyncRecord['at'];

export const toSeconds = (iso: string): number => {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
};
export const toIso = (seconds: number): string => new Date(seconds * 1000).toISOString();

export const lastEdit = (r: SyncRecord): number => Math.max(...FIELD_GROUPS.map((g) => r.at[g]));
export const isAlive = (r: SyncRecord): boolean => lastEdit(r) > r.deletedAt;

/** The link as sync carries it: tracking parameters dropped (they are the key's, too). */
export const syncedUrl = (url: string | null): string | null =>
  url === null ? null : (canonicalUrl(url) ?? url);

type Values = Omit<SyncRecord, 'key' | 'savedAt' | 'deletedAt' | 'at'>;

/** The synced values of a local entry. */
export function valuesOf(entry: ReadingListEntry): Values {
  const url = syncedUrl(entry.url);
  return {
    title: entry.title,
    url,
    emailUrl: url === null ? entry.emailUrl : null,
    publication: entry.publication,
    date: entry.date,
    lists: entry.lists,
    tags: entry.tags,
    read: entry.read,
  };
}

const GROUP_FIELDS: Record<FieldGroup, readonly (keyof Values)[]> = {
  title: ['title'],
  link: ['url', 'emailUrl', 'publication', 'date'],
  lists: ['lists'],
  tags: ['tags'],
  read: ['read'],
};

const sameValue = (a: unknown, b: unknown): boolean =>
  a === b ||
  (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]));

/** Whether two records (or entry values) agree on one group. */
export function sameGroup(a: Values, b: Values, group: FieldGroup): boolean {
  return GROUP_FIELDS[group].every((f) => sameValue(a[f], b[f]));
}

/** One group's values as a comparable string (also the tie-break between equal edit times). */
export function groupText(values: Values, group: FieldGroup): string {
  return JSON.stringify(GROUP_FIELDS[group].map((f) => values[f]));
}

export function copyGroup<T extends Values>(into: T, from: Values, group: FieldGroup): T {
  const next = { ...into };
  for (const f of GROUP_FIELDS[group]) (next as Values)[f] = from[f] as never;
  return next;
}

export function recordOf(entry: ReadingListEntry, at: FieldClocks, deletedAt = 0): SyncRecord {
  return {
    key: entry.key,
    ...valuesOf(entry),
    savedAt: toSeconds(entry.savedAt),
    deletedAt,
    at: { ...at },
  };
}

export const sameClocks = (t: number): FieldClocks => ({
  title: t,
  link: t,
  lists: t,
  tags: t,
  read: t,
});

/** A deletion known only by its key and time (what the mirror keeps of a deleted entry). */
export function tombstone(key: string, deletedAt: number): SyncRecord {
  return {
    key,
    title: '',
    url: null,
    emailUrl: null,
    publication: null,
    date: null,
    lists: [],
    tags: [],
    read: false,
    savedAt: 0,
    deletedAt,
    at: sameClocks(0),
  };
}
