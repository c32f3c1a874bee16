// Bytes of a saved .html or .txt file into text. UTF-8 when the bytes are valid UTF-8 (with or
// without a BOM); otherwise the charset an HTML file declares; otherwise windows-1252, which is
// what "Latin-1" files written on Windows really are.

/**
 * The charset a <meta charset> or <meta http-equiv content="…; charset=…"> tag declares. Tag by
 * tag with indexOf, so a head full of unclosed <meta tags costs one pass.
 */
function declaredCharset(head: string): string | null {
  const lower = head.toLowerCase();
  for (let i = lower.indexOf('<meta'); i >= 0; i = lower.indexOf('<meta', i + 5)) {
    const end = lower.indexOf('>', i);
    const m = /charset\s*=\s*(?:["']\s*)?([\w-]+)/.exec(lower.slice(i, end < 0 ? undefined : end));
    if (m) return m[1]!;
    if (end < 0) break;
  }
  return null;
}

/**
 * Seven-bit charsets that switch to CJK with ESC sequences: their bytes are valid UTF-8 (and
 * ASCII), so only the declaration tells them apart.
 */
const SEVEN_BIT = /^(?:csiso2022jp|iso-2022-jp)$/;

function decodeAs(bytes: Uint8Array, charset: string): string | null {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return null; // a label TextDecoder does not know
  }
}

export function decodeText(bytes: Uint8Array, kind: 'html' | 'text'): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const cs =
    kind === 'html'
      ? declaredCharset(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)))
      : null;
  if (cs && SEVEN_BIT.test(cs) && bytes.includes(0x1b)) {
    const text = decodeAs(bytes, cs);
    if (text !== null) return text;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: fall through
  }
  if (cs && !/^utf-?8$/.test(cs)) {
    const text = decodeAs(bytes, cs);
    if (text !== null) return text;
  }
  return new TextDecoder('windows-1252').decode(bytes);
}
