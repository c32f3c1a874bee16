import { constants, createReadStream } from 'node:fs';
import { open, readdir, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import {
  DEFAULT_MAX_MESSAGE_BYTES,
  tooLarge,
  type ArchiveMessage,
  type ArchiveReadOptions,
} from '../lib/email/archive-message';
import { MAILDIR_FOLDERS, maildirOrder, type MaildirEntry } from '../lib/email/maildir';
import { readMessageHead } from '../lib/email/message-head';
import { splitMbox } from '../lib/email/mbox';

// The archive inputs on disk: which paths are archives, and their bytes as streams. Everything is
// opened non-blocking and checked with fstat on the open descriptor, so a FIFO or a device (even
// one swapped in after the first look) is refused instead of blocking or reading forever.

export type ArchiveKind = { kind: 'mbox'; gzip: boolean } | { kind: 'maildir' };

/** Single-email files: never taken for an archive, whatever their first line. */
const SINGLE_EMAIL = /\.(eml|html?|txt)$/i;
/** Names that promise an archive: refused plainly when they are not a regular file. */
const ARCHIVE_NAME = /\.(mbox|mbx)(\.gz)?$/i;

export class NotRegularFileError extends Error {
  constructor() {
    super('not a regular file (a FIFO, device or socket is not read)');
  }
}

/** Opens a regular file for reading without ever blocking on a FIFO; refuses anything else. */
async function openRegular(path: string): Promise<{ fh: FileHandle; size: number }> {
  const fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new NotRegularFileError();
    return { fh, size: st.size };
  } catch (e) {
    await fh.close();
    throw e;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** What kind of archive `path` is; null when it is not one (a single email, a folder of emails). */
export async function archiveKind(path: string): Promise<ArchiveKind | null> {
  const st = await stat(path);
  if (st.isDirectory()) {
    for (const folder of MAILDIR_FOLDERS) {
      if (await isDirectory(join(path, folder))) return { kind: 'maildir' };
    }
    return null;
  }
  if (!st.isFile()) {
    if (ARCHIVE_NAME.test(path)) throw new NotRegularFileError();
    return null;
  }
  if (SINGLE_EMAIL.test(path)) return null;
  const { fh } = await openRegular(path);
  try {
    const head = Buffer.alloc(5);
    const { bytesRead } = await fh.read(head, 0, 5, 0);
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return { kind: 'mbox', gzip: true };
    if (bytesRead === 5 && head.toString('latin1') === 'From ')
      return { kind: 'mbox', gzip: false };
    return null;
  } finally {
    await fh.close();
  }
}

export interface ArchiveInput {
  messages: AsyncIterable<ArchiveMessage>;
  /** Share of the archive read so far, 0 to 1 (of the compressed bytes, for a .gz). */
  fraction(): number;
}

/** The messages of an archive, read as a stream. */
export async function openArchive(
  path: string,
  kind: ArchiveKind,
  options: ArchiveReadOptions,
): Promise<ArchiveInput> {
  return kind.kind === 'mbox' ? openMbox(path, kind.gzip, options) : openMaildir(path, options);
}

async function openMbox(
  path: string,
  gzip: boolean,
  options: ArchiveReadOptions,
): Promise<ArchiveInput> {
  const { fh, size } = await openRegular(path);
  const raw = createReadStream('', { fd: fh, highWaterMark: 256 * 1024 });
  const fraction = () => (size > 0 ? Math.min(1, raw.bytesRead / size) : 1);
  // pipeline() passes a read error on to the gunzip stream, so the reader sees it.
  const chunks = gzip ? pipeline(raw, createGunzip(), () => {}) : raw;
  return { messages: splitMbox(chunks, options), fraction };
}

async function openMaildir(dir: string, options: ArchiveReadOptions): Promise<ArchiveInput> {
  const entries: MaildirEntry[] = [];
  for (const folder of MAILDIR_FOLDERS) {
    if (!(await isDirectory(join(dir, folder)))) continue;
    for (const name of await readdir(join(dir, folder))) entries.push({ folder, name });
  }
  const ordered = maildirOrder(entries);
  const progress = { read: 0 };
  return {
    messages: readMaildir(dir, ordered, options, progress),
    fraction: () => (ordered.length > 0 ? progress.read / ordered.length : 1),
  };
}

async function* readMaildir(
  dir: string,
  entries: readonly MaildirEntry[],
  options: ArchiveReadOptions,
  progress: { read: number },
): AsyncGenerator<ArchiveMessage> {
  const max = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  let position = 0;
  for (const { folder, name } of entries) {
    position++;
    progress.read = position;
    const where = `${folder}/${name}`;
    const refused = (problem: string): ArchiveMessage => ({
      position,
      where,
      head: null,
      raw: null,
      problem,
    });
    let file: { fh: FileHandle; size: number };
    try {
      file = await openRegular(join(dir, folder, name));
    } catch (e) {
      yield refused(
        e instanceof NotRegularFileError ? e.message : `unreadable: ${(e as Error).message}`,
      );
      continue;
    }
    try {
      if (file.size > max) {
        yield refused(tooLarge(max));
        continue;
      }
      const raw = await file.fh.readFile();
      const head = readMessageHead(raw);
      const wanted = !options.wants || options.wants(head);
      yield { position, where, head, raw: wanted ? raw : null, problem: null };
    } finally {
      await file.fh.close();
    }
  }
}
