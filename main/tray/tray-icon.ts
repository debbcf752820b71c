// The tray icon as pixels: the primary place's temperature in white on a badge whose colour says
// the condition, so it reads on light and dark panels alike. Pure: size in, RGBA out.
import type { ConditionCode } from '../core/model/model.ts';
import { DEGREE, GLYPH_HEIGHT, GLYPH_WIDTH, glyph } from './glyphs.ts';
import type { TrayIconModel } from './tray-model.ts';

export type Rgba = readonly [number, number, number, number];

export type Bitmap = Readonly<{ width: number; height: number; rgba: Uint8Array }>;

export const ICON_SIZES = [16, 32] as const;
export type IconSize = (typeof ICON_SIZES)[number];

export const TEXT: Rgba = [255, 255, 255, 255];

/** Badge colours, each dark enough for white digits (contrast at least 3:1) on any panel. */
export const BADGE: Record<'clear' | 'cloud' | 'fog' | 'rain' | 'snow' | 'storm' | 'offline' | 'empty', Rgba> = {
  clear: [196, 98, 0, 255],
  cloud: [84, 98, 114, 255],
  fog: [110, 110, 110, 255],
  rain: [29, 99, 196, 255],
  snow: [22, 120, 150, 255],
  storm: [118, 54, 178, 255],
  offline: [96, 96, 96, 255],
  empty: [84, 98, 114, 255],
};

/** Out-of-date data keeps its colour, greyed: opaque, so white digits stay legible on light panels. */
export function staleBadge([r, g, b]: Rgba): Rgba {
  const grey = 100;
  return [Math.round(r * 0.5 + grey * 0.5), Math.round(g * 0.5 + grey * 0.5), Math.round(b * 0.5 + grey * 0.5), 255];
}

export function badgeFor(condition: ConditionCode | null): keyof typeof BADGE {
  switch (condition) {
    case 'clear':
    case 'mainly-clear':
      return 'clear';
    case 'fog':
      return 'fog';
    case 'drizzle':
    case 'freezing-drizzle':
    case 'rain':
    case 'heavy-rain':
    case 'freezing-rain':
    case 'rain-showers':
      return 'rain';
    case 'snow':
    case 'heavy-snow':
    case 'snow-showers':
      return 'snow';
    case 'thunderstorm':
    case 'thunderstorm-hail':
      return 'storm';
    default:
      return 'cloud';
  }
}

function canvas(size: number): { bitmap: Bitmap; set: (x: number, y: number, c: Rgba) => void } {
  const rgba = new Uint8Array(size * size * 4);
  return {
    bitmap: { width: size, height: size, rgba },
    set(x, y, c) {
      if (x < 0 || y < 0 || x >= size || y >= size) return;
      rgba.set(c, (y * size + x) * 4);
    },
  };
}

/** The characters to draw: digits and sign, with the degree sign only when it fits. */
export function iconText(temperature: number | null, size: IconSize): { chars: string; degree: boolean } {
  if (temperature === null) return { chars: '-', degree: false };
  const chars = String(Math.max(-99, Math.min(199, Math.round(temperature))));
  const scale = size / 16;
  const width = (chars.length * (GLYPH_WIDTH + 1) - 1 + 1 + DEGREE.length) * scale;
  return { chars, degree: width <= size - 2 * scale };
}

export function drawTrayIcon(model: TrayIconModel, size: IconSize): Bitmap {
  const { bitmap, set } = canvas(size);
  const scale = size / 16;
  const badge = BADGE[model.state === 'offline' ? 'offline' : model.state === 'empty' ? 'empty' : badgeFor(model.condition)];
  const fill = model.state === 'stale' ? staleBadge(badge) : badge;
  const radius = 3 * scale;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = Math.max(radius - x - 0.5, x + 0.5 - (size - radius), 0);
      const dy = Math.max(radius - y - 0.5, y + 0.5 - (size - radius), 0);
      if (dx * dx + dy * dy <= radius * radius) set(x, y, fill);
    }
  }
  const { chars, degree } = iconText(model.temperature, size);
  const textWidth = (chars.length * (GLYPH_WIDTH + 1) - 1 + (degree ? 1 + DEGREE.length : 0)) * scale;
  let left = Math.floor((size - textWidth) / 2);
  const top = Math.floor((size - GLYPH_HEIGHT * scale) / 2);
  const plot = (gx: number, gy: number): void => {
    for (let sy = 0; sy < scale; sy++) for (let sx = 0; sx < scale; sx++) set(left + gx * scale + sx, top + gy * scale + sy, TEXT);
  };
  for (const char of chars) {
    glyph(char).forEach((row, gy) => row.forEach((on, gx) => on && plot(gx, gy)));
    left += (GLYPH_WIDTH + 1) * scale;
  }
  if (degree) DEGREE.forEach((row, gy) => [...row].forEach((c, gx) => c === '#' && plot(gx, gy)));
  return bitmap;
}

/** macOS shows the temperature as the tray title beside a monochrome template glyph: a small sun. */
export function drawTemplateIcon(size: IconSize): Bitmap {
  const { bitmap, set } = canvas(size);
  const c = size / 2;
  const black: Rgba = [0, 0, 0, 255];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c);
      const angle = Math.atan2(y + 0.5 - c, x + 0.5 - c);
      const ray = d > size * 0.36 && d < size * 0.48 && Math.abs(Math.sin(angle * 4)) < 0.25;
      if (d < size * 0.25 || ray) set(x, y, black);
    }
  }
  return bitmap;
}
