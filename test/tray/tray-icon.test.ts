// The tray icon's parts, read back from the PNG bytes the shell hands to Electron: the model's
// temperature, the badge's colour per condition, no data, the fonts themselves and the macOS
// template. PNGs are written to test-output/ to look at. (Every size × temperature × state is
// swept in tray-icon-legibility.test.ts.)
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ConditionCode } from '../../main/core/model/model.ts';
import { BADGE, staleBadge } from '../../main/tray/badge-colours.ts';
import type { Bitmap } from '../../main/tray/bitmap.ts';
import { FONTS } from '../../main/tray/glyphs.ts';
import { encodePng } from '../../main/tray/png.ts';
import { ICON_SIZES } from '../../main/tray/icon-layout.ts';
import { drawTemplateIcon, drawTrayIcon } from '../../main/tray/tray-icon.ts';
import { buildTrayModel, type TrayIconModel } from '../../main/tray/tray-model.ts';
import { conditionGroup } from '../../main/wording/condition.ts';
import { STATUS, snapshotsFor } from '../support/snapshots.ts';
import { decodePng } from './decode-png.ts';
import { badgeColours, isLit, litRowBands, pixel, readDigits } from './icon-pixels.ts';
import { createWording } from '../../main/wording/wording.ts';

const ENGLISH = createWording('en');

const OUT = new URL('../../test-output/tray-icons/', import.meta.url);

const pngOf = (model: TrayIconModel, size: number): Bitmap => decodePng(encodePng(drawTrayIcon(model, size)));
const icon = (temperature: number | null, condition: ConditionCode | null = 'rain', state: TrayIconModel['state'] = 'ok'): TrayIconModel => ({
  temperature,
  condition,
  night: false,
  state,
});

describe('tray icon', () => {
  it('draws the temperature the tray model gives: the macOS title without its degree sign', () => {
    mkdirSync(OUT, { recursive: true });
    const [s] = snapshotsFor(1);
    const w = s!.weather!;
    for (const temperature of [-40.4, -7.5, -0.4, 0.5, 18.49, 119.6]) {
      const snapshot = { ...s!, weather: { ...w, current: { ...w.current, temperature } } };
      const model = buildTrayModel({ snapshots: [snapshot], status: STATUS, hasTitle: true, wording: ENGLISH });
      for (const size of ICON_SIZES) {
        const png = encodePng(drawTrayIcon(model.icon, size));
        writeFileSync(new URL(`${temperature}-${size}px.png`, OUT), png);
        expect(`${readDigits(decodePng(png))}°`, `${temperature} at ${size} px`).toBe(model.title);
      }
    }
  });

  it('draws the worst cases pixel for pixel as designed: "-40" stale at 16 px, "120" offline at 22 px', () => {
    // '#' white, '.' badge, ' ' transparent: written out by hand, so a changed glyph shows up here.
    const at16 = [
      ' .............. ',
      '................',
      '................',
      '................',
      '.....#..#..##...',
      '.....#..#.#..#..',
      '.....#..#.#..#..',
      '.###.####.#..#..',
      '........#.#..#..',
      '........#.#..#..',
      '........#..##...',
      '................',
      '................',
      '................',
      '.....#.#.#......',
      ' .............. ',
    ];
    const at22 = [
      '  ..................  ',
      ' .................... ',
      '......................',
      '......................',
      '...##...####...####...',
      '..###..##..##.##..##..',
      '...##......##.##..##..',
      '...##......##.##..##..',
      '...##.....##..##..##..',
      '...##....##...##..##..',
      '...##...##....##..##..',
      '...##..##.....##..##..',
      '...##..##.....##..##..',
      '...##..##.....##..##..',
      '..####.######..####...',
      '......................',
      '........##..##........',
      '.........####.........',
      '..........##..........',
      '.........####.........',
      ' .......##..##....... ',
      '  ..................  ',
    ];
    const art = (b: Bitmap): string[] =>
      Array.from({ length: b.height }, (_, y) =>
        Array.from({ length: b.width }, (_, x) => (pixel(b, x, y)[3] === 0 ? ' ' : isLit(b, x, y) ? '#' : '.')).join(''),
      );
    expect(art(pngOf(icon(-40, 'snow', 'stale'), 16))).toEqual(at16);
    expect(art(pngOf(icon(120, 'fog', 'offline'), 22))).toEqual(at22);
  });

  it('beyond the drawn range shows the nearest end rather than spilling out of the icon', () => {
    for (const size of ICON_SIZES) {
      expect(readDigits(pngOf(icon(-130), size))).toBe('-99');
      expect(readDigits(pngOf(icon(250), size))).toBe('199');
    }
  });

  it('with no temperature shows two dashes in the middle of the line, nothing else', () => {
    for (const size of ICON_SIZES) {
      const b = pngOf(icon(null, null, 'empty'), size);
      const bands = litRowBands(b);
      expect(bands).toHaveLength(1);
      const [top, bottom] = bands[0]!;
      // A dash is one font pixel tall: 1/16 of the icon, give or take the whole-pixel scale.
      expect(bottom - top + 1).toBeLessThanOrEqual(Math.ceil(size / 16));
      const lit = Array.from({ length: size }, (_, x) => isLit(b, x, top));
      expect(
        lit
          .join('')
          .split(/false/)
          .filter((run) => run.length > 0),
      ).toHaveLength(2);
    }
  });

  it("every pixel of the badge is the condition's colour: clear nights indigo, stale greyed, offline grey", () => {
    const codes: ConditionCode[] = [
      'clear',
      'mainly-clear',
      'partly-cloudy',
      'overcast',
      'fog',
      'drizzle',
      'rain',
      'freezing-rain',
      'snow-showers',
      'thunderstorm-hail',
      'unknown',
    ];
    for (const size of ICON_SIZES) {
      for (const condition of codes) expect(badgeColours(pngOf(icon(5, condition), size)), condition).toEqual([BADGE[conditionGroup(condition)]]);
      expect(badgeColours(pngOf({ ...icon(5, 'clear'), night: true }, size))).toEqual([BADGE.clearNight]);
      expect(badgeColours(pngOf(icon(5, 'rain', 'stale'), size))).toEqual([staleBadge(BADGE.rain)]);
      expect(badgeColours(pngOf(icon(5, 'rain', 'offline'), size))).toEqual([BADGE.offline]);
      expect(badgeColours(pngOf(icon(null, null, 'empty'), size))).toEqual([BADGE.empty]);
    }
    const groups = ['clear', 'clearNight', 'cloud', 'fog', 'rain', 'snow', 'storm', 'offline'] as const;
    expect(new Set(groups.map((g) => BADGE[g].join())).size).toBe(groups.length);
  });

  it('stale keeps a hint of the condition: each stale colour differs from the others', () => {
    const groups = ['clear', 'clearNight', 'cloud', 'fog', 'rain', 'snow', 'storm'] as const;
    expect(new Set(groups.map((g) => staleBadge(BADGE[g]).join())).size).toBe(groups.length);
  });

  it('rounds its corners: the corner pixels are transparent', () => {
    for (const size of ICON_SIZES) {
      const b = pngOf(icon(5), size);
      for (const [x, y] of [
        [0, 0],
        [size - 1, 0],
        [0, size - 1],
        [size - 1, size - 1],
      ] as const)
        expect(pixel(b, x, y)[3]).toBe(0);
    }
  });

  it('no two glyphs of a font are one pixel apart: a single stray pixel cannot turn one digit into another', () => {
    for (const font of FONTS) {
      const glyphs = Object.entries(font.glyphs);
      for (const [a, ga] of glyphs) {
        for (const [b, gb] of glyphs) {
          if (a >= b || ga.width !== gb.width) continue;
          const differing = ga.rows.flatMap((row, y) => row.filter((on, x) => on !== gb.rows[y]?.[x])).length;
          expect(differing, `${font.name} ${a} and ${b}`).toBeGreaterThanOrEqual(2);
        }
      }
      // Every column of a glyph has a lit pixel: glyphs are told apart by the gaps between them.
      for (const [char, g] of glyphs)
        for (let x = 0; x < g.width; x++)
          expect(
            g.rows.some((row) => row[x]),
            `${font.name} ${char} column ${x}`,
          ).toBe(true);
    }
  });

  it('the macOS template icon is black on transparent, and nothing else', () => {
    for (const size of [16, 32]) {
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
      // A sun, not a blot and not a speck.
      expect(black / (size * size)).toBeGreaterThan(0.2);
      expect(black / (size * size)).toBeLessThan(0.5);
    }
  });
});
