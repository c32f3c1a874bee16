import type { MessageHead } from './message-head';

// One message of an archive (mbox or Maildir), as the archive readers hand it on: the raw RFC 822
// bytes when the message is wanted, and enough to name it in an error when it is not readable.

export interface ArchiveMessage {
  /** 1-based, in archive order, counting every message (skipped ones too). */
  position: number;
  /** Where it is inside the archive, for a person: "line 1234" of an mbox, a Maildir file name. */
  where: string;
  /** Read from the header block; null when the header block itself could not be kept. */
  head: MessageHead | null;
  /** The message (mbox envelope removed, `>From ` quoting undone); null when skipped or refused. */
  raw: Buffer | null;
  /** Why the message cannot be summarised (too large, unreadable…); null otherwise. */
  problem: string | null;
}

export interface ArchiveReadOptions {
  /** Decides from the headers alone whether the message is wanted; the body of one that is not is never kept. */
  wants?: (head: MessageHead) => boolean;
  /** A message larger than this is reported as a problem and its bytes are not kept. */
  maxMessageBytes?: number;
}

/** Large enough for a newsletter with images inline; a message this size is an attachment carrier. */
export const DEFAULT_MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

export function tooLarge(limit: number): string {
  return `message larger than ${Math.round(limit / 1024 / 1024)} MB, not summarised`;
}
