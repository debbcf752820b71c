// The two shapes the tray icon and the app icon are made of: the rounded badge and the sun.
// Pixel centres are tested against the shape, so edges are crisp at 16 px and at 1024 px.
import type { Canvas, Rgba } from './bitmap.ts';

/** Fills the whole canvas with a square whose corners are rounded by `radius` pixels. */
export function paintBadge({ size, set }: Canvas, colour: Rgba, radius: number): void {
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = Math.max(radius - x - 0.5, x + 0.5 - (size - radius), 0);
      const dy = Math.max(radius - y - 0.5, y + 0.5 - (size - radius), 0);
      if (dx * dx + dy * dy <= radius * radius) set(x, y, colour);
    }
  }
}

/** A sun's proportions, each a fraction of the canvas size. */
export type SunShape = Readonly<{
  /** Radius of the disc. */
  disc: number;
  /** Where the eight rays start and end, measured from the centre. */
  raysFrom: number;
  raysTo: number;
  /** How wide a ray is: the largest |sin 4θ| still inside a ray (0 to 1). */
  rayWidth: number;
}>;

/** Paints a sun with eight rays, centred on the canvas. */
export function paintSun({ size, set }: Canvas, colour: Rgba, shape: SunShape): void {
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c);
      const angle = Math.atan2(y + 0.5 - c, x + 0.5 - c);
      const ray = d > size * shape.raysFrom && d < size * shape.raysTo && Math.abs(Math.sin(angle * 4)) < shape.rayWidth;
      if (d < size * shape.disc || ray) set(x, y, colour);
    }
  }
}
