// Every icon the tray can show, read back from the PNG bytes the shell hands to Electron: every
// size × every temperature from -40 to 120 × fresh, stale and offline. Nothing clipped, the
// digits read back as the temperature, white on the badge at least 4.5:1, the badge standing out
// from light and dark panels, and stale and offline told apart from fresh by shape, not colour.
import { describe, expect, it } from 'vitest';
import type { ConditionCode } from '../../main/core/model/model.ts';
import { contrast } from '../../main/tray/badge-colours.ts';
import type { Bitmap, Rgba } from '../../main/tray/bitmap.ts';
import { encodePng } from '../../main/tray/png.ts';
import { ICON_SIZES } from '../../main/tray/icon-layout.ts';
import { drawTrayIcon } from '../../main/tray/tray-icon.ts';
import type { TrayIconModel } from '../../main/tray/tray-model.ts';
import { decodePng } from './decode-png.ts';
import { badgeColours, isLit, litMask, litRowBands, readDigits } from './icon-pixels.ts';

const TEMPERATURES = Array.from({ length: 161 }, (_, i) => i - 40);
const STATES = ['ok', 'stale', 'offline'] as const;
/** Conditions in turn, so every badge colour meets every digit somewhere in the sweep. */
const CONDITIONS: readonly [ConditionCode, boolean][] = [
  ['clear', false],
  ['clear', true],
  ['overcast', false],
  ['rain', false],
  ['snow', false],
  ['thunderstorm', false],
  ['fog', false],
];
const PANELS: Readonly<Record<string, Rgba>> = { light: [0xf0, 0xf0, 0xf0, 255], dark: [0x20, 0x20, 0x20, 255] };
const WHITE: Rgba = [255, 255, 255, 255];

const drawn = new Map<string, Bitmap>();
/** The icon as the tray gets it, drawn, encoded and decoded again; drawn once for all the checks. */
function pngOf(model: TrayIconModel, size: number): Bitmap {
  const key = `${size} ${JSON.stringify(model)}`;
  let bitmap = drawn.get(key);
  if (!bitmap) drawn.set(key, (bitmap = decodePng(encodePng(drawTrayIcon(model, size)))));
  return bitmap;
}

function modelFor(temperature: number, state: (typeof STATES)[number]): TrayIconModel {
  const [condition, night] = CONDITIONS[(((temperature + 40) % CONDITIONS.length) + CONDITIONS.length) % CONDITIONS.length]!;
  return { temperature, condition, night, state };
}

/** Runs `check` on every icon of one size and collects what failed, so one report names them all. */
function sweep(size: number, check: (b: Bitmap, model: TrayIconModel) => string | null): string[] {
  const failures: string[] = [];
  for (const temperature of TEMPERATURES) {
    for (const state of STATES) {
      const model = modelFor(temperature, state);
      const problem = check(pngOf(model, size), model);
      if (problem) failures.push(`${temperature} ${state}: ${problem}`);
    }
  }
  return failures.slice(0, 10);
}

describe.each(ICON_SIZES)('tray icon at %i px, every temperature from -40 to 120, fresh, stale and offline', (size) => {
  // One pixel per 16 of the icon: 1 px at 16 px, 2 px at 32, 4 px at 64.
  const margin = Math.floor(size / 16);

  it(`keeps every lit pixel ${margin} px or more inside the edge, on the badge`, () => {
    const failures = sweep(size, (b) => {
      for (const key of litMask(b)) {
        const [x, y] = key.split(',').map(Number) as [number, number];
        if (Math.min(x, y, size - 1 - x, size - 1 - y) < margin) return `lit pixel at ${key}`;
      }
      return null;
    });
    expect(failures).toEqual([]);
  });

  it('draws only transparent, badge and white pixels: no half-pixel blends', () => {
    const failures = sweep(size, (b) => {
      const badge = badgeColours(b);
      if (badge.length !== 1) return `${badge.length} badge colours`;
      for (let i = 3; i < b.rgba.length; i += 4) if (b.rgba[i] !== 0 && b.rgba[i] !== 255) return `alpha ${b.rgba[i]} at pixel ${(i - 3) / 4}`;
      return null;
    });
    expect(failures).toEqual([]);
  });

  it('reads back as the temperature, glyph by glyph', () => {
    expect(sweep(size, (b, model) => (readDigits(b) === String(model.temperature) ? null : `read ${readDigits(b)}`))).toEqual([]);
  });

  it('white digits contrast at least 4.5:1 with the badge', () => {
    const failures = sweep(size, (b) => {
      const ratio = contrast(WHITE, badgeColours(b)[0]!);
      return ratio >= 4.5 ? null : `contrast ${ratio.toFixed(2)}`;
    });
    expect(failures).toEqual([]);
  });

  it('the badge stands out at least 3:1 from a light and from a dark panel', () => {
    const failures = sweep(size, (b) => {
      for (const [name, panel] of Object.entries(PANELS)) {
        const ratio = contrast(badgeColours(b)[0]!, panel);
        if (ratio < 3) return `${name} panel ${ratio.toFixed(2)}`;
      }
      return null;
    });
    expect(failures).toEqual([]);
  });

  it('marks stale and offline with a shape below the digits, different for each, not colour alone', () => {
    const failures: string[] = [];
    for (const temperature of TEMPERATURES) {
      const [fresh, stale, offline] = STATES.map((state) => pngOf(modelFor(temperature, state), size));
      const bands = [fresh!, stale!, offline!].map((b) => litRowBands(b).length);
      if (bands.join() !== '1,2,2') failures.push(`${temperature}: lit row bands ${bands.join()}, expected the digits alone, then digits and a mark`);
      const [a, b, c] = [fresh!, stale!, offline!].map((bitmap) => [...litMask(bitmap)].sort().join(' '));
      if (a === b || a === c || b === c) failures.push(`${temperature}: two states light the same pixels`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('the mark leaves the digits alone: fresh digits are lit exactly where stale and offline ones are', () => {
    const failures = sweep(size, (b, model) => {
      const fresh = pngOf({ ...model, state: 'ok' }, size);
      const [digits] = litRowBands(fresh);
      for (let y = digits![0]; y <= digits![1]; y++) for (let x = 0; x < size; x++) if (isLit(b, x, y) !== isLit(fresh, x, y)) return `digit row ${y} differs`;
      return null;
    });
    expect(failures).toEqual([]);
  });
});

describe('tray icon at every whole size from 16 to 64 px (Windows draws at 16 × its display scale: 28 at 175 %)', () => {
  const WORST = [-40, -88, -9, 0, 104, 120, 188, 199];

  it('the widest temperatures keep their margin and read back, fresh, stale and offline', () => {
    const failures: string[] = [];
    for (let size = 16; size <= 64; size++) {
      const margin = Math.floor(size / 16);
      for (const temperature of WORST) {
        for (const state of STATES) {
          const b = pngOf(modelFor(temperature, state), size);
          const read = readDigits(b);
          const edge = [...litMask(b)]
            .map((key) => key.split(',').map(Number) as [number, number])
            .find(([x, y]) => Math.min(x, y, size - 1 - x, size - 1 - y) < margin);
          if (read !== String(temperature) || edge)
            failures.push(`${size} px ${temperature} ${state}: read ${read}${edge ? `, lit at ${edge.join(',')}` : ''}`);
          if (state !== 'ok' && litRowBands(b).length !== 2) failures.push(`${size} px ${temperature} ${state}: mark missing or touching the digits`);
        }
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });
});
