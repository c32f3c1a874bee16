import { Transform, type TransformCallback } from 'node:stream';
import { decodeText } from './decode-text';

// Many senders declare charset=utf-8 and send Latin-1 (windows-1252) bytes. mailparser decodes a
// part declared UTF-8 itself, turning each such byte into U+FFFD, and hands every other charset to
// the decoder given as its `Iconv` option. So when a first parse shows U+FFFD, the loader parses
// again with the UTF-8 (and unlabelled text) parts relabelled to a private charset name and this
// decoder: UTF-8 where the bytes are UTF-8, windows-1252 where they are not, part by part, the
// same rule the .html loader follows.

const FALLBACK = 'x-mailgist-utf8-or-cp1252';

/** A part's bytes in its charset: the WHATWG decoders (as a browser reads mail), else the fallback. */
function decodePart(bytes: Buffer, charset: string): string {
  if (charset.toLowerCase() !== FALLBACK) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // a label TextDecoder does not know: read it like an undeclared part
    }
  }
  return decodeText(bytes, 'text');
}

/** The `Iconv` interface mailparser calls: a stream from the charset to UTF-8 bytes. */
export class FallbackIconv extends Transform {
  private readonly chunks: Buffer[] = [];

  constructor(
    private readonly charset: string,
    _to?: string,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.chunks.push(chunk);
    done();
  }

  override _flush(done: TransformCallback): void {
    this.push(Buffer.from(decodePart(Buffer.concat(this.chunks), this.charset), 'utf8'));
    done();
  }
}

/**
 * A Content-Type header line with its folded continuation lines. Linear: the line body and each
 * continuation start on characters the other cannot match.
 */
const CONTENT_TYPE = /^content-type[ \t]*:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/gim;
const UTF8_PARAM = /(charset[ \t]*=[ \t]*)"?(?:utf-?8|us-ascii|ascii)"?/i;

/**
 * The source with every part declared UTF-8 or ASCII, and every text part with no charset,
 * labelled with the fallback charset; null when there is nothing to relabel.
 */
export function relabelUtf8Parts(source: Buffer): Buffer | null {
  let changed = false;
  // latin1 maps each byte to one character and back, so the bytes survive the round trip.
  const out = source.toString('latin1').replace(CONTENT_TYPE, (header) => {
    if (UTF8_PARAM.test(header)) {
      changed = true;
      return header.replace(UTF8_PARAM, `$1${FALLBACK}`);
    }
    if (/^content-type[ \t]*:[ \t]*text\//i.test(header) && !/charset[ \t]*=/i.test(header)) {
      changed = true;
      return `${header}; charset=${FALLBACK}`;
    }
    return header;
  });
  return changed ? Buffer.from(out, 'latin1') : null;
}

/**
 * A header mailparser decoded with U+FFFD where raw 8-bit bytes were not UTF-8 (an undeclared
 * Latin-1 Subject or From name): the raw line again, decoded like an undeclared body part. The
 * raw lines come as binary strings (one character per byte). Kept as decoded when the line uses
 * encoded-words (their charset is declared) or the raw line fares no better.
 */
export function rawHeaderFallback(
  decoded: string,
  headerLines: ReadonlyArray<{ key: string; line: string }>,
  key: string,
): string {
  if (!decoded.includes('\uFFFD')) return decoded;
  const line = headerLines.find((h) => h.key === key)?.line;
  if (!line || /=\?[^?\s]+\?[bq]\?/i.test(line)) return decoded;
  const value = decodeText(Buffer.from(line, 'latin1'), 'text').replace(/^[^:]*:\s*/, '');
  return value.includes('\uFFFD') ? decoded : value.replace(/\r?\n[ \t]+/g, ' ');
}
