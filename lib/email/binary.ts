// Is a file binary data rather than text? A file saved under an email's name may be a PDF, an image
// or an archive; treated as text it would be "summarised" into nonsense. One stray NUL in a real
// message is not enough to call it binary (mail servers pass such messages on), so the test is the
// share of control bytes, plus the signatures of the formats most often mistaken for an email.

/** Leading bytes of common binary formats, with what to call them in the error. */
const SIGNATURES: ReadonlyArray<readonly [bytes: readonly number[], name: string]> = [
  // "%PDF-": a PDF has long runs of text before its first compressed stream.
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  // "PK\3\4": ZIP, and so .docx/.xlsx/.odt and zipped mail exports.
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive or office document'],
  // OLE compound file: Outlook .msg saved under another name, old .doc/.xls.
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an Outlook .msg or old Office file'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  // "GIF8"
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  // "\x7fELF"
  [[0x7f, 0x45, 0x4c, 0x46], 'a program'],
];

/** How much of the file is sampled: enough to judge, bounded for a big file. */
const SAMPLE = 64 * 1024;

/**
 * Control bytes that text does not contain: C0 but tab, LF, VT, FF, CR and ESC (ISO-2022-JP
 * switches character sets with ESC), and DEL.
 */
function isControlByte(b: number): boolean {
  return (
    (b < 0x20 &&
      b !== 0x09 &&
      b !== 0x0a &&
      b !== 0x0b &&
      b !== 0x0c &&
      b !== 0x0d &&
      b !== 0x1b) ||
    b === 0x7f
  );
}

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b);
}

/**
 * Null when the bytes may be text; otherwise a one-line reason ("binary file (a PDF document)").
 * UTF-16 and UTF-32 text (with a byte order mark) is full of NULs and is text all the same.
 */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const [sig, name] of SIGNATURES) {
    if (startsWith(bytes, sig)) return `binary file (${name}), not an email`;
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return null;
  if (startsWith(bytes, [0, 0, 0xfe, 0xff])) return null;
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControlByte(bytes[i]!)) controls++;
  // Random bytes are about 10% control bytes, text next to none: more than 1% (and more than two,
  // so one or two strays in a short message pass) is binary.
  return controls > n / 100 + 2 ? 'binary file, not an email' : null;
}
