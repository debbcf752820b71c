// The contact sheet behind `npm run icons` and docs/tray-icons.png: its palette PNG holds exactly
// the pixels drawn, and every icon it promises is on it.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SHEET_ROWS, drawContactSheet } from '../../.ci/contact-sheet.ts';
import { encodeIndexedPng } from '../../.ci/indexed-png.ts';
import { BADGE, staleBadge } from '../../main/tray/badge-colours.ts';
import type { Bitmap } from '../../main/tray/bitmap.ts';

/** Decodes the sheet's own kind of PNG: 8-bit palette, every row filtered "Up". */
function decodeIndexed(png: Buffer): Bitmap {
  const chunks = new Map<string, Buffer[]>();
  for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at)) {
    const type = png.subarray(at + 4, at + 8).toString('ascii');
    chunks.set(type, [...(chunks.get(type) ?? []), png.subarray(at + 8, at + 8 + png.readUInt32BE(at))]);
  }
  const header = chunks.get('IHDR')![0]!;
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  expect([...header.subarray(8, 13)]).toEqual([8, 3, 0, 0, 0]);
  const palette = chunks.get('PLTE')![0]!;
  const raw = inflateSync(Buffer.concat(chunks.get('IDAT')!));
  const rgba = new Uint8Array(width * height * 4);
  let above = new Uint8Array(width);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width + 1)]).toBe(2);
    const row = Uint8Array.from({ length: width }, (_, x) => (raw[y * (width + 1) + 1 + x]! + above[x]!) & 0xff);
    row.forEach((index, x) => rgba.set([...palette.subarray(index * 3, index * 3 + 3), 255], (y * width + x) * 4));
    above = row;
  }
  return { width, height, rgba };
}

const coloursOf = (b: Bitmap): Set<string> => new Set(Array.from({ length: b.width * b.height }, (_, i) => [...b.rgba.subarray(i * 4, i * 4 + 3)].join()));

describe('contact sheet', () => {
  const sheet = drawContactSheet([16, 22]);

  it('its palette PNG decodes to exactly the pixels drawn', () => {
    const decoded = decodeIndexed(encodeIndexedPng(sheet));
    expect([decoded.width, decoded.height]).toEqual([sheet.width, sheet.height]);
    expect(Buffer.from(decoded.rgba).equals(Buffer.from(sheet.rgba))).toBe(true);
  });

  it('shows every condition fresh and stale, offline and no places, on both panels', () => {
    const colours = coloursOf(sheet);
    const groups = ['clear', 'clearNight', 'cloud', 'fog', 'rain', 'snow', 'storm'] as const;
    for (const group of groups) for (const colour of [BADGE[group], staleBadge(BADGE[group])]) expect(colours.has(colour.slice(0, 3).join()), group).toBe(true);
    for (const colour of [BADGE.offline, BADGE.empty, [0xf0, 0xf0, 0xf0], [0x20, 0x20, 0x20]]) expect(colours.has(colour.slice(0, 3).join())).toBe(true);
  });

  it('shows both warning marks alone and beside a state mark, and the macOS template in every state', () => {
    const rows = SHEET_ROWS.map((r) => `${r.template ? 'template ' : ''}${r.state} ${r.warning ?? 'none'}`);
    for (const warning of ['severe', 'extreme']) {
      expect(rows).toContain(`ok ${warning}`);
      expect(rows.some((r) => !r.startsWith('template') && r.endsWith(warning) && !r.startsWith('ok'))).toBe(true);
    }
    for (const state of ['ok', 'stale', 'offline']) expect(rows).toContain(`template ${state} none`);
    expect(rows.some((r) => r.startsWith('template') && !r.endsWith('none'))).toBe(true);
  });

  it('grows with the sizes asked for: a block per size', () => {
    expect(drawContactSheet([16, 22, 64]).height).toBeGreaterThan(sheet.height);
    expect(drawContactSheet([16]).height).toBeLessThan(sheet.height);
  });
});
