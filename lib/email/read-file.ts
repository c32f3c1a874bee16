import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { EmailParseError } from './errors';

// Reading one email file from disk (Node side: the CLI, the eval, any archive reader). A path can
// name anything: a FIFO would block the read forever (and the process then ignores SIGTERM), a
// link to /dev/zero or /dev/urandom never ends. Only regular files are read, and only up to a cap.

/**
 * The largest email file read: newsletters are well under a megabyte, and a mail server refuses
 * messages over about 25 MB of attachments before encoding. Past this the parse would take tens of
 * seconds and gigabytes for nothing a brief could use.
 */
export const MAX_EMAIL_FILE_BYTES = 16 * 1024 * 1024;

const CHUNK = 1 << 20;

function kind(st: Stats): string {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'a special file';
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function checkRegular(st: Stats, maxBytes: number): void {
  if (st.isDirectory()) throw new EmailParseError('is a directory');
  if (!st.isFile()) throw new EmailParseError(`not a regular file (${kind(st)}), skipped`);
  if (st.size > maxBytes) {
    throw new EmailParseError(
      `file too large (${megabytes(st.size)}; MailGist reads emails up to ${megabytes(maxBytes)})`,
    );
  }
}

/**
 * The bytes of a regular file no larger than `maxBytes`; EmailParseError (one line) otherwise.
 * File-system errors (ENOENT, EACCES) are passed on for the caller to word.
 */
export async function readEmailFile(
  path: string,
  { maxBytes = MAX_EMAIL_FILE_BYTES }: { maxBytes?: number } = {},
): Promise<Buffer> {
  // stat follows links, so a link to a device is judged by what it points to, before opening it.
  checkRegular(await stat(path), maxBytes);
  // O_NONBLOCK: should the path be swapped for a FIFO after the check, opening it must not wait
  // for a writer. (It changes nothing for a regular file.) fstat then checks what was opened.
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
  const file = await open(path, flags);
  try {
    checkRegular(await file.stat(), maxBytes);
    // Read to the end but never past the cap: a file that grows while read is still bounded.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await file.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) {
        throw new EmailParseError(
          `file too large (over ${megabytes(maxBytes)}; MailGist reads emails up to ${megabytes(maxBytes)})`,
        );
      }
    }
    return Buffer.concat(chunks, total);
  } finally {
    await file.close();
  }
}
