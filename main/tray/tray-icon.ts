// The tray icon as pixels: the primary place's temperature in white on a badge whose colour says
// the condition, with a white mark below the digits when the data is stale or offline. Pure:
// model and size in, RGBA out. Every pixel is transparent, the badge colour or white: no
// blending, so each size is crisp on its own pixel grid.
import { badgeColour } from './badge-colours.ts';
import { createCanvas, type Bitmap, type Canvas, type Rgba } from './bitmap.ts';
import { GLYPH_GAP, glyph, textWidth } from './glyphs.ts';
import { centredLeft, iconLayout, iconText, type IconLayout } from './icon-layout.ts';
import { markFor, markHeight, type Mark, type MarkKind } from './marks.ts';
import { paintBadge, paintSun } from './shapes.ts';
import type { TrayIconModel, TrayState } from './tray-model.ts';

/** The digits' and marks' colour: white has the most contrast with every badge colour. */
const TEXT: Rgba = [255, 255, 255, 255];

/** A bitmap drawn at `layout.scale` whole pixels per font pixel, its top left at (left, top). */
function plot(canvas: Canvas, layout: IconLayout, shape: Mark, left: number, top: number): void {
  const { scale } = layout;
  shape.rows.forEach((row, gy) =>
    row.forEach((on, gx) => {
      if (!on) return;
      for (let sy = 0; sy < scale; sy++) for (let sx = 0; sx < scale; sx++) canvas.set(left + gx * scale + sx, top + gy * scale + sy, TEXT);
    }),
  );
}

function drawText(canvas: Canvas, layout: IconLayout, text: string): void {
  let left = centredLeft(layout, textWidth(layout.font, text));
  for (const char of text) {
    const g = glyph(layout.font, char);
    plot(canvas, layout, g, left, layout.top);
    left += (g.width + GLYPH_GAP) * layout.scale;
  }
}

const MARK_OF: Readonly<Record<TrayState, MarkKind | null>> = { ok: null, empty: null, stale: 'stale', offline: 'offline' };

export function drawTrayIcon(model: TrayIconModel, size: number): Bitmap {
  const layout = iconLayout(size);
  const canvas = createCanvas(size);
  paintBadge(canvas, badgeColour(model), 3 * (size / 16));
  drawText(canvas, layout, iconText(model.temperature));
  const kind = MARK_OF[model.state];
  if (kind) {
    const mark = markFor(layout.font, kind);
    // Bottom-aligned in the room kept for the tallest mark: the dots sit well clear of the digits.
    const top = layout.markTop + (markHeight(layout.font) - mark.rows.length) * layout.scale;
    plot(canvas, layout, mark, centredLeft(layout, mark.width), top);
  }
  return canvas.bitmap;
}

/** macOS shows the temperature as the tray title beside a monochrome template glyph: a small sun. */
export function drawTemplateIcon(size: number): Bitmap {
  const canvas = createCanvas(size);
  paintSun(canvas, [0, 0, 0, 255], { disc: 0.25, raysFrom: 0.36, raysTo: 0.48, rayWidth: 0.25 });
  return canvas.bitmap;
}
