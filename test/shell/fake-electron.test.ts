// The fake 'electron' keeps Electron 45's documented platform differences (electron.d.ts
// `@platform` tags), so the shell's tests catch code that only works on one OS.
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../main/tray/png.ts';
import { Tray, app, nativeImage, resetElectron, safeStorage } from './fake-electron.ts';

describe('fake electron', () => {
  it('decodes PNGs; a buffer that is not one gives an empty image', () => {
    resetElectron('linux');
    const png = encodePng({ width: 2, height: 3, rgba: new Uint8Array(2 * 3 * 4) });
    expect(nativeImage.createFromBuffer(png).getSize()).toEqual({ width: 2, height: 3 });
    expect(nativeImage.createFromBuffer(Buffer.from('not a png')).isEmpty()).toBe(true);
    const truncated = png.subarray(0, png.length - 20);
    expect(nativeImage.createFromBuffer(truncated).isEmpty()).toBe(true);
  });

  it('has the Dock, activate-style relaunch and titles on macOS only', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      resetElectron(platform);
      const mac = platform === 'darwin';
      expect(app.dock === undefined, platform).toBe(!mac);
      const heard: string[] = [];
      app.on('activate', () => heard.push('activate'));
      app.on('second-instance', () => heard.push('second-instance'));
      app.userRelaunches();
      expect(heard, platform).toEqual([mac ? 'activate' : 'second-instance']);
      const tray = new Tray(nativeImage.createEmpty());
      tray.setTitle('12°');
      expect(tray.title, platform).toBe(mac ? '12°' : null);
      let doubleClicks = 0;
      tray.on('double-click', () => doubleClicks++);
      tray.userDoubleClick();
      expect(doubleClicks, platform).toBe(platform === 'linux' ? 0 : 1);
    }
  });

  it('offers each OS only its own methods', () => {
    resetElectron('linux');
    expect(safeStorage).toHaveProperty('getSelectedStorageBackend');
    expect((safeStorage as { getSelectedStorageBackend?: unknown }).getSelectedStorageBackend).toBeTypeOf('function');
    expect(app.setLoginItemSettings).toBeUndefined();
    expect(app.setAppUserModelId).toBeUndefined();
    resetElectron('darwin');
    expect((safeStorage as { getSelectedStorageBackend?: unknown }).getSelectedStorageBackend).toBeUndefined();
    app.setLoginItemSettings!({ openAtLogin: true, args: ['--hidden'] });
    expect(app.loginItem).toEqual({ openAtLogin: true }); // args is `@platform win32`
    expect(app.setAppUserModelId).toBeUndefined();
    resetElectron('win32');
    app.setLoginItemSettings!({ openAtLogin: true, args: ['--hidden'] });
    expect(app.loginItem).toEqual({ openAtLogin: true, args: ['--hidden'] });
    app.setAppUserModelId!('org.skytray.app');
    expect(app.appUserModelId).toBe('org.skytray.app');
  });
});
