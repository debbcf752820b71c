// An 8-bit palette PNG for pictures of few colours, such as the contact sheet: a quarter of the
// bytes of RGBA, so a copy can live in docs/. Opaque pixels only (no tRNS chunk).
// Format: W3C PNG specification, sections 11.2.2 (IHDR) and 11.2.3 (PLTE).
import { crc32, deflateSync } from 'node:zlib';
import type { Bitmap } from '../main/tray/bitmap.ts';

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, crc]);
}

export function encodeIndexedPng({ width, height, rgba }: Bitmap): Buffer {
  const palette = new Map<number, number>();
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const [r = 0, g = 0, b = 0, a = 0] = rgba.subarray(i, i + 4);
      if (a !== 255) throw new Error(`pixel ${x},${y} is not opaque`);
      const rgb = (r << 16) | (g << 8) | b;
      if (!palette.has(rgb)) palette.set(rgb, palette.size);
      if (palette.size > 256) throw new Error('more than 256 colours: not a palette picture');
      rows[y * (width + 1) + 1 + x] = palette.get(rgb)!;
    }
  }
  // Filter "Up" on every row, last row first so each still sees its unfiltered neighbour: the
  // sheet repeats row after row, and a difference of zero compresses best (about a fifth smaller).
  for (let y = height - 1; y >= 0; y--) {
    rows[y * (width + 1)] = 2;
    for (let x = 1; x <= width; x++)
      rows[y * (width + 1) + x] = (rows.readUInt8(y * (width + 1) + x) - (y > 0 ? rows.readUInt8((y - 1) * (width + 1) + x) : 0)) & 0xff;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8-bit palette indices, no interlace
  const plte = Buffer.from([...palette.keys()].flatMap((rgb) => [rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
