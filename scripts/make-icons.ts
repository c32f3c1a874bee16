// Writes public/icon/{16,32,48,128}.png: a rounded blue square with a white "envelope with a
// quote bar" mark. Drawn per pixel with supersampling and encoded as PNG with zlib: no network,
// no image library. Run with `npx tsx scripts/make-icons.ts`.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Coverage of the mark at (x, y) in unit coordinates: 0 = background, 1 = tile, 2 = white. */
function shade(x: number, y: number): number {
  const r = 0.2;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return 0;
  // Envelope outline.
  const inBox = x > 0.18 && x < 0.82 && y > 0.28 && y < 0.72;
  const inner = x > 0.245 && x < 0.755 && y > 0.345 && y < 0.655;
  if (inBox && !inner) return 2;
  // Envelope flap: a V from the top corners to the centre.
  if (inner) {
    const t = 0.345 + (0.255 - Math.abs(x - 0.5)) * 0.75;
    if (Math.abs(y - t) < 0.045 && y < 0.56) return 2;
  }
  return 1;
}

function png(size: number): Buffer {
  const S = 4; // supersampling per axis
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const tile = [26, 95, 208];
  for (let py = 0; py < size; py += 1) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px += 1) {
      let a = 0;
      let white = 0;
      for (let sy = 0; sy < S; sy += 1)
        for (let sx = 0; sx < S; sx += 1) {
          const v = shade((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          if (v > 0) a += 1;
          if (v === 2) white += 1;
        }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const w = a ? white / a : 0;
      raw[o] = Math.round(tile[0]! * (1 - w) + 255 * w);
      raw[o + 1] = Math.round(tile[1]! * (1 - w) + 255 * w);
      raw[o + 2] = Math.round(tile[2]! * (1 - w) + 255 * w);
      raw[o + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, png(size));
console.log('wrote public/icon/{16,32,48,128}.png');
