// Reading decoded icon pixels the way a person would: which pixels are lit (white), where the
// line of digits is, and which characters its glyph columns spell, matched against the fonts.
import type { Bitmap, Rgba } from '../../main/tray/bitmap.ts';
import { FONTS, type Font } from '../../main/tray/glyphs.ts';

export function pixel(b: Bitmap, x: number, y: number): number[] {
  return [...b.rgba.subarray((y * b.width + x) * 4, (y * b.width + x) * 4 + 4)];
}

/** White, the only colour digits and marks are drawn in. Reads the bytes directly: sweeps call it millions of times. */
export function isLit({ rgba, width }: Bitmap, x: number, y: number): boolean {
  const i = (y * width + x) * 4;
  return rgba[i] === 255 && rgba[i + 1] === 255 && rgba[i + 2] === 255 && rgba[i + 3] === 255;
}

/** Every lit pixel as "x,y": the picture a greyscale or colour-blind eye still sees. */
export function litMask(b: Bitmap): Set<string> {
  const lit = new Set<string>();
  for (let y = 0; y < b.height; y++) for (let x = 0; x < b.width; x++) if (isLit(b, x, y)) lit.add(`${x},${y}`);
  return lit;
}

/** Runs of consecutive indices for which `on` holds, as [first, last] inclusive. */
function runs(length: number, on: (i: number) => boolean): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < length; i++) {
    if (!on(i)) continue;
    const last = found.at(-1);
    if (last && last[1] === i - 1) last[1] = i;
    else found.push([i, i]);
  }
  return found;
}

/** Bands of rows holding lit pixels, top to bottom: the digits first, then any mark. */
export function litRowBands(b: Bitmap): [number, number][] {
  return runs(b.height, (y) => Array.from({ length: b.width }, (_, x) => isLit(b, x, y)).some(Boolean));
}

const badgeCache = new WeakMap<Bitmap, Rgba[]>();

/** The opaque colours that are not lit: the badge, which should be one colour. */
export function badgeColours(b: Bitmap): Rgba[] {
  const cached = badgeCache.get(b);
  if (cached) return cached;
  const seen = new Map<number, Rgba>();
  const { rgba } = b;
  for (let i = 0; i < rgba.length; i += 4) {
    const [r, g, bl, a] = [rgba[i]!, rgba[i + 1]!, rgba[i + 2]!, rgba[i + 3]!];
    if (a === 255 && !(r === 255 && g === 255 && bl === 255)) seen.set((r << 16) | (g << 8) | bl, [r, g, bl, a]);
  }
  const colours = [...seen.values()];
  badgeCache.set(b, colours);
  return colours;
}

/** One glyph cell of `scale` × `scale` pixels; null when it is neither all lit nor all dark. */
function cell(b: Bitmap, x: number, y: number, scale: number): boolean | null {
  const first = isLit(b, x, y);
  for (let dy = 0; dy < scale; dy++) for (let dx = 0; dx < scale; dx++) if (isLit(b, x + dx, y + dy) !== first) return null;
  return first;
}

function matchGlyph(b: Bitmap, font: Font, scale: number, [left, right]: [number, number], top: number): string {
  const width = (right - left + 1) / scale;
  if (!Number.isInteger(width)) return '?';
  const rows = Array.from({ length: font.height }, (_, gy) => Array.from({ length: width }, (_, gx) => cell(b, left + gx * scale, top + gy * scale, scale)));
  const found = Object.entries(font.glyphs).find(([, g]) => g.width === width && g.rows.every((row, gy) => row.every((on, gx) => rows[gy]?.[gx] === on)));
  return found ? found[0] : '?';
}

/**
 * Reads the top band of lit rows as text: its height names the font and the whole-pixel scale,
 * its runs of lit columns are the glyphs, each matched cell by cell. Any glyph that is clipped,
 * smeared over half pixels or run into its neighbour reads as '?'.
 */
export function readDigits(b: Bitmap): string {
  const [band] = litRowBands(b);
  if (!band) return '';
  const height = band[1] - band[0] + 1;
  const fits = FONTS.filter((f) => height % f.height === 0);
  if (fits.length !== 1) return `?(${height} rows)`;
  const font = fits[0]!;
  const scale = height / font.height;
  const columns = runs(b.width, (x) => Array.from({ length: height }, (_, dy) => isLit(b, x, band[0] + dy)).some(Boolean));
  return columns.map((c) => matchGlyph(b, font, scale, c, band[0])).join('');
}
