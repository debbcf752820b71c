// Reading decoded icon pixels: one pixel, the box around the white text, and the text itself.
import type { Bitmap } from '../../main/tray/bitmap.ts';
import { DEGREE, GLYPH_CHARS, GLYPH_HEIGHT, GLYPH_WIDTH, glyph } from '../../main/tray/glyphs.ts';

export function pixel(b: Bitmap, x: number, y: number): number[] {
  return [...b.rgba.subarray((y * b.width + x) * 4, (y * b.width + x) * 4 + 4)];
}

const isWhite = (b: Bitmap, x: number, y: number): boolean => pixel(b, x, y).every((v) => v === 255);

/** The smallest box holding every white pixel, inclusive; null when there are none. */
export function textBox(b: Bitmap): { left: number; top: number; right: number; bottom: number } | null {
  let box: { left: number; top: number; right: number; bottom: number } | null = null;
  for (let y = 0; y < b.height; y++) {
    for (let x = 0; x < b.width; x++) {
      if (!isWhite(b, x, y)) continue;
      box = box ? { left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x), bottom: Math.max(box.bottom, y) } : { left: x, top: y, right: x, bottom: y };
    }
  }
  return box;
}

/**
 * Reads the characters back from the white pixels, glyph by glyph: legible to a machine at least.
 * `top` is the first pixel row of the line of text (a lone dash lights none of its top rows).
 */
export function readBack(b: Bitmap, size: number, top: number): string {
  const scale = size / 16;
  const columns = Array.from({ length: b.width }, (_, x) => Array.from({ length: b.height }, (_, y) => isWhite(b, x, y)).some(Boolean));
  let text = '';
  for (let x = 0; x < b.width; ) {
    if (!columns[x]) {
      x++;
      continue;
    }
    let end = x;
    while (columns[end]) end++;
    const cells = (w: number, h: number): boolean[][] => Array.from({ length: h }, (_, gy) => Array.from({ length: w }, (_, gx) => isWhite(b, x + gx * scale, top + gy * scale)));
    const asDegree = (end - x) / scale === DEGREE.length && cells(3, 3).every((row, gy) => row.every((on, gx) => on === (DEGREE[gy]?.[gx] === '#')));
    const match = GLYPH_CHARS.find((c) => cells(GLYPH_WIDTH, GLYPH_HEIGHT).every((row, gy) => row.every((on, gx) => on === glyph(c)[gy]?.[gx])));
    text += asDegree ? '°' : (match ?? '?');
    x = end;
  }
  return text;
}
