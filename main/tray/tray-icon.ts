// The tray icon as pixels: the primary place's temperature in white on a badge whose colour says
// the condition, with white marks below the digits when the data is stale or offline and when an
// official Severe or Extreme warning is out. Pure: model and size in, RGBA out. Every pixel is
// transparent, the badge colour or white: no blending, so each size is crisp on its own grid.
import { badgeColour } from './badge-colours.ts';
import { createCanvas, type Bitmap, type Canvas, type Rgba } from './bitmap.ts';
import { GLYPH_GAP, glyph, textWidth } from './glyphs.ts';
import { centredLeft, iconLayout, iconText, type IconLayout } from './icon-layout.ts';
import { markFor, markHeight, type Mark, type MarkKind, type TrayWarning } from './marks.ts';
import { paintBadge, paintSun } from './shapes.ts';
import type { TrayIconModel, TrayState } from './tray-model.ts';

/** What the icon is drawn from: the tray model's icon, and the worst warning out (none when absent). */
export type TrayIconInput = TrayIconModel & Readonly<{ warning?: TrayWarning }>;

/** The digits' and marks' colour: white has the most contrast with every badge colour. */
const TEXT: Rgba = [255, 255, 255, 255];
/** A template image's ink: macOS uses only its alpha and tints it for the menu bar. */
const TEMPLATE_INK: Rgba = [0, 0, 0, 255];

/** A bitmap drawn at `layout.scale` whole pixels per font pixel, its top left at (left, top). */
function plot(canvas: Canvas, layout: IconLayout, shape: Mark, left: number, top: number, colour: Rgba = TEXT): void {
  const { scale } = layout;
  shape.rows.forEach((row, gy) =>
    row.forEach((on, gx) => {
      if (!on) return;
      for (let sy = 0; sy < scale; sy++) for (let sx = 0; sx < scale; sx++) canvas.set(left + gx * scale + sx, top + gy * scale + sy, colour);
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

/** The marks an icon carries, left to right: the data's state first, then the warning. */
function marksOf(input: TrayIconInput): MarkKind[] {
  return [MARK_OF[input.state], input.warning ?? null].filter((kind): kind is MarkKind => kind !== null);
}

/**
 * The mark row: one mark is centred; two are centred as a group, two font pixels apart where the
 * row has room and one where it has not (20 and 40 px), so the state mark and the warning never touch.
 */
function drawMarks(canvas: Canvas, layout: IconLayout, kinds: readonly MarkKind[], colour: Rgba): void {
  const { size, margin, scale } = layout;
  const marks = kinds.map((kind) => markFor(layout.font, kind));
  const width = marks.reduce((sum, mark) => sum + mark.width * scale, 0);
  const gap = width + 2 * scale * (marks.length - 1) <= size - 2 * margin ? 2 * scale : scale;
  let left = Math.floor((size - width - gap * (marks.length - 1)) / 2);
  for (const mark of marks) {
    // Bottom-aligned in the room kept for the tallest mark: well clear of the digits.
    const top = layout.markTop + (markHeight(layout.font) - mark.rows.length) * scale;
    plot(canvas, layout, mark, left, top, colour);
    left += mark.width * scale + gap;
  }
}

export function drawTrayIcon(model: TrayIconInput, size: number): Bitmap {
  const layout = iconLayout(size);
  const canvas = createCanvas(size);
  paintBadge(canvas, badgeColour(model), 3 * (size / 16));
  drawText(canvas, layout, iconText(model.temperature));
  drawMarks(canvas, layout, marksOf(model), TEXT);
  return canvas.bitmap;
}

const SUN = { disc: 0.25, raysFrom: 0.36, raysTo: 0.48, rayWidth: 0.25 } as const;

/**
 * macOS shows the temperature as the tray title beside a monochrome template glyph: a small sun.
 * With marks to show, the sun shrinks into the rows above the mark row and the marks go below
 * it, where the colour icon has them: stale, offline and a warning stay visible in monochrome.
 */
export function drawTemplateIcon(size: number, model?: TrayIconInput): Bitmap {
  const canvas = createCanvas(size);
  const kinds = model ? marksOf(model) : [];
  if (kinds.length === 0) {
    paintSun(canvas, TEMPLATE_INK, SUN);
    return canvas.bitmap;
  }
  const layout = iconLayout(size);
  const sunSize = layout.markTop - layout.scale;
  const sun = createCanvas(sunSize);
  paintSun(sun, TEMPLATE_INK, SUN);
  const left = Math.floor((size - sunSize) / 2);
  for (let y = 0; y < sunSize; y++) for (let x = 0; x < sunSize; x++) if (sun.bitmap.rgba[(y * sunSize + x) * 4 + 3]) canvas.set(left + x, y, TEMPLATE_INK);
  drawMarks(canvas, layout, kinds, TEMPLATE_INK);
  return canvas.bitmap;
}

/** What the template image depends on: the tray sets a new image only when this changes. */
export function templateKey(model: TrayIconInput): string {
  return marksOf(model).join(',');
}
