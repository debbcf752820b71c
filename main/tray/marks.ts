// The marks that tell stale and offline data from fresh, and say that an official Severe or
// Extreme warning is out, without relying on colour: drawn in the digits' white below them (black
// in the macOS template), so they survive a colour-blind eye, a greyscale screenshot and a
// desaturated panel. Each font has its own, drawn with its stroke weight.
import type { Font } from './glyphs.ts';

/** What the data behind the icon is like, and the worst warning out, as far as the marks care. */
export type MarkKind = 'stale' | 'offline' | 'severe' | 'extreme';

/** The worst official warning for any favourite, when it is Severe or Extreme; null otherwise. */
export type TrayWarning = 'severe' | 'extreme' | null;

export type Mark = Readonly<{ width: number; rows: readonly (readonly boolean[])[] }>;

function parse(rows: string): Mark {
  const lines = rows.split(' ');
  return { width: lines[0]!.length, rows: lines.map((line) => line.split('').map((c) => c === '#')) };
}

/**
 * Stale: three dots, an ellipsis, the usual sign for "not up to date, waiting".
 * Offline: a cross, the usual sign for "no connection". Different shapes, so the two also differ
 * from each other in a greyscale picture.
 * Severe: a solid triangle, the warning sign's outline. Extreme: the same triangle with the
 * exclamation mark knocked out of it (at 16 px only the stem fits), at least two pixels from the
 * severe one. No taller than the cross, so the digits keep their place.
 */
const MARKS: Readonly<Record<Font['name'], Readonly<Record<MarkKind, Mark>>>> = {
  small: {
    stale: parse('#.#.#'),
    offline: parse('#.# .#. #.#'),
    severe: parse('..#.. .###. #####'),
    extreme: parse('..#.. .#.#. ##.##'),
  },
  large: {
    stale: parse('##.##.## ##.##.##'),
    offline: parse('##..## .####. ..##.. .####. ##..##'),
    severe: parse('....#.... ...###... ..#####.. .#######. #########'),
    extreme: parse('....#.... ...#.#... ..##.##.. .#######. ####.####'),
  },
};

export function markFor(font: Font, kind: MarkKind): Mark {
  return MARKS[font.name][kind];
}

/** The tallest mark of a font: the layout keeps room for it so the digits never move. */
export function markHeight(font: Font): number {
  return Math.max(...Object.values(MARKS[font.name]).map((m) => m.rows.length));
}
