// A 4×7 bitmap font for the tray icon's digits: crisp at 16 px (1 px strokes) and at 32 px (2 px).

export const GLYPH_WIDTH = 4;
export const GLYPH_HEIGHT = 7;

const ROWS: Record<string, string> = {
  '0': '.##. #..# #..# #..# #..# #..# .##.',
  '1': '.#.. ##.. .#.. .#.. .#.. .#.. ###.',
  '2': '.##. #..# ...# ..#. .#.. #... ####',
  '3': '###. ...# ...# .##. ...# ...# ###.',
  '4': '#..# #..# #..# #### ...# ...# ...#',
  '5': '#### #... #... ###. ...# ...# ###.',
  '6': '.##. #... #... ###. #..# #..# .##.',
  '7': '#### ...# ..#. ..#. .#.. .#.. .#..',
  '8': '.##. #..# #..# .##. #..# #..# .##.',
  '9': '.##. #..# #..# .### ...# ...# .##.',
  '-': '.... .... .... #### .... .... ....',
};

/** The degree sign: 3×3, drawn at the top of the line. */
export const DEGREE = ['###', '#.#', '###'];

export type Glyph = readonly (readonly boolean[])[];

export function glyph(char: string): Glyph {
  const rows = ROWS[char];
  if (!rows) throw new Error(`no glyph for ${JSON.stringify(char)}`);
  return rows.split(' ').map((row) => [...row].map((c) => c === '#'));
}

export const GLYPH_CHARS = Object.keys(ROWS);
