import { entryFromArchive } from '../lib/archive/reading-list-entry';
import { terminalSafeJson } from '../lib/control-chars';
import { JSON_FORMAT } from '../lib/reading-list/format-json';
import type { Summary } from '../lib/schema';
import { markdownText as plain } from '../lib/markdown-escape';
import { toMarkdown } from './markdown';

// What an archive run prints, piece by piece so nothing is held: JSON Lines (one brief per line),
// a Markdown digest, or the reading list's own JSON export file, written exactly as the panel's
// "Export JSON" writes it, so the panel's Import reads it back with nothing lost.

export const ARCHIVE_FORMATS = ['json', 'markdown', 'reading-list'] as const;
export type ArchiveFormat = (typeof ARCHIVE_FORMATS)[number];

/** The reading list's Import refuses a file longer than this (lib/reading-list/import-file.ts). */
export const READING_LIST_IMPORT_LIMIT = 20 * 1024 * 1024;

export interface MessageMeta {
  /** The archive as given on the command line. */
  archive: string;
  position: number;
  messageId: string | null;
  /** The message's file, for a Maildir. */
  file: string | null;
}

export interface RunTotals {
  messages: number;
  briefs: number;
  skipped: number;
  failed: number;
}

/** Message-ID without its angle brackets, as mail tools search for it. */
export function bareMessageId(id: string | null): string | null {
  const bare = id?.replace(/^<|>$/g, '').trim();
  return bare || null;
}

const indent = (json: string, by: string): string => by + json.replace(/\n/g, `\n${by}`);

/** One message's output (computed in a worker: the summary never crosses threads). */
export function renderMessage(
  summary: Summary,
  meta: MessageMeta,
  format: ArchiveFormat,
  savedAt: string,
): string {
  if (format === 'json') {
    const { archive, position, messageId, file } = meta;
    return `${terminalSafeJson(JSON.stringify({ archive, position, messageId, ...(file ? { file } : {}), ...summary }))}\n`;
  }
  if (format === 'markdown') {
    const id = meta.messageId ? ` · ${plain(meta.messageId)}` : '';
    return `\n---\n\n${toMarkdown(summary, 2)}\n_Message ${meta.position} of ${plain(meta.archive)}${id}_\n`;
  }
  const entry = entryFromArchive(summary, {
    messageId: meta.messageId,
    newId: () => crypto.randomUUID(),
    savedAt,
  });
  return indent(terminalSafeJson(JSON.stringify(entry, null, 2)), '    ');
}

/** Printed once before the first archive. */
export function runHeader(format: ArchiveFormat, exportedAt: string): string {
  if (format !== 'reading-list') return '';
  const head = JSON.stringify({ format: JSON_FORMAT, version: 1, exportedAt }, null, 2);
  return `${head.slice(0, -2)},\n  "entries": [`;
}

/** Goes between two rendered messages of the whole run. */
export function separator(format: ArchiveFormat, first: boolean): string {
  if (format !== 'reading-list') return '';
  return first ? '\n' : ',\n';
}

/** Printed before each archive's messages. */
export function archiveHeader(format: ArchiveFormat, archive: string): string {
  return format === 'markdown' ? `# Newsletter digest: ${plain(archive)}\n` : '';
}

/** Printed after each archive's messages. */
export function archiveFooter(format: ArchiveFormat, totals: RunTotals): string {
  if (format !== 'markdown') return '';
  return `\n---\n\n${totals.briefs} ${totals.briefs === 1 ? 'brief' : 'briefs'} from ${totals.messages} messages (${totals.skipped} skipped, ${totals.failed} unreadable).\n\n`;
}

/** Printed once after the last archive. */
export function runFooter(format: ArchiveFormat, anyEntry: boolean): string {
  if (format !== 'reading-list') return '';
  return anyEntry ? '\n  ]\n}\n' : ']\n}\n';
}
