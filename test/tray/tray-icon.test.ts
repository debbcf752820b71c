// The drawn icons are legible, read back from the PNG bytes the shell hands to Electron: the
// temperature can be read from the pixels where the layout puts it, white digits contrast with
// every badge, the badge's colour says the condition. PNGs are written to test-output/ to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ConditionCode } from '../../main/core/model/model.ts';
import { BADGE, staleBadge } from '../../main/tray/badge-colours.ts';
import type { Bitmap, Rgba } from '../../main/tray/bitmap.ts';
import { encodePng } from '../../main/tray/png.ts';
import { ICON_SIZES, TEXT, drawTemplateIcon, drawTrayIcon, textLayout, type IconSize } from '../../main/tray/tray-icon.ts';
import { buildTrayModel, type TrayIconModel } from '../../main/tray/tray-model.ts';
import { conditionGroup } from '../../main/wording/condition.ts';
import { STATUS, snapshotsFor } from '../support/snapshots.ts';
import { decodePng } from './decode-png.ts';
import { pixel, readBack, textBox } from './icon-pixels.ts';

const OUT = new URL('../../test-output/tray-icons/', import.meta.url);

/** The icon as the tray gets it: drawn, encoded, and decoded again. */
const pngOf = (model: TrayIconModel, size: IconSize): Bitmap => decodePng(encodePng(drawTrayIcon(model, size)));

/** WCAG contrast ratio. */
function contrast(a: Rgba, b: Rgba): number {
  const lum = ([r, g, bl]: Rgba): number => {
    const ch = (v: number): number => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(bl);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const CASES: [number | null, ConditionCode][] = [[-12, 'snow'], [0, 'fog'], [7, 'rain'], [23, 'clear'], [104, 'thunderstorm'], [null, 'overcast']];

describe('tray icon', () => {
  it.each(ICON_SIZES)('at %i px the digits read back from the PNG, inside the box the layout gives', (size) => {
    mkdirSync(OUT, { recursive: true });
    const read = CASES.map(([temperature, condition]) => {
      const png = encodePng(drawTrayIcon({ temperature, condition, state: 'ok' }, size));
      writeFileSync(new URL(`${temperature ?? 'none'}-${size}px.png`, OUT), png);
      const bitmap = decodePng(png);
      const { left, top, width, height } = textLayout(temperature, size);
      const box = textBox(bitmap);
      expect(box && [box.left, box.right], `${temperature}`).toEqual([left, left + width - 1]);
      // A dash alone is one stroke in the middle of the line; digits fill its height.
      if (temperature !== null) expect(box && [box.top, box.bottom], `${temperature}`).toEqual([top, top + height - 1]);
      // Centred: the margins either side differ by at most one pixel.
      expect(Math.abs(left - (size - left - width))).toBeLessThanOrEqual(1);
      return readBack(bitmap, size, top);
    });
    // Three characters leave no room for the degree sign; the number always fits.
    expect(read).toEqual(['-12', '0°', '7°', '23°', '104', '-']);
  });

  it('draws the temperature the tray model gives, the same the macOS title writes', () => {
    const [s] = snapshotsFor(1);
    const w = s!.weather!;
    for (const temperature of [-7.5, -0.4, 0.5, 18.49]) {
      const snapshot = { ...s!, weather: { ...w, current: { ...w.current, temperature } } };
      const model = buildTrayModel({ snapshots: [snapshot], status: STATUS, hasTitle: true });
      for (const size of ICON_SIZES) expect(readBack(pngOf(model.icon, size), size, textLayout(model.icon.temperature, size).top)).toBe(model.title);
    }
  });

  it('draws a temperature just below zero as 0°, without a minus sign', () => {
    for (const size of ICON_SIZES) expect(readBack(pngOf({ temperature: -0.4, condition: 'fog', state: 'ok' }, size), size, textLayout(0, size).top)).toBe('0°');
  });

  it('keeps a margin: no digit touches the outermost pixel columns', () => {
    for (const size of ICON_SIZES) {
      for (const [temperature] of CASES) {
        const b = pngOf({ temperature: temperature === null ? null : -temperature, condition: 'clear', state: 'ok' }, size);
        for (let y = 0; y < size; y++) for (const x of [0, size - 1]) expect(pixel(b, x, y)).not.toEqual([...TEXT]);
      }
    }
  });

  it('white digits contrast at least 3:1 with every badge, stale ones included', () => {
    for (const colour of Object.values(BADGE)) {
      expect(contrast(TEXT, colour)).toBeGreaterThanOrEqual(3);
      expect(contrast(TEXT, staleBadge(colour))).toBeGreaterThanOrEqual(3);
    }
  });

  it("every pixel of the badge is the condition's colour: offline grey, out of date greyed", () => {
    const codes: ConditionCode[] = ['clear', 'mainly-clear', 'partly-cloudy', 'overcast', 'fog', 'drizzle', 'rain', 'freezing-rain', 'snow-showers', 'thunderstorm-hail', 'unknown'];
    const badgeColours = (b: Bitmap): string[] => {
      const colours = new Set<string>();
      for (let y = 0; y < b.height; y++) for (let x = 0; x < b.width; x++) if (pixel(b, x, y)[3] === 255) colours.add(pixel(b, x, y).join());
      colours.delete(TEXT.join());
      return [...colours];
    };
    for (const size of ICON_SIZES) {
      for (const condition of codes) expect(badgeColours(pngOf({ temperature: 5, condition, state: 'ok' }, size)), condition).toEqual([BADGE[conditionGroup(condition)].join()]);
      expect(badgeColours(pngOf({ temperature: 5, condition: 'rain', state: 'stale' }, size))).toEqual([staleBadge(BADGE.rain).join()]);
      expect(badgeColours(pngOf({ temperature: 5, condition: 'rain', state: 'offline' }, size))).toEqual([BADGE.offline.join()]);
      expect(badgeColours(pngOf({ temperature: null, condition: null, state: 'empty' }, size))).toEqual([BADGE.empty.join()]);
    }
    expect(BADGE.rain).not.toEqual(BADGE.clear);
  });

  it('rounds its corners: the corner pixels are transparent', () => {
    for (const size of ICON_SIZES) {
      const b = pngOf({ temperature: 5, condition: 'rain', state: 'ok' }, size);
      for (const [x, y] of [[0, 0], [size - 1, 0], [0, size - 1], [size - 1, size - 1]] as const) expect(pixel(b, x, y)[3]).toBe(0);
    }
  });

  it('the macOS template icon is black on transparent, and nothing else', () => {
    for (const size of ICON_SIZES) {
      const png = encodePng(drawTemplateIcon(size));
      writeFileSync(new URL(`template-${size}px.png`, OUT), png);
      const b = decodePng(png);
      let black = 0;
      for (let y = 0; y < size; y++) {
        for (let x = 0; x < size; x++) {
          const [r, g, bl, a] = pixel(b, x, y);
          expect([r, g, bl, a === 0 || a === 255]).toEqual([0, 0, 0, true]);
          if (a === 255) black++;
        }
      }
      expect(pixel(b, size / 2, size / 2)).toEqual([0, 0, 0, 255]);
      expect(pixel(b, 0, 0)[3]).toBe(0);
      // A sun, not a blot and not a speck.
      expect(black / (size * size)).toBeGreaterThan(0.2);
      expect(black / (size * size)).toBeLessThan(0.5);
    }
  });
});
