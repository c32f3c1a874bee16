import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ArticleInput } from '../../lib/reading-list/store';
import type { ReadingListEntry } from '../../lib/reading-list/entry';

export function article(n: number, extra: Partial<ArticleInput> = {}): ArticleInput {
  return {
    key: `url:https://news.example.org/story-${n}`,
    title: `Story number ${n}`,
    url: `https://news.example.org/story-${n}`,
    emailUrl: `https://mail.google.com/mail/u/0/#inbox/msg${n}`,
    publication: 'Example News',
    authors: ['Ada Writer'],
    sender: 'Example Digest',
    date: '2026-03-03',
    excerpt: `The gist of story ${n}, with "quotes", commas; and a\nnewline.`,
    quotes: [{ text: `A quotable line number ${n} for the record`, speaker: 'Kieran Knutson' }],
    ...extra,
  };
}

export function entry(n: number, extra: Partial<ReadingListEntry> = {}): ReadingListEntry {
  const { key, ...rest } = article(n);
  return {
    id: `id-${n}`,
    key,
    ...rest,
    lists: ['Read later'],
    tags: [],
    read: false,
    savedAt: `2026-03-0${(n % 9) + 1}T10:00:00.000Z`,
    updatedAt: `2026-03-0${(n % 9) + 1}T10:00:00.000Z`,
    ...extra,
  };
}

/**
 * The stored list as storage.local holds it, read without the store's code: the parts its index
 * names, in order, or the v2 array under `readingList` before the first write moved it.
 */
export async function storedList(base = 'readingList'): Promise<unknown> {
  const area = fakeBrowser.storage.local;
  const index = (await area.get(`${base}.index`))[`${base}.index`] as
    { parts: number[] } | undefined;
  if (!index) return (await area.get(base))[base];
  const keys = index.parts.map((id) => `${base}.part.${id}`);
  const parts = await area.get(keys);
  return keys.flatMap((k) => parts[k] as unknown[]);
}

/** storedList as JSON, for byte-for-byte comparisons. */
export const storedJson = async (base?: string) => JSON.stringify(await storedList(base));
