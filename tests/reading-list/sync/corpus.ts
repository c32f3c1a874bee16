import type { ReadingListEntry } from '../../../lib/reading-list/entry';

// A large reading list shaped like a real one: a handful of sites and publications, article
// paths with dates and slugs, titles of newsletter length, a few lists and a pool of tags.

const SITES = [
  ['news.example.org', 'Example News'],
  ['labor.example.net', 'Shop Floor Weekly'],
  ['essays.example.com', 'The Long Letter'],
  ['city.example.org', 'City Hall Notes'],
  ['health.example.net', 'Clinic Dispatch'],
  ['climate.example.org', 'Heat Map'],
] as const;
const SUBJECTS = ['Nurses', 'Tenants', 'Drivers', 'Teachers', 'Farmers', 'Council', 'Riders'];
const VERBS = ['vote to strike at', 'win a contract with', 'organise against', 'rally outside'];
const PLACES = ['the county hospital', 'Riverside depot', 'the school board', 'City Hall'];
export const LISTS = ['Read later', 'Strikes', 'Health', 'Housing', 'Weekend'];
export const TAGS = Array.from({ length: 30 }, (_, i) => `topic-${i}`);

const pick = <T>(xs: readonly T[], n: number): T => xs[n % xs.length]!;

export function bigEntry(n: number, savedAtMs: number, prefix = 'id'): ReadingListEntry {
  const [host, publication] = pick(SITES, n);
  const title = `${pick(SUBJECTS, n)} ${pick(VERBS, n >> 1)} ${pick(PLACES, n >> 2)} (${n})`;
  const url = `https://${host}/2026/03/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const iso = new Date(savedAtMs + n * 60_000).toISOString();
  return {
    id: `${prefix}-${n}`,
    key: `url:${url}`,
    title,
    url,
    emailUrl: `https://mail.example.com/#inbox/${n}`,
    publication,
    authors: ['A. Writer'],
    sender: publication,
    date: `2026-03-${String((n % 28) + 1).padStart(2, '0')}`,
    excerpt: `What story ${n} says, in two sentences.`,
    quotes: [],
    lists: n % 4 === 0 ? [pick(LISTS, n), pick(LISTS, n + 2)] : [pick(LISTS, n)],
    tags: Array.from({ length: (n % 3) + 1 }, (_, i) => pick(TAGS, n * 7 + i * 11)),
    read: n % 3 === 0,
    savedAt: iso,
    updatedAt: iso,
  };
}
