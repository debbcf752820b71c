// A 3×5 capital-letter font for the contact sheet's labels (the tray font has digits only).
// Drawn at 2× so a person reads the labels without zooming in.
import type { Rgba } from '../main/tray/bitmap.ts';

const ROWS: Record<string, string> = {
  A: '.#. #.# ### #.# #.#',
  B: '##. #.# ##. #.# ##.',
  C: '.## #.. #.. #.. .##',
  D: '##. #.# #.# #.# ##.',
  E: '### #.. ##. #.. ###',
  F: '### #.. ##. #.. #..',
  G: '.## #.. #.# #.# .##',
  H: '#.# #.# ### #.# #.#',
  I: '### .#. .#. .#. ###',
  J: '..# ..# ..# #.# .#.',
  K: '#.# #.# ##. #.# #.#',
  L: '#.. #.. #.. #.. ###',
  M: '#.# ### ### #.# #.#',
  N: '##. #.# #.# #.# #.#',
  O: '.#. #.# #.# #.# .#.',
  P: '##. #.# ##. #.. #..',
  Q: '.#. #.# #.# ##. .##',
  R: '##. #.# ##. #.# #.#',
  S: '.## #.. .#. ..# ##.',
  T: '### .#. .#. .#. .#.',
  U: '#.# #.# #.# #.# ###',
  V: '#.# #.# #.# #.# .#.',
  W: '#.# #.# ### ### #.#',
  X: '#.# #.# .#. #.# #.#',
  Y: '#.# #.# .#. .#. .#.',
  Z: '### ..# .#. #.. ###',
  '0': '### #.# #.# #.# ###',
  '1': '.#. ##. .#. .#. ###',
  '2': '##. ..# .#. #.. ###',
  '3': '##. ..# .#. ..# ##.',
  '4': '#.# #.# ### ..# ..#',
  '5': '### #.. ##. ..# ##.',
  '6': '.## #.. ### #.# ###',
  '7': '### ..# .#. .#. .#.',
  '8': '### #.# ### #.# ###',
  '9': '### #.# ### ..# ##.',
  '-': '... ... ### ... ...',
  ' ': '... ... ... ... ...',
  '.': '... ... ... ... .#.',
  ':': '... .#. ... .#. ...',
  '#': '#.# ### #.# ### #.#',
  '%': '#.# ..# .#. #.. #.#',
  ',': '... ... ... .#. #..',
  '/': '..# ..# .#. #.. #..',
};

export const LABEL_SCALE = 2;
export const LABEL_HEIGHT = 5 * LABEL_SCALE;

/** Width in pixels of a label: 3 columns and a 1-column gap per character. */
export function labelWidth(text: string): number {
  return text.length * 4 * LABEL_SCALE - LABEL_SCALE;
}

/** Draws `text` with `set`, its top left at (x, y). */
export function drawLabel(set: (x: number, y: number, c: Rgba) => void, text: string, x: number, y: number, colour: Rgba): void {
  text
    .toUpperCase()
    .split('')
    .forEach((char, i) => {
      const rows = ROWS[char];
      if (!rows) throw new Error(`no label glyph for ${JSON.stringify(char)}`);
      rows.split(' ').forEach((row, gy) =>
        row.split('').forEach((c, gx) => {
          if (c !== '#') return;
          for (let sy = 0; sy < LABEL_SCALE; sy++)
            for (let sx = 0; sx < LABEL_SCALE; sx++) set(x + (i * 4 + gx) * LABEL_SCALE + sx, y + gy * LABEL_SCALE + sy, colour);
        }),
      );
    });
}
