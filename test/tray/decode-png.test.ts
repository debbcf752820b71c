// The test decoder must itself be right before icon tests lean on it: every PNG filter type,
// and a damaged file is refused.
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawAppIcon } from '../../main/tray/app-icon.ts';
import { encodePng } from '../../main/tray/png.ts';
import { decodePng } from './decode-png.ts';

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Row y gets filter type y % 5 (none, sub, up, average, Paeth), as other encoders choose per row. */
function encodeWithEveryFilter(width: number, height: number, rgba: Uint8Array): Buffer {
  const stride = width * 4;
  const at = (y: number, i: number): number => (y < 0 || i < 0 ? 0 : (rgba[y * stride + i] ?? 0));
  const paeth = (a: number, b: number, c: number): number => {
    const p = a + b - c;
    return Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
  };
  const rows = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    const filter = y % 5;
    rows[y * (stride + 1)] = filter;
    for (let i = 0; i < stride; i++) {
      const [left, up, upLeft] = [at(y, i - 4), at(y - 1, i), at(y - 1, i - 4)];
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter] ?? 0;
      rows[y * (stride + 1) + 1 + i] = (at(y, i) - predictor) & 0xff;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

describe('test PNG decoder', () => {
  it('un-filters rows of every filter type', () => {
    // Noise as well as an icon: flat colours leave most predictor branches untried.
    let seed = 7;
    const noise = Uint8Array.from({ length: 23 * 17 * 4 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 23);
    const icon = drawAppIcon(40);
    for (const [width, height, rgba] of [
      [23, 17, noise],
      [40, 40, icon.rgba],
    ] as const) {
      const decoded = decodePng(encodeWithEveryFilter(width, height, rgba));
      expect([decoded.width, decoded.height]).toEqual([width, height]);
      expect(Buffer.from(decoded.rgba).equals(Buffer.from(rgba))).toBe(true);
    }
  });

  it('refuses a damaged file', () => {
    const png = encodePng(drawAppIcon(16));
    const damaged = Buffer.from(png);
    damaged[40] = (damaged[40] ?? 0) ^ 0xff;
    expect(() => decodePng(damaged)).toThrow(/bad CRC/);
    expect(() => decodePng(png.subarray(1))).toThrow(/signature/);
  });
});
