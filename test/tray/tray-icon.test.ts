// The drawn icons are legible: the temperature can be read back from the pixels, white digits
// contrast with every badge, nothing is clipped. PNGs are written to test-output/ to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ConditionCode } from '../../main/core/model/model.ts';
import { DEGREE, GLYPH_CHARS, GLYPH_HEIGHT, GLYPH_WIDTH, glyph } from '../../main/tray/glyphs.ts';
import { encodePng } from '../../main/tray/png.ts';
import { BADGE, staleBadge } from '../../main/tray/badge-colours.ts';
import type { Bitmap, Rgba } from '../../main/tray/bitmap.ts';
import { ICON_SIZES, TEXT, drawTemplateIcon, drawTrayIcon, type IconSize } from '../../main/tray/tray-icon.ts';

const OUT = new URL('../../test-output/tray-icons/', import.meta.url);

/** Reads the characters back from the white pixels, glyph by glyph: legible to a machine at least. */
function readBack(bitmap: Bitmap, size: IconSize): string {
  const scale = size / 16;
  const white = (x: number, y: number): boolean => bitmap.rgba[(y * bitmap.width + x) * 4] === 255 && bitmap.rgba[(y * bitmap.width + x) * 4 + 1] === 255;
  const columns = Array.from({ length: bitmap.width }, (_, x) => Array.from({ length: bitmap.height }, (_, y) => white(x, y)).some(Boolean));
  const top = Array.from({ length: bitmap.height }, (_, y) => columns.some((_, x) => white(x, y))).indexOf(true);
  let text = '';
  for (let x = 0; x < bitmap.width; ) {
    if (!columns[x]) {
      x++;
      continue;
    }
    let end = x;
    while (columns[end]) end++;
    const cells = (w: number, h: number): boolean[][] => Array.from({ length: h }, (_, gy) => Array.from({ length: w }, (_, gx) => white(x + gx * scale, top + gy * scale)));
    const width = (end - x) / scale;
    const asDegree = width === DEGREE.length && cells(3, 3).every((row, gy) => row.every((on, gx) => on === (DEGREE[gy]?.[gx] === '#')));
    const match = GLYPH_CHARS.find((c) => cells(GLYPH_WIDTH, GLYPH_HEIGHT).every((row, gy) => row.every((on, gx) => on === glyph(c)[gy]?.[gx])));
    text += asDegree ? '°' : (match ?? '?');
    x = end;
  }
  return text;
}

/** WCAG contrast ratio. */
function contrast(a: Rgba, b: Rgba): number {
  const lum = ([r, g, bl]: Rgba): number => {
    const ch = (v: number): number => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(bl);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const CASES: [number, ConditionCode][] = [[-12, 'snow'], [0, 'fog'], [7, 'rain'], [23, 'clear'], [104, 'thunderstorm']];

describe('tray icon', () => {
  it.each(ICON_SIZES)('draws -12, 0, 7, 23 and 104 degrees legibly at %i px, and writes them as PNG', (size) => {
    mkdirSync(OUT, { recursive: true });
    const read = CASES.map(([t, condition]) => {
      const bitmap = drawTrayIcon({ temperature: t, condition, state: 'ok' }, size);
      writeFileSync(new URL(`${t}-${size}px.png`, OUT), encodePng(bitmap));
      return readBack(bitmap, size);
    });
    // Three characters leave no room for the degree sign; the number always fits.
    expect(read).toEqual(['-12', '0°', '7°', '23°', '104']);
  });

  it('keeps a margin: nothing is drawn in the outermost pixel columns', () => {
    for (const size of ICON_SIZES) {
      for (const [t] of CASES) {
        const b = drawTrayIcon({ temperature: t, condition: 'clear', state: 'ok' }, size);
        for (let y = 0; y < size; y++) for (const x of [0, size - 1]) expect(b.rgba[(y * size + x) * 4 + 1]).not.toBe(255);
      }
    }
  });

  it('white digits contrast at least 3:1 with every badge, stale ones included', () => {
    for (const colour of Object.values(BADGE)) {
      expect(contrast(TEXT, colour)).toBeGreaterThanOrEqual(3);
      expect(contrast(TEXT, staleBadge(colour))).toBeGreaterThanOrEqual(3);
    }
  });

  it('shows the condition by colour and the offline state by grey', () => {
    const centre = (b: Bitmap): number[] => [...b.rgba.subarray(((1 * b.width) + 1) * 4, ((1 * b.width) + 1) * 4 + 4)];
    const of = (condition: ConditionCode, state: 'ok' | 'offline' = 'ok'): number[] => centre(drawTrayIcon({ temperature: 5, condition, state }, 16));
    expect(of('clear')).toEqual([...BADGE.clear]);
    expect(of('rain')).toEqual([...BADGE.rain]);
    expect(of('thunderstorm-hail')).toEqual([...BADGE.storm]);
    expect(of('rain', 'offline')).toEqual([...BADGE.offline]);
    writeFileSync(new URL('template-32px.png', OUT), encodePng(drawTemplateIcon(32)));
  });

  it('encodes a PNG a decoder accepts', () => {
    const png = encodePng(drawTrayIcon({ temperature: 7, condition: 'rain', state: 'ok' }, 16));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(16);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  });
});
