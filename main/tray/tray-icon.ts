// The tray icon as pixels: the primary place's temperature in white on a badge whose colour says
// the condition, so it reads on light and dark panels alike. Pure: model and size in, RGBA out.
import { wholeDegrees } from '../wording/temperature.ts';
import { badgeColour } from './badge-colours.ts';
import { createCanvas, type Bitmap, type Rgba } from './bitmap.ts';
import { DEGREE, GLYPH_HEIGHT, GLYPH_WIDTH, glyph } from './glyphs.ts';
import { paintBadge, paintSun } from './shapes.ts';
import type { TrayIconModel } from './tray-model.ts';

export const ICON_SIZES = [16, 32] as const;
export type IconSize = (typeof ICON_SIZES)[number];

export const TEXT: Rgba = [255, 255, 255, 255];

/** Where the text goes: its characters, whether the degree sign fits, and its box in pixels. */
export type TextLayout = Readonly<{ chars: string; degree: boolean; scale: number; left: number; top: number; width: number; height: number }>;

/** Digits and sign, with the degree sign only when it fits; a dash when there is no temperature. */
export function textLayout(temperature: number | null, size: IconSize): TextLayout {
  const scale = size / 16;
  const chars = temperature === null ? '-' : String(wholeDegrees(Math.max(-99, Math.min(199, temperature))));
  const digitsWidth = chars.length * (GLYPH_WIDTH + 1) - 1;
  const degree = temperature !== null && (digitsWidth + 1 + DEGREE.length) * scale <= size - 2 * scale;
  const width = (digitsWidth + (degree ? 1 + DEGREE.length : 0)) * scale;
  const height = GLYPH_HEIGHT * scale;
  return { chars, degree, scale, left: Math.floor((size - width) / 2), top: Math.floor((size - height) / 2), width, height };
}

export function drawTrayIcon(model: TrayIconModel, size: IconSize): Bitmap {
  const canvas = createCanvas(size);
  paintBadge(canvas, badgeColour(model.condition, model.state), 3 * (size / 16));
  const { chars, degree, scale, left, top } = textLayout(model.temperature, size);
  let x0 = left;
  const plot = (gx: number, gy: number): void => {
    for (let sy = 0; sy < scale; sy++) for (let sx = 0; sx < scale; sx++) canvas.set(x0 + gx * scale + sx, top + gy * scale + sy, TEXT);
  };
  for (const char of chars) {
    glyph(char).forEach((row, gy) => row.forEach((on, gx) => on && plot(gx, gy)));
    x0 += (GLYPH_WIDTH + 1) * scale;
  }
  if (degree) DEGREE.forEach((row, gy) => [...row].forEach((c, gx) => c === '#' && plot(gx, gy)));
  return canvas.bitmap;
}

/** macOS shows the temperature as the tray title beside a monochrome template glyph: a small sun. */
export function drawTemplateIcon(size: IconSize): Bitmap {
  const canvas = createCanvas(size);
  paintSun(canvas, [0, 0, 0, 255], { disc: 0.25, raysFrom: 0.36, raysTo: 0.48, rayWidth: 0.25 });
  return canvas.bitmap;
}
