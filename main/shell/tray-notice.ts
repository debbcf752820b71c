// The one-time note that tells a person where Skytray's tray icon is, or why there is none.
import type { TrayHost } from './tray-host.ts';

export type AppNotice = Readonly<{ id: 'tray-unavailable' | 'tray-pin'; message: string }>;

export const TRAY_UNAVAILABLE =
  'Your desktop does not seem to show tray icons, so Skytray stays in the taskbar: closing this window minimises it. ' +
  'On GNOME, install and turn on the “AppIndicator and KStatusNotifierItem Support” extension, then start Skytray again to get its tray icon.';

export const TRAY_PIN =
  'Skytray lives in the notification area at the right of the taskbar. If Windows hides its icon behind the ^ arrow, drag it onto the taskbar, ' +
  'or turn Skytray on under Settings > Personalization > Taskbar > Other system tray icons.';

/** The note this start should show once, if any. */
export function trayNotice(platform: NodeJS.Platform, host: TrayHost, alreadyShown: boolean): AppNotice | null {
  if (alreadyShown) return null;
  if (platform === 'linux' && host !== 'present') return { id: 'tray-unavailable', message: TRAY_UNAVAILABLE };
  if (platform === 'win32') return { id: 'tray-pin', message: TRAY_PIN };
  return null;
}
