// The marks that tell stale and offline data from fresh without relying on colour: drawn in the
// digits' white below them, so they survive a colour-blind eye, a greyscale screenshot and a
// desaturated panel. Each font has its own, drawn with its stroke weight.
import type { Font } from './glyphs.ts';

/** What the data behind the icon is like, as far as the marks care. */
export type MarkKind = 'stale' | 'offline';

export type Mark = Readonly<{ width: number; rows: readonly (readonly boolean[])[] }>;

function parse(rows: string): Mark {
  const lines = rows.split(' ');
  return { width: lines[0]!.length, rows: lines.map((line) => line.split('').map((c) => c === '#')) };
}

/**
 * Stale: three dots, an ellipsis, the usual sign for "not up to date, waiting".
 * Offline: a cross, the usual sign for "no connection". Different shapes, so the two also differ
 * from each other in a greyscale picture.
 */
const MARKS: Readonly<Record<Font['name'], Readonly<Record<MarkKind, Mark>>>> = {
  small: { stale: parse('#.#.#'), offline: parse('#.# .#. #.#') },
  large: { stale: parse('##.##.## ##.##.##'), offline: parse('##..## .####. ..##.. .####. ##..##') },
};

export function markFor(font: Font, kind: MarkKind): Mark {
  return MARKS[font.name][kind];
}

/** The tallest mark of a font: the layout keeps room for it so the digits never move. */
export function markHeight(font: Font): number {
  return Math.max(...Object.values(MARKS[font.name]).map((m) => m.rows.length));
}
