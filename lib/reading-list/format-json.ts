import * as z from 'zod/mini';
import { ReadingListEntrySchema, type ReadingListEntry } from './entry';
import { safeHref } from '../panel/safe-url';
import { ImportError } from './import-error';

// The complete, re-importable export: every field of every entry, under a format marker and a
// version so a later MailGist can still read today's files.

export const JSON_FORMAT = 'mailgist-reading-list';

const ExportFileSchema = z.object({
  format: z.literal(JSON_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  entries: z.array(ReadingListEntrySchema),
});

export function exportJson(entries: readonly ReadingListEntry[], exportedAt: Date): string {
  const file: z.infer<typeof ExportFileSchema> = {
    format: JSON_FORMAT,
    version: 1,
    exportedAt: exportedAt.toISOString(),
    entries: [...entries],
  };
  return JSON.stringify(file, null, 2) + '\n';
}

export function importJson(text: string): ReadingListEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('This file is not valid JSON.');
  }
  const version = newerVersion(data);
  if (version !== null) {
    throw new ImportError(
      `This file was made by a newer MailGist (reading-list format version ${version}; this one reads version 1). Update MailGist, then import it again.`,
    );
  }
  const parsed = ExportFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
    throw new ImportError(
      `This JSON file is not a MailGist reading-list export${where}: ${issue?.message ?? 'unknown problem'}.`,
    );
  }
  return parsed.data.entries.map(withSafeLinks);
}

/** The version of a MailGist export newer than this one reads, else null. */
function newerVersion(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const { format, version } = data as { format?: unknown; version?: unknown };
  return format === JSON_FORMAT && typeof version === 'number' && version > 1 ? version : null;
}

/**
 * A file is untrusted: a link it holds that is not http(s) or mailto (`javascript:`, `data:`) is
 * dropped, so it never reaches the list, a bookmarks export or a click.
 */
function withSafeLinks(entry: ReadingListEntry): ReadingListEntry {
  const url = entry.url !== null && safeHref(entry.url) ? entry.url : null;
  const emailUrl = entry.emailUrl !== null && safeHref(entry.emailUrl) ? entry.emailUrl : null;
  return url === entry.url && emailUrl === entry.emailUrl ? entry : { ...entry, url, emailUrl };
}
