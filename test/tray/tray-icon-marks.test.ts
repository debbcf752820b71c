// The Severe/Extreme warning mark and the macOS template's marks, read back from the PNG bytes:
// at every whole size the warning sits beside the stale or offline mark without touching it or
// the digits, each combination lights different pixels, and the monochrome template still tells
// fresh, stale, offline and a warning apart.
import { describe, expect, it } from 'vitest';
import type { Bitmap } from '../../main/tray/bitmap.ts';
import { iconLayout } from '../../main/tray/icon-layout.ts';
import { markFor, type TrayWarning } from '../../main/tray/marks.ts';
import { encodePng } from '../../main/tray/png.ts';
import { drawTemplateIcon, drawTrayIcon, type TrayIconInput } from '../../main/tray/tray-icon.ts';
import { decodePng } from './decode-png.ts';
import { isLit, litMask, litRowBands, pixel, readDigits } from './icon-pixels.ts';

const STATES = ['ok', 'stale', 'offline'] as const;
const WARNINGS: readonly TrayWarning[] = [null, 'severe', 'extreme'];
const WORST = [-40, -9, 0, 104, 120, 199];

const input = (temperature: number | null, state: TrayIconInput['state'], warning: TrayWarning): TrayIconInput => ({
  temperature,
  condition: 'rain',
  night: false,
  state,
  warning,
});
const pngOf = (model: TrayIconInput, size: number): Bitmap => decodePng(encodePng(drawTrayIcon(model, size)));
const key = (b: Bitmap): string => [...litMask(b)].sort().join(' ');

/** Runs of lit columns in rows [from, to]: each mark is one or more runs. */
function columnRuns(b: Bitmap, [from, to]: [number, number]): [number, number][] {
  const runs: [number, number][] = [];
  for (let x = 0; x < b.width; x++) {
    let lit = false;
    for (let y = from; y <= to; y++) lit ||= isLit(b, x, y);
    if (!lit) continue;
    const last = runs.at(-1);
    if (last && last[1] === x - 1) last[1] = x;
    else runs.push([x, x]);
  }
  return runs;
}

describe('the warning mark on the tray icon, at every whole size from 16 to 64 px', () => {
  it('keeps the digits and the margin, sits in the mark row clear of the stale or offline mark, and differs for each combination', () => {
    const failures: string[] = [];
    for (let size = 16; size <= 64; size++) {
      const { scale, font } = iconLayout(size);
      const margin = Math.floor(size / 16);
      for (const temperature of WORST) {
        const seen = new Map<string, string>();
        for (const state of STATES) {
          for (const warning of WARNINGS) {
            const name = `${size} px ${temperature} ${state} ${warning}`;
            const b = pngOf(input(temperature, state, warning), size);
            const plain = pngOf(input(temperature, 'ok', null), size);
            const bands = litRowBands(b);
            if (readDigits(b) !== String(temperature)) failures.push(`${name}: read ${readDigits(b)}`);
            const digits = bands[0]!;
            for (let y = digits[0]; y <= digits[1]; y++)
              for (let x = 0; x < size; x++) if (isLit(b, x, y) !== isLit(plain, x, y)) failures.push(`${name}: digit row ${y} changed`);
            const edge = [...litMask(b)].find((k) => {
              const [x, y] = k.split(',').map(Number) as [number, number];
              return Math.min(x, y, size - 1 - x, size - 1 - y) < margin;
            });
            if (edge) failures.push(`${name}: lit at ${edge}`);
            if (bands.length !== (state === 'ok' && !warning ? 1 : 2)) failures.push(`${name}: ${bands.length} row bands`);
            if (warning) {
              // The warning is the rightmost run, a solid triangle as wide as drawn, with a clear gap before any state mark.
              const runs = columnRuns(b, bands[1]!);
              const last = runs.at(-1)!;
              if (last[1] - last[0] + 1 !== markFor(font, warning).width * scale) failures.push(`${name}: warning mark ${last.join('-')} is cut or joined`);
              const before = runs.at(-2);
              if (before && last[0] - before[1] - 1 < scale) failures.push(`${name}: warning touches the state mark`);
            }
            const drawn = key(b);
            if (seen.has(drawn)) failures.push(`${name}: lights the same pixels as ${seen.get(drawn)}`);
            seen.set(drawn, name);
          }
        }
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('severe and extreme differ by at least two font pixels in each font', () => {
    for (const size of [16, 22]) {
      const { font } = iconLayout(size);
      const [severe, extreme] = (['severe', 'extreme'] as const).map((k) => markFor(font, k));
      const differing = severe!.rows.flatMap((row, y) => row.filter((on, x) => on !== extreme!.rows[y]?.[x])).length;
      expect(differing, font.name).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('the macOS template icon with marks', () => {
  for (const size of [16, 32]) {
    it(`at ${size} px is black on transparent and tells fresh, stale, offline and warnings apart`, () => {
      const seen = new Map<string, string>();
      for (const state of STATES) {
        for (const warning of WARNINGS) {
          const name = `${state} ${warning}`;
          const b = decodePng(encodePng(drawTemplateIcon(size, input(null, state, warning))));
          const inked = new Set<string>();
          for (let y = 0; y < size; y++) {
            for (let x = 0; x < size; x++) {
              const [r, g, bl, a] = pixel(b, x, y);
              expect([r, g, bl, a === 0 || a === 255], name).toEqual([0, 0, 0, true]);
              if (a === 255) inked.add(`${x},${y}`);
            }
          }
          const drawn = [...inked].sort().join(' ');
          expect(seen.get(drawn), `${name} looks like another state`).toBeUndefined();
          seen.set(drawn, name);
          // Fresh with no warning is the plain sun; anything else puts its marks below a smaller sun.
          const rows = new Set([...inked].map((k) => Number(k.split(',')[1])));
          const markRows = [...rows].filter((y) => y >= iconLayout(size).markTop);
          if (state === 'ok' && !warning) expect(b.rgba).toEqual(drawTemplateIcon(size).rgba);
          else expect(markRows.length, name).toBeGreaterThan(0);
          expect(rows.has(iconLayout(size).markTop - 1) && state !== 'ok', `${name}: the sun runs into the marks`).toBe(false);
        }
      }
    });
  }
});
