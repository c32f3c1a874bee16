import { DEFAULT_LIST, type ReadingListEntry } from './entry';
import { safeHref } from '../panel/safe-url';
import { ImportError } from './import-error';
import { runExporter, type EntryExporter } from './entry-exporter';
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

interface Bookmark {
  folder: string;
  lines: string;
}

export function netscapeExporter(when: Date): EntryExporter<Bookmark> {
  const now = String(Math.floor(when.getTime() / 1000));
  return {
    // Only a link a browser may follow becomes a bookmark (never `javascript:` or `data:`).
    piece(e) {
      if (!hasWebUrl(e)) return null;
      const tags = e.tags.length ? ` TAGS="${escapeHtml(e.tags.join(','))}"` : '';
      const link = `        <DT><A HREF="${escapeHtml(safeHref(e.url) ?? '')}" ADD_DATE="${seconds(e.savedAt)}" LAST_MODIFIED="${seconds(e.updatedAt)}"${tags}>${escapeHtml(e.title)}</A>`;
      const note = e.excerpt ? `\n        <DD>${escapeHtml(e.excerpt)}` : '';
      return { folder: e.lists[0] ?? DEFAULT_LIST, lines: link + note };
    },
    finish(bookmarks) {
      // One folder per list, in the order the lists first appear.
      const folders = new Map<string, string[]>();
      for (const b of bookmarks) {
        const folder = folders.get(b.folder);
        if (folder) folder.push(b.lines);
        else folders.set(b.folder, [b.lines]);
      }
      const out = [
        DOCTYPE,
        '<!-- This is an automatically generated file. It will be read and overwritten. DO NOT EDIT! -->',
        '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
        '<TITLE>Bookmarks</TITLE>',
        '<H1>Bookmarks</H1>',
        '<DL><p>',
      ];
      for (const [list, lines] of folders) {
        out.push(`    <DT><H3 ADD_DATE="${now}" LAST_MODIFIED="${now}">${escapeHtml(list)}</H3>`);
        out.push('    <DL><p>', ...lines, '    </DL><p>');
      }
      out.push('</DL><p>');
      return out.map((line) => `${line}\n`);
    },
  };
}

export function exportNetscape(entries: readonly ReadingListEntry[], when: Date): string {
  return runExporter(netscapeExporter(when), entries).content as string;
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
