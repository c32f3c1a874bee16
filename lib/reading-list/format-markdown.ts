import type { ReadingListEntry } from './entry';
import { zipFiles } from './zip';

// Obsidian-friendly notes: one Markdown file per article, with YAML front matter using the
// property names Readwise's Obsidian export uses (title, author, url, date, tags, category), then
// the summary and the saved quotes as `> ` blocks. Several notes travel as one .zip.

/** A YAML double-quoted scalar: safe for any text, including colons, quotes and newlines. */
function yamlString(s: string): string {
  return JSON.stringify(s);
}

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
    `date: ${entry.date ? entry.date : 'null'}`,
    `saved: ${entry.savedAt}`,
    `category: article`,
    `lists:${yamlList(entry.lists)}`,
    `tags:${yamlList(entry.tags.map(tagName))}`,
    `read: ${entry.read}`,
    '---',
    '',
    `# ${entry.title.replace(/\n/g, ' ')}`,
    '',
  ];
  if (entry.excerpt) lines.push(entry.excerpt, '');
  if (entry.url) lines.push(`[Read the article](${entry.url.replace(/\)/g, '%29')})`, '');
  if (entry.quotes.length) {
    lines.push('## Quotes', '');
    for (const q of entry.quotes) {
      lines.push(...q.text.split('\n').map((l) => `> ${l}`));
      if (q.speaker) lines.push(`> — ${q.speaker}`);
      lines.push('');
    }
  }
  return lines.join('\n');
}

/** A file name every OS accepts, unique within the export. */
export function noteFileName(entry: ReadingListEntry, taken: Set<string>): string {
  const base =
    entry.title
      .replace(/[\\/:*?"<>|#^[\]\n\r\t]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'Untitled';
  let name = `${base}.md`;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} ${n}.md`;
  taken.add(name.toLowerCase());
  return name;
}

export function exportMarkdownZip(entries: readonly ReadingListEntry[], when: Date): Uint8Array {
  const taken = new Set<string>();
  return zipFiles(
    entries.map((e) => ({ name: noteFileName(e, taken), content: markdownNote(e) })),
    when,
  );
}
