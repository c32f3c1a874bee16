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
