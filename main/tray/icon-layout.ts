// Where things go in the tray icon at each size the platforms ask for: which font, how many
// whole pixels per font pixel, and the rows for the digits and the mark below them.
import { wholeDegrees } from '../wording/temperature.ts';
import { FONTS, GLYPH_GAP, textWidth, type Font } from './glyphs.ts';
import { markHeight } from './marks.ts';

/**
 * Windows draws tray icons at 16 px and scales by 125-200 % (20, 24, 32) and beyond (40, 48,
 * 64); Linux StatusNotifier panels use 22 px (44 at 2×); macOS 16 and 32.
 */
export const ICON_SIZES = [16, 20, 22, 24, 32, 40, 44, 48, 64] as const;

/**
 * Temperatures drawn as they are; beyond this the nearest end is drawn. Every number in range
 * is at most a minus and two digits or three digits starting with a one, which is what the
 * fonts' widths are designed for ("-88", "199"); "-100" or "200" would not fit at 16 px.
 */
const DRAWN_RANGE = { min: -99, max: 199 } as const;

/** The characters the icon shows: whole degrees, or two dashes when there is no temperature. */
export function iconText(temperature: number | null): string {
  if (temperature === null || !Number.isFinite(temperature)) return '--';
  return String(wholeDegrees(Math.max(DRAWN_RANGE.min, Math.min(DRAWN_RANGE.max, temperature))));
}

const widest = new Map<Font, number>();

/** The widest text a font may have to draw, over the whole range: the worst case the layout fits. */
function worstWidth(font: Font): number {
  let width = widest.get(font);
  if (width === undefined) {
    width = textWidth(font, '--');
    for (let t = DRAWN_RANGE.min; t <= DRAWN_RANGE.max; t++) width = Math.max(width, textWidth(font, iconText(t)));
    widest.set(font, width);
  }
  return width;
}

export type IconLayout = Readonly<{
  size: number;
  font: Font;
  /** Whole screen pixels per font pixel: strokes stay crisp, never half a pixel. */
  scale: number;
  /** Pixels kept clear of white at each edge: a font pixel, and at least 1 px per 16 (1 px at 16 px, 4 at 64). */
  margin: number;
  /** First row of the digits. */
  top: number;
  /** First row of the stale or offline mark, one font pixel below the digits. */
  markTop: number;
}>;

function fit(font: Font, scale: number, size: number): IconLayout | null {
  const margin = Math.max(scale, Math.floor(size / 16));
  const inner = size - 2 * margin;
  const block = (font.height + GLYPH_GAP + markHeight(font)) * scale;
  if (worstWidth(font) * scale > inner || block > inner) return null;
  // Centred when the mark fits below; otherwise raised just enough for it.
  const top = Math.min(Math.floor((size - font.height * scale) / 2), size - margin - block);
  return { size, font, scale, margin, top, markTop: top + (font.height + GLYPH_GAP) * scale };
}

/** The tallest digits that fit the worst case at this size, in either font at any whole scale. */
export function iconLayout(size: number): IconLayout {
  let best: IconLayout | null = null;
  for (const font of FONTS) {
    for (let scale = 1; scale * font.height < size; scale++) {
      const layout = fit(font, scale, size);
      if (layout && (!best || layout.font.height * layout.scale > best.font.height * best.scale)) best = layout;
    }
  }
  if (!best) throw new Error(`Expected a tray icon size of at least 16 px, got ${size}`);
  return best;
}

/** Left edge of something `width` font pixels wide, centred: the margins differ by at most 1 px. */
export function centredLeft(layout: IconLayout, width: number): number {
  return Math.floor((layout.size - width * layout.scale) / 2);
}
