// Shards are stored deflated and base64-encoded: the index of a reading list (titles, URLs,
// repeated site names and tags) shrinks about threefold, which is what lets a list of a thousand
// articles fit the browser's 100 KB. CompressionStream is built into every browser MailGist runs
// in and into Node, so no library is needed. Inflating stops at a size cap, so a hostile or
// damaged shard cannot blow up memory.

const MAX_INFLATED = 1 << 20;

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  cap: number,
) {
  const writer = stream.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  void writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > cap) {
      await reader.cancel().catch(() => {});
      throw new Error('inflates past the size limit');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export async function deflateText(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  return toBase64(await pipe(bytes, new CompressionStream('deflate-raw'), Infinity));
}

/** Throws on bad base64, a bad stream or output past the cap. */
export async function inflateText(base64: string): Promise<string> {
  const bytes = await pipe(
    fromBase64(base64),
    new DecompressionStream('deflate-raw'),
    MAX_INFLATED,
  );
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
