// The application icon, read back from its PNG: the tray's clear-sky badge with a white sun.
import { describe, expect, it } from 'vitest';
import { drawAppIcon } from '../../main/tray/app-icon.ts';
import { BADGE } from '../../main/tray/badge-colours.ts';
import { encodePng } from '../../main/tray/png.ts';
import { drawTrayIcon } from '../../main/tray/tray-icon.ts';
import { decodePng } from './decode-png.ts';
import { pixel } from './icon-pixels.ts';

const WHITE = [255, 255, 255, 255];

describe('app icon', () => {
  it.each([16, 64, 256, 1024])('at %i px: a white sun on the clear-sky badge, corners rounded off', (size) => {
    const b = decodePng(encodePng(drawAppIcon(size)));
    expect([b.width, b.height]).toEqual([size, size]);
    const c = Math.floor(size / 2);
    expect(pixel(b, c, c)).toEqual(WHITE);
    // Between the disc (0.2) and the rays (0.27): the badge shows through.
    expect(pixel(b, c, Math.floor(c - size * 0.235))).toEqual([...BADGE.clear]);
    // Near a corner, inside the badge but clear of the sun.
    expect(pixel(b, Math.floor(size * 0.12), Math.floor(size * 0.12))).toEqual([...BADGE.clear]);
    for (const [x, y] of [
      [0, 0],
      [size - 1, 0],
      [0, size - 1],
      [size - 1, size - 1],
    ] as const)
      expect(pixel(b, x, y)).toEqual([0, 0, 0, 0]);
    const colours = new Set(Array.from({ length: size * size }, (_, i) => pixel(b, i % size, Math.floor(i / size)).join()));
    expect([...colours].sort()).toEqual([[0, 0, 0, 0], WHITE, [...BADGE.clear]].map((p) => p.join()).sort());
  });

  it("its badge is the tray icon's badge for clear sky", () => {
    const tray = decodePng(encodePng(drawTrayIcon({ temperature: 20, condition: 'clear', night: false, state: 'ok' }, 16)));
    const app = decodePng(encodePng(drawAppIcon(16)));
    expect(pixel(app, 2, 2)).toEqual(pixel(tray, 2, 2));
  });
});
