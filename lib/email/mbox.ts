import {
  DEFAULT_MAX_MESSAGE_BYTES,
  tooLarge,
  type ArchiveMessage,
  type ArchiveReadOptions,
} from './archive-message';
import { EmailParseError } from './errors';
import { readMessageHead, type MessageHead } from './message-head';

// Splits an mbox archive into messages as its bytes stream in: only the message being read (and
// one line) is held, whatever the archive's size. Handles LF and CRLF files, and both quoting
// conventions: mboxrd quotes every `>*From ` body line with one more `>`, mboxo only `From `; one
// `>` is removed from every `>+From ` line, which restores mboxrd exactly and mboxo in all but the
// rare body line that itself began with `>From `.
//
// A line is a separator only when it looks like an envelope ("From sender date-with-time-and-year")
// and the next line is a header field: an unquoted "From 2019 to 2024…" or "From the editor:" in a
// body (archives written by careless tools) stays in its message.

/** Longest envelope line considered; real ones are under 200 bytes. */
const MAX_ENVELOPE = 1000;
/** A line longer than this is passed on in pieces rather than held whole. */
const MAX_HELD_LINE = 64 * 1024;

const TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/;
const YEAR = /^\d{4}$/;
/** An RFC 5322 field name (printable ASCII but colon) followed by a colon. */
const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+:/;

const startsWithFrom = (b: Uint8Array, at = 0): boolean =>
  b[at] === 0x46 &&
  b[at + 1] === 0x72 &&
  b[at + 2] === 0x6f &&
  b[at + 3] === 0x6d &&
  b[at + 4] === 0x20;

function isBlank(line: Uint8Array): boolean {
  return (
    (line.length === 1 && line[0] === 10) || (line.length === 2 && line[0] === 13 && line[1] === 10)
  );
}

/** "From sender Mon Jan  1 09:00:00 2024" (asctime), Gmail's "… +0000 2024", Thunderbird's "From - …". */
export function isEnvelopeLine(line: Uint8Array): boolean {
  if (!startsWithFrom(line) || line.length > MAX_ENVELOPE) return false;
  const words = Buffer.from(line.buffer, line.byteOffset, line.length)
    .toString('latin1')
    .trim()
    .split(/[ \t]+/);
  if (words.length < 4) return false;
  const rest = words.slice(2);
  return rest.some((w) => TIME.test(w)) && rest.some((w) => YEAR.test(w));
}

function isHeaderLine(line: Uint8Array): boolean {
  const start = Buffer.from(line.buffer, line.byteOffset, Math.min(line.length, 200)).toString(
    'latin1',
  );
  return HEADER_LINE.test(start);
}

/** Number of `>` before a `From ` at the start of the line (0 when the line is not quoted). */
function quoteDepth(line: Uint8Array): number {
  let i = 0;
  while (line[i] === 0x3e) i++;
  return i > 0 && startsWithFrom(line, i) ? i : 0;
}

interface Builder {
  position: number;
  line: number;
  chunks: Buffer[];
  bytes: number;
  phase: 'head' | 'body' | 'skip' | 'too-large';
  head: MessageHead | null;
}

/**
 * Messages of an mbox archive, in order. Throws EmailParseError when the data does not start
 * like an mbox; an error from `chunks` (a cut-short gzip stream) is thrown after the message
 * being read when it happened has been handed on.
 */
export async function* splitMbox(
  chunks: AsyncIterable<Uint8Array>,
  options: ArchiveReadOptions = {},
): AsyncGenerator<ArchiveMessage> {
  const max = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const ready: ArchiveMessage[] = [];
  let current: Builder | null = null;
  let position = 0;
  let lineNo = 0;
  /** A blank line held back: it is framing when the next line starts a message. */
  let heldBlank: Buffer | null = null;
  /** An envelope-like line held back until the next line shows whether it starts a message. */
  let heldFrom: { line: Buffer; lineNo: number } | null = null;
  let carry: Buffer | null = null;
  /** The current line has been passed on in pieces (it is longer than MAX_HELD_LINE). */
  let midLine = false;

  const decide = (b: Builder): void => {
    b.head = readMessageHead(Buffer.concat(b.chunks));
    if (options.wants && !options.wants(b.head)) {
      b.phase = 'skip';
      b.chunks = [];
    } else b.phase = 'body';
  };

  const add = (piece: Buffer, lineStart: boolean): void => {
    const b = current;
    if (!b) return;
    if (b.phase === 'skip' || b.phase === 'too-large') return;
    const depth = lineStart ? quoteDepth(piece) : 0;
    const content = depth > 0 ? piece.subarray(1) : piece;
    b.bytes += content.length;
    if (b.bytes > max) {
      b.phase = 'too-large';
      b.chunks = [];
      return;
    }
    b.chunks.push(content);
    if (b.phase === 'head' && lineStart && isBlank(content)) decide(b);
  };

  const finish = (): void => {
    const b = current;
    if (!b) return;
    if (b.phase === 'head') decide(b);
    const where = `line ${b.line}`;
    if (b.phase === 'too-large') {
      ready.push({ position: b.position, where, head: b.head, raw: null, problem: tooLarge(max) });
    } else {
      const raw = b.phase === 'skip' ? null : Buffer.concat(b.chunks);
      ready.push({ position: b.position, where, head: b.head, raw, problem: null });
    }
    current = null;
  };

  const start = (envelopeLine: number): void => {
    position++;
    current = { position, line: envelopeLine, chunks: [], bytes: 0, phase: 'head', head: null };
  };

  const releaseHeld = (): void => {
    if (heldBlank) add(heldBlank, true);
    if (heldFrom) add(heldFrom.line, true);
    heldBlank = null;
    heldFrom = null;
  };

  /** One line (with its line end), or a piece of a long one. */
  const onLine = (line: Buffer, lineStart: boolean, complete: boolean): void => {
    if (lineStart) lineNo++;
    if (current === null && position === 0) {
      if (lineStart && isBlank(line)) return; // blank lines before the first envelope
      if (!lineStart || !startsWithFrom(line)) {
        throw new EmailParseError('not an mbox archive (it does not start with a "From " line)');
      }
      start(lineNo);
      return;
    }
    if (!lineStart) {
      add(line, false);
      return;
    }
    if (heldFrom) {
      if (isHeaderLine(line)) {
        const envelopeLine = heldFrom.lineNo;
        heldBlank = null; // the blank line before an envelope is framing, not content
        heldFrom = null;
        finish();
        start(envelopeLine);
        add(line, true);
        return;
      }
      releaseHeld();
    }
    if (complete && isBlank(line)) {
      if (heldBlank) add(heldBlank, true);
      heldBlank = line;
      return;
    }
    if (complete && isEnvelopeLine(line)) {
      heldFrom = { line, lineNo };
      return;
    }
    if (heldBlank) add(heldBlank, true);
    heldBlank = null;
    add(line, true);
  };

  const feed = (chunk: Buffer): void => {
    let from = 0;
    while (from < chunk.length) {
      const nl = chunk.indexOf(10, from);
      if (nl === -1) {
        const rest = chunk.subarray(from);
        carry = carry ? Buffer.concat([carry, rest]) : rest;
        if (carry.length > MAX_HELD_LINE) {
          onLine(carry, !midLine, false);
          midLine = true;
          carry = null;
        }
        return;
      }
      let line = chunk.subarray(from, nl + 1);
      if (carry) {
        line = Buffer.concat([carry, line]);
        carry = null;
      }
      onLine(line, !midLine, true);
      midLine = false;
      from = nl + 1;
    }
  };

  const end = (): void => {
    if (heldFrom) {
      // The data stops right after an envelope line (and perhaps part of a line): a message cut
      // short, not a body line.
      const envelopeLine = heldFrom.lineNo;
      heldBlank = null;
      heldFrom = null;
      finish();
      start(envelopeLine);
    }
    if (carry) onLine(carry, !midLine, true);
    carry = null;
    heldBlank = null; // the blank line that closes the last message is framing too
    finish();
  };

  // An error from the source (a cut-short gzip stream) ends the archive where it happened.
  let failure: unknown = null;
  async function* source(): AsyncGenerator<Uint8Array> {
    try {
      yield* chunks;
    } catch (e) {
      failure = e;
    }
  }
  for await (const chunk of source()) {
    feed(
      Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length),
    );
    yield* ready.splice(0);
  }
  end();
  yield* ready.splice(0);
  if (failure) throw failure;
}
