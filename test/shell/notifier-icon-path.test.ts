// A notification's picture is read by path by the system (libnotify on Linux is handed a file path,
// Windows toasts an image file): packaged, it must be the copy unpacked beside app.asar, since only
// Electron itself reads inside the archive (electron/electron#23850).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { notificationIconPath, notificationIconsDir } from '../../main/shell/notification-icon.ts';

describe('notification icon paths', () => {
  it('packaged, the icons are read from app.asar.unpacked', () => {
    const dir = notificationIconsDir('/opt/Skytray/resources/app.asar/dist/renderer');
    expect(dir).toBe(join('/opt/Skytray/resources/app.asar.unpacked/dist/notification-icons'));
    expect(notificationIconPath(dir, 'rain', true).startsWith('/opt/Skytray/resources/app.asar.unpacked/dist/notification-icons/')).toBe(true);
  });

  it('from a plain build folder, they stay where they are', () => {
    expect(notificationIconsDir('/work/skytray/dist/renderer')).toBe('/work/skytray/dist/notification-icons');
  });
});
