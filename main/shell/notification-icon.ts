// The picture a notification shows: the Meteocons drawing of the condition it is about, by day or
// by night, as the PNG the build rasterised (Electron's nativeImage reads no SVG). Windows and Linux
// show it; macOS always shows the app's own icon in notifications, whatever `icon` says.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ConditionCode } from '../core/model/model.ts';
import { conditionIconFile } from '../../renderer/icons/condition-icon.ts';
import { unpackedPath } from './unpacked-path.ts';

/** Where the build writes them: `dist/notification-icons`, beside `dist/renderer`; packaged, unpacked from app.asar. */
export function notificationIconsDir(rendererDir: string): string {
  return unpackedPath(join(rendererDir, '..', 'notification-icons'));
}

/** The 1× file's path; nativeImage finds `name@2x.png` beside it on its own. */
export function notificationIconPath(dir: string, code: ConditionCode, isDay: boolean): string {
  return join(dir, conditionIconFile(code, isDay).replace(/\.svg$/, '.png'));
}

/** Resolves a notice's condition to its icon, or null when the build left none (a dev run without `npm run build`). */
export type NotificationIcons = (condition: Readonly<{ code: ConditionCode; isDay: boolean }>) => string | null;

export function notificationIcons(dir: string): NotificationIcons {
  return ({ code, isDay }) => {
    const path = notificationIconPath(dir, code, isDay);
    return existsSync(path) ? path : null;
  };
}
