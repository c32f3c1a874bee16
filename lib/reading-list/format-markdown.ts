import { markdownInline, markdownText, markdownUrl } from '../markdown-escape';
import type { ReadingListEntry } from './entry';
import { runExporter, type EntryExporter } from './entry-exporter';
import { zipMember, zipMembers, type ZipMember } from './zip';

// Obsidian-friendly notes: one Markdown file per article, with YAML front matter using the
// property names Readwise's Obsidian export uses (title, author, url, date, tags, category), then
// the summary and the saved quotes as `> ` blocks. Several notes travel as one .zip.

/**
 * A YAML double-quoted scalar: safe for any text, including colons, quotes and newlines. JSON
 * escapes C0 controls, quotes and backslashes; the characters some YAML parsers also take as a line
 * break or drop (DEL, C1 controls with NEL, U+2028/2029, BOM) are escaped too, so no value can
 * start a line of its own.
 */
export function yamlString(s: string): string {
  return JSON.stringify(s).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A value written bare only when it has exactly the expected shape; quoted otherwise. */
const yamlShaped = (s: string | null, shape: RegExp) =>
  s === null ? 'null' : shape.test(s) ? s : yamlString(s);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

function yamlList(items: readonly string[]): string {
  return items.length ? '\n' + items.map((i) => `  - ${yamlString(i)}`).join('\n') : ' []';
}

/** Obsidian tags cannot contain spaces. */
const tagName = (t: string) => t.trim().replace(/\s+/g, '-');

export function markdownNote(entry: ReadingListEntry): string {
  const lines = [
    '---',
    `title: ${yamlString(entry.title)}`,
    `author:${yamlList(entry.authors)}`,
    `publication: ${entry.publication ? yamlString(entry.publication) : 'null'}`,
    `url: ${entry.url ? yamlString(entry.url) : 'null'}`,
    `email: ${entry.emailUrl ? yamlString(entry.emailUrl) : 'null'}`,
    `date: ${yamlShaped(entry.date || null, ISO_DATE)}`,
    `saved: ${yamlShaped(entry.savedAt, ISO_TIME)}`,
    `category: article`,
    `lists:${yamlList(entry.lists)}`,
    `tags:${yamlList(entry.tags.map(tagName))}`,
    `read: ${entry.read}`,
    '---',
    '',
    `# ${markdownInline(entry.title)}`,
    '',
  ];
  // Everything below the front matter came from an email or a file: written as literal text.
  if (entry.excerpt) lines.push(markdownText(entry.excerpt), '');
  const url = markdownUrl(entry.url);
  if (url) lines.push(`[Read the article](${url})`, '');
  if (entry.quotes.length) {
    lines.push('## Quotes', '');
    for (const q of entry.quotes) {
      lines.push(
        ...markdownText(q.text)
          .split('\n')
          .map((l) => `> ${l}`),
      );
      if (q.speaker) lines.push(`> — ${markdownInline(q.speaker)}`);
      lines.push('');
    }
  }
  return lines.join('\n');
}

/**
 * Characters no file name may hold, or that reorder or hide how it reads: Windows' reserved
 * punctuation, Obsidian's link syntax (# ^ [ ]), C0/C1 controls, and the bidirectional and
 * zero-width marks that can make "gpj.md" display as "dm.jpg" (U+202E) or hide characters.
 */
const UNSAFE_IN_NAME =
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Names Windows keeps for devices, with any extension: `CON.md` and `aux.md` cannot be created. */
const RESERVED_NAME = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i;

/** A file name every OS accepts, unique within the export. */
export function noteFileName(entry: ReadingListEntry, taken: Set<string>): string {
  const cleaned = entry.title.replace(UNSAFE_IN_NAME, ' ').replace(/\s+/g, ' ').trim();
  // Whole characters only (never half a surrogate pair), cut before the trailing trim so that stays
  // bounded. Windows drops trailing dots and spaces; a leading dot hides the file on macOS/Linux.
  let base =
    Array.from(cleaned.replace(/^[. ]+/, ''))
      .slice(0, 80)
      .join('')
      .replace(/[. ]+$/, '') || 'Untitled';
  if (RESERVED_NAME.test(base)) base = `_${base}`;
  let name = `${base}.md`;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} ${n}.md`;
  taken.add(name.toLowerCase());
  return name;
}

export function markdownZipExporter(when: Date): EntryExporter<ZipMember> {
  const taken = new Set<string>();
  return {
    piece: (e) => zipMember({ name: noteFileName(e, taken), content: markdownNote(e) }),
    finish: (members) => zipMembers(members, when),
  };
}

export function exportMarkdownZip(entries: readonly ReadingListEntry[], when: Date): Uint8Array {
  return runExporter(markdownZipExporter(when), entries).content as Uint8Array;
}
