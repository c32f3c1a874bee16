import { DEFAULT_LIST, type ReadingListEntry } from './entry';
import { safeHref } from '../panel/safe-url';
import { ImportError } from './import-error';
import { entryFromImport, fromUnixSeconds } from './imported-entry';

// The Netscape bookmark file every browser, Pinboard, Raindrop and Karakeep read. One folder per
// list (an entry sits in its first list); TAGS is the de-facto Pinboard extension; <DD> holds the
// excerpt. Dates are Unix seconds.

const DOCTYPE = '<!DOCTYPE NETSCAPE-Bookmark-file-1>';

const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/[\r\n\t]/g, ' ');

/** Whether the entry has a web link an export may hand to another program. */
export const hasWebUrl = (e: ReadingListEntry): boolean => safeHref(e.url) !== null;

const seconds = (iso: string) => String(Math.floor(Date.parse(iso) / 1000));

export function exportNetscape(entries: readonly ReadingListEntry[], when: Date): string {
  const folders = new Map<string, ReadingListEntry[]>();
  // Only a link a browser may follow becomes a bookmark (never `javascript:` or `data:`).
  for (const e of entries.filter(hasWebUrl)) {
    const list = e.lists[0] ?? DEFAULT_LIST;
    // Appended in place: copying the folder at each entry made a 25,000-entry export take 19 s.
    const folder = folders.get(list);
    if (folder) folder.push(e);
    else folders.set(list, [e]);
  }
  const now = String(Math.floor(when.getTime() / 1000));
  const out = [
    DOCTYPE,
    '<!-- This is an automatically generated file. It will be read and overwritten. DO NOT EDIT! -->',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Bookmarks</TITLE>',
    '<H1>Bookmarks</H1>',
    '<DL><p>',
  ];
  for (const [list, items] of folders) {
    out.push(`    <DT><H3 ADD_DATE="${now}" LAST_MODIFIED="${now}">${escapeHtml(list)}</H3>`);
    out.push('    <DL><p>');
    for (const e of items) {
      const tags = e.tags.length ? ` TAGS="${escapeHtml(e.tags.join(','))}"` : '';
      out.push(
        `        <DT><A HREF="${escapeHtml(safeHref(e.url) ?? '')}" ADD_DATE="${seconds(e.savedAt)}" LAST_MODIFIED="${seconds(e.updatedAt)}"${tags}>${escapeHtml(e.title)}</A>`,
      );
      if (e.excerpt) out.push(`        <DD>${escapeHtml(e.excerpt)}`);
    }
    out.push('    </DL><p>');
  }
  out.push('</DL><p>', '');
  return out.join('\n');
}

export function looksLikeNetscape(text: string): boolean {
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toUpperCase()
    .startsWith(DOCTYPE.toUpperCase());
}

/** Parses with the caller's HTML parser (DOMParser in the panel); never renders the file. */
export function importNetscape(
  text: string,
  parseHtml: (html: string) => Document,
  newId: () => string,
  now: Date,
): ReadingListEntry[] {
  return netscapeLinks(text, parseHtml).flatMap((a) => bookmarkEntry(a, newId, now) ?? []);
}

/** The bookmarks of a Netscape file, to be turned into entries one at a time. */
export function netscapeLinks(text: string, parseHtml: (html: string) => Document): Element[] {
  if (!looksLikeNetscape(text)) {
    throw new ImportError(
      'This is not a bookmark file (it lacks the NETSCAPE-Bookmark-file-1 header).',
    );
  }
  return Array.from(parseHtml(text).querySelectorAll('a[href]'));
}

/** One bookmark as an entry (its folder is its list), or null when it has no web address. */
export function bookmarkEntry(a: Element, newId: () => string, now: Date): ReadingListEntry | null {
  const dl = a.closest('dl');
  const heading = dl?.previousElementSibling;
  const folder = heading?.tagName.toLowerCase() === 'h3' ? (heading.textContent ?? '').trim() : '';
  const dd = a.closest('dt')?.nextElementSibling;
  return entryFromImport(
    {
      url: a.getAttribute('href') ?? '',
      title: a.textContent ?? '',
      lists: folder ? [folder] : [DEFAULT_LIST],
      tags: (a.getAttribute('tags') ?? '').split(','),
      excerpt: dd?.tagName.toLowerCase() === 'dd' ? dd.textContent : null,
      savedAt: fromUnixSeconds(a.getAttribute('add_date') ?? undefined),
    },
    newId,
    now,
  );
}
