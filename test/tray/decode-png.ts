// Reads a PNG back into RGBA pixels, independently of our encoder: chunk CRCs checked with
// node:zlib's crc32, IDAT data inflated, every scanline un-filtered. Only what the icons use is
// accepted (8-bit RGBA, not interlaced); anything else is an error, never a guess.
// Format: W3C PNG specification, sections 5 (chunks), 7 (filtering) and 11.2.2 (IHDR).
import { crc32, inflateSync } from 'node:zlib';
import type { Bitmap } from '../../main/tray/bitmap.ts';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const BYTES_PER_PIXEL = 4;

type Chunk = Readonly<{ type: string; data: Buffer }>;

function readChunks(png: Buffer): Chunk[] {
  if (!SIGNATURE.every((b, i) => png[i] === b)) throw new Error('not a PNG: wrong signature');
  const chunks: Chunk[] = [];
  for (let at = SIGNATURE.length; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('ascii');
    const data = png.subarray(at + 8, at + 8 + length);
    if (crc32(png.subarray(at + 4, at + 8 + length)) !== png.readUInt32BE(at + 8 + length)) throw new Error(`${type}: bad CRC`);
    chunks.push({ type, data });
    at += 12 + length;
  }
  if (chunks[0]?.type !== 'IHDR' || chunks.at(-1)?.type !== 'IEND') throw new Error('chunks must start with IHDR and end with IEND');
  return chunks;
}

/** The Paeth predictor: whichever of left, above and upper-left is closest to left + above - upper-left. */
function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function unfilter(raw: Buffer, width: number, height: number): Uint8Array {
  const stride = width * BYTES_PER_PIXEL;
  if (raw.length !== height * (stride + 1)) throw new Error(`image data is ${raw.length} bytes, expected ${height * (stride + 1)}`);
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i] ?? 0;
      const left = i >= BYTES_PER_PIXEL ? (out[y * stride + i - BYTES_PER_PIXEL] ?? 0) : 0;
      const up = y > 0 ? (out[(y - 1) * stride + i] ?? 0) : 0;
      const upLeft = y > 0 && i >= BYTES_PER_PIXEL ? (out[(y - 1) * stride + i - BYTES_PER_PIXEL] ?? 0) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter ?? -1];
      if (predictor === undefined) throw new Error(`row ${y}: unknown filter type ${filter}`);
      out[y * stride + i] = (x + predictor) & 0xff;
    }
  }
  return out;
}

export function decodePng(png: Buffer): Bitmap {
  const chunks = readChunks(png);
  const header = chunks[0]!.data;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [depth, colourType, compression, filterMethod, interlace] = header.subarray(8, 13);
  if (depth !== 8 || colourType !== 6 || compression !== 0 || filterMethod !== 0 || interlace !== 0) {
    throw new Error(`unsupported PNG: depth ${depth}, colour type ${colourType}, interlace ${interlace}`);
  }
  const idat = Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data));
  return { width, height, rgba: unfilter(inflateSync(idat), width, height) };
}
