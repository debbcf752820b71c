// The application icon (installers, the Dock when the window is open, the autostart entry):
// a white sun on the amber badge, drawn at any size so no binary icon lives in the repository.
import { BADGE, type Bitmap } from './tray-icon.ts';

export function drawAppIcon(size: number): Bitmap {
  const rgba = new Uint8Array(size * size * 4);
  const c = size / 2;
  const radius = size * 0.22;
  const [r, g, b] = BADGE.clear;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = Math.max(radius - x - 0.5, x + 0.5 - (size - radius), 0);
      const dy = Math.max(radius - y - 0.5, y + 0.5 - (size - radius), 0);
      if (dx * dx + dy * dy > radius * radius) continue;
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c);
      const angle = Math.atan2(y + 0.5 - c, x + 0.5 - c);
      const sun = d < size * 0.2 || (d > size * 0.27 && d < size * 0.38 && Math.abs(Math.sin(angle * 4)) < 0.22);
      rgba.set(sun ? [255, 255, 255, 255] : [r, g, b, 255], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, rgba };
}
