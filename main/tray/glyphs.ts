// Two bitmap fonts for the tray icon's temperature, each drawn for the pixel grid it lands on,
// then scaled by whole pixels only (a 1.5× font would smear strokes across half pixels).
// Only digits and the minus sign: the degree sign is left out at every size, so one, two and
// three characters take the same places whether it is 7 or -40, and its corner is free for the
// stale and offline marks. The macOS title, the tooltip and the menu still write "7°".

/** One character: its pixels, row by row, and its width (glyphs are proportional). */
export type Glyph = Readonly<{ width: number; rows: readonly (readonly boolean[])[] }>;

export type Font = Readonly<{
  name: 'small' | 'large';
  /** Rows per glyph; every glyph of a font is this tall. */
  height: number;
  glyphs: Readonly<Record<string, Glyph>>;
}>;

/** Space between characters, in font pixels. */
export const GLYPH_GAP = 1;

function parse(rows: string): Glyph {
  const lines = rows.trim().split(/\s+/);
  return { width: lines[0]!.length, rows: lines.map((line) => line.split('').map((c) => c === '#')) };
}

function font(name: Font['name'], source: Record<string, string>): Font {
  const glyphs = Object.fromEntries(Object.entries(source).map(([char, rows]) => [char, parse(rows)]));
  return { name, height: glyphs['0']!.rows.length, glyphs };
}

/**
 * 4×7 with 1 px strokes, for 16 px (and 32, 64 at 2×, 4×). 4 wide is the most 16 px allows:
 * the worst cases "-40" and "120" are a 3-wide minus or one plus two 4-wide digits and two gaps,
 * 13 px, leaving at least a pixel either side. The one and the minus are 3 wide for that reason.
 */
const SMALL_FONT = font('small', {
  '0': '.##. #..# #..# #..# #..# #..# .##.',
  '1': '.#. ##. .#. .#. .#. .#. ###',
  '2': '.##. #..# ...# ..#. .#.. #... ####',
  '3': '###. ...# ...# .##. ...# ...# ###.',
  '4': '#..# #..# #..# #### ...# ...# ...#',
  '5': '#### #... #... ###. ...# ...# ###.',
  '6': '.##. #... #... ###. #..# #..# .##.',
  '7': '#### ...# ..#. ..#. .#.. .#.. .#..',
  '8': '.##. #..# #..# .##. #..# #..# .##.',
  '9': '.##. #..# #..# .### ...# ...# .##.',
  '-': '... ... ... ### ... ... ...',
});

/**
 * 6×11 for 20, 22 and 24 px (and their 2×, 3×): at 125-150 % scaling a 1 px stroke would look
 * thinner than at 16 px, so vertical strokes are 2 px; horizontal ones stay 1 px to keep
 * 11 rows for four-row counters. "-40" and "120" are 4 + 6 + 6 px and two gaps: 18 px, which
 * still leaves a pixel either side at 20 px.
 */
const LARGE_FONT = font('large', {
  '0': '.####. ##..## ##..## ##..## ##..## ##..## ##..## ##..## ##..## ##..## .####.',
  '1': '.##. ###. .##. .##. .##. .##. .##. .##. .##. .##. ####',
  '2': '.####. ##..## ....## ....## ...##. ..##.. .##... ##.... ##.... ##.... ######',
  '3': '#####. ....## ....## ....## ....## .####. ....## ....## ....## ....## #####.',
  '4': '##..## ##..## ##..## ##..## ##..## ###### ....## ....## ....## ....## ....##',
  '5': '###### ##.... ##.... ##.... ##.... #####. ....## ....## ....## ....## #####.',
  '6': '.####. ##.... ##.... ##.... ##.... #####. ##..## ##..## ##..## ##..## .####.',
  '7': '###### ....## ....## ...##. ...##. ..##.. ..##.. .##... .##... .##... .##...',
  '8': '.####. ##..## ##..## ##..## ##..## .####. ##..## ##..## ##..## ##..## .####.',
  '9': '.####. ##..## ##..## ##..## ##..## .##### ....## ....## ....## ....## .####.',
  '-': '.... .... .... .... .... #### .... .... .... .... ....',
});

export const FONTS: readonly Font[] = [SMALL_FONT, LARGE_FONT];

export function glyph(font: Font, char: string): Glyph {
  const found = font.glyphs[char];
  if (!found) throw new Error(`no glyph for ${JSON.stringify(char)} in the ${font.name} font`);
  return found;
}

/** Width of a line of text in font pixels, gaps included. */
export function textWidth(font: Font, text: string): number {
  return text.split('').reduce((sum, char) => sum + glyph(font, char).width, 0) + GLYPH_GAP * Math.max(0, text.length - 1);
}
