// The image the shell hands to Electron's Tray: on Linux and macOS one representation per scale
// factor, each drawn at its own size (22 px and a 16 px template); on Windows the one size the
// notification area shows. The fake nativeImage decodes each PNG it is given, so the sizes here
// are the drawn ones.
import { describe, expect, it } from 'vitest';
import { iconImage } from '../../main/shell/tray-service.ts';
import type { TrayIconModel } from '../../main/tray/tray-model.ts';
import type { NativeImage } from '../shell/fake-electron.ts';

const ICON: TrayIconModel = { temperature: -40, condition: 'snow', night: false, state: 'stale' };

/** The fake behind Electron's type. */
const fake = (image: unknown): NativeImage => image as NativeImage;
/** Scale factor and drawn width and height, per representation. */
const representations = (image: unknown): [number, number, number][] => fake(image).representations.map((r) => [r.scaleFactor, r.width, r.height]);

describe('tray icon image', () => {
  it("on Windows: one 1× drawing at the notification area's pixel size, 16 × the display scale", () => {
    // Windows builds the tray's icon from the 1× representation only: more sizes would go unused.
    for (const [displayScale, size] of [
      [1, 16],
      [1.25, 20],
      [1.5, 24],
      [1.75, 28],
      [2, 32],
      [2.5, 40],
      [3, 48],
      [4, 64],
    ] as const) {
      expect(representations(iconImage(ICON, false, 'win32', displayScale)), `${displayScale}`).toEqual([[1, size, size]]);
    }
  });

  it("on Windows without a scale given: the primary display's", () => {
    expect(representations(iconImage(ICON, false, 'win32'))).toEqual([[1, 16, 16]]);
  });

  it('on Linux: 22 px for StatusNotifier panels, 44 at 2×', () => {
    const image = iconImage(ICON, false, 'linux');
    expect(representations(image)).toEqual([
      [1, 22, 22],
      [2, 44, 44],
    ]);
    expect(fake(image).template).toBe(false);
  });

  it('on macOS: a 16 px template image, 32 at 2×, the temperature left to the title', () => {
    const image = iconImage(ICON, true, 'darwin');
    expect(representations(image)).toEqual([
      [1, 16, 16],
      [2, 32, 32],
    ]);
    expect(fake(image).template).toBe(true);
  });
});
