import { articleKey, canonicalUrl } from './article-key';
import { DEFAULT_LIST, type ReadingListEntry } from './entry';

// Other tools' files carry only a URL, a title and a few labels: fill in the rest.

export interface ImportedFields {
  url: string;
  title: string;
  lists?: string[];
  tags?: string[];
  read?: boolean;
  excerpt?: string | null;
  savedAt?: Date | null;
}

export function entryFromImport(
  fields: ImportedFields,
  newId: () => string,
  now: Date,
): ReadingListEntry | null {
  if (!canonicalUrl(fields.url)) return null; // only http(s) articles are worth a reading list entry
  const when = fields.savedAt && !Number.isNaN(fields.savedAt.getTime()) ? fields.savedAt : now;
  const title = fields.title.trim() || fields.url;
  const clean = (xs: string[] | undefined) => [
    ...new Set((xs ?? []).map((x) => x.trim()).filter(Boolean)),
  ];
  const lists = clean(fields.lists);
  return {
    id: newId(),
    key: articleKey({ url: fields.url, title }),
    title,
    url: fields.url.trim(),
    emailUrl: null,
    publication: null,
    authors: [],
    sender: null,
    date: null,
    excerpt: fields.excerpt?.trim() || null,
    quotes: [],
    lists: lists.length ? lists : [DEFAULT_LIST],
    tags: clean(fields.tags),
    read: fields.read ?? false,
    savedAt: when.toISOString(),
    updatedAt: now.toISOString(),
  };
}

/** Unix seconds (as text) to a Date, or null. */
export function fromUnixSeconds(text: string | undefined): Date | null {
  const n = Number(text);
  return text && Number.isFinite(n) && n > 0 ? new Date(n * 1000) : null;
}
