// Bytes of a saved .html or .txt file into text. UTF-8 when the bytes are valid UTF-8 (with or
// without a BOM); otherwise the charset an HTML file declares; otherwise windows-1252, which is
// what "Latin-1" files written on Windows really are.

function declaredCharset(head: string): string | null {
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

export function decodeText(bytes: Uint8Array, kind: 'html' | 'text'): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: fall through
  }
  if (kind === 'html') {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const cs = declaredCharset(head);
    if (cs && !/^utf-?8$/.test(cs)) {
      try {
        return new TextDecoder(cs).decode(bytes);
      } catch {
        // unknown label: fall through
      }
    }
  }
  return new TextDecoder('windows-1252').decode(bytes);
}
