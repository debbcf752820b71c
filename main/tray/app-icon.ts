// The application icon (installers, the Dock when the window is open, the autostart entry):
// a white sun on the clear-sky badge, drawn at any size so no binary icon lives in the repository.
import { BADGE } from './badge-colours.ts';
import { createCanvas, type Bitmap, type Rgba } from './bitmap.ts';
import { paintBadge, paintSun } from './shapes.ts';

const WHITE: Rgba = [255, 255, 255, 255];

export function drawAppIcon(size: number): Bitmap {
  const canvas = createCanvas(size);
  paintBadge(canvas, BADGE.clear, size * 0.22);
  paintSun(canvas, WHITE, { disc: 0.2, raysFrom: 0.27, raysTo: 0.38, rayWidth: 0.22 });
  return canvas.bitmap;
}
