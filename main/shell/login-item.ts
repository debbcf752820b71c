// Launch at login: the OS's own switch on macOS and Windows; an XDG autostart entry on Linux,
// where Electron has none (setLoginItemSettings is `@platform darwin,win32`). A start at login
// opens no window: Windows and Linux pass --hidden; macOS passes no arguments to a login item
// (`args` is `@platform win32`) and has no "open as hidden" since macOS 13 (openAsHidden and
// wasOpenedAsHidden are gone from Electron's typings), so the app asks wasOpenedAtLogin.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';
import { xdgConfigHome } from '../core/data-path.ts';

/** Start in the tray, without the window. */
const HIDDEN_FLAG = '--hidden';

export function autostartEntry(executable: string): string {
  // The Exec line quotes the path: AppImages often live in folders with spaces.
  return [
    // i18n-ignore: the autostart file's keys, read by the desktop
    '[Desktop Entry]',
    // i18n-ignore: the autostart file's keys, read by the desktop
    'Type=Application',
    // i18n-ignore: the autostart file's keys, read by the desktop
    'Name=Skytray',
    // i18n-ignore: the autostart file's keys, read by the desktop
    'Comment=Weather in the tray',
    // i18n-ignore: the autostart file's keys, read by the desktop
    `Exec="${executable.replace(/(["`$\\])/g, '\\$1')}" ${HIDDEN_FLAG}`,
    // i18n-ignore: the autostart file's keys, read by the desktop
    'Icon=skytray',
    // i18n-ignore: the autostart file's keys, read by the desktop
    'Terminal=false',
    // i18n-ignore: the autostart file's keys, read by the desktop
    'Categories=Utility;',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

function autostartPath(env: Readonly<Record<string, string | undefined>>, home: string): string {
  return join(xdgConfigHome(env, home), 'autostart', 'skytray.desktop');
}

export type LoginItemContext = Readonly<{
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  /** The AppImage's own path when run as one ($APPIMAGE), else the executable. */
  executable: string;
}>;

export function applyLaunchAtLogin(enabled: boolean, context: LoginItemContext): void {
  if (context.platform === 'darwin') {
    app.setLoginItemSettings({ openAtLogin: enabled });
    return;
  }
  if (context.platform === 'win32') {
    app.setLoginItemSettings({ openAtLogin: enabled, args: [HIDDEN_FLAG] });
    return;
  }
  const path = autostartPath(context.env, context.home);
  if (enabled) {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, autostartEntry(context.executable));
  } else {
    rmSync(path, { force: true });
  }
}

/** Whether this launch should stay in the tray: started at login, or asked to with --hidden. */
export function startedHidden(platform: NodeJS.Platform, argv: readonly string[]): boolean {
  if (argv.includes(HIDDEN_FLAG)) return true;
  // wasOpenedAtLogin is `@platform darwin` (LoginItemSettings docs).
  return platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
}
