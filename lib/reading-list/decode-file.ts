// An imported file's bytes as text. Exports from MailGist, Pocket and browsers are UTF-8, but a CSV
// saved from a spreadsheet on Windows is often windows-1252 (Latin-1): decoding it as UTF-8 would
// turn every "é" into U+FFFD without a word. So: a byte-order mark decides; else strict UTF-8;
// else windows-1252, which gives every byte a character (what spreadsheets assume too).

export function decodeImportBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    // A UTF-8 BOM is dropped here; the importers also accept one.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Reads a picked file (a Blob) and decodes it as above. */
export async function readImportFile(file: Blob): Promise<string> {
  return decodeImportBytes(new Uint8Array(await file.arrayBuffer()));
}
