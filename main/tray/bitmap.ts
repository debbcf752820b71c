// Square RGBA pixels, row by row from the top left: what the icons are drawn into and what
// encodePng writes.

export type Rgba = readonly [number, number, number, number];

export type Bitmap = Readonly<{ width: number; height: number; rgba: Uint8Array }>;

export type Canvas = Readonly<{
  bitmap: Bitmap;
  size: number;
  /** Sets one pixel; pixels outside the canvas are ignored, so shapes need not clip themselves. */
  set(x: number, y: number, colour: Rgba): void;
}>;

/** A size × size canvas, fully transparent. */
export function createCanvas(size: number): Canvas {
  const rgba = new Uint8Array(size * size * 4);
  return {
    bitmap: { width: size, height: size, rgba },
    size,
    set(x, y, colour) {
      if (x < 0 || y < 0 || x >= size || y >= size) return;
      rgba.set(colour, (y * size + x) * 4);
    },
  };
}
