// Launch at login: the OS's own switch on macOS and Windows; an XDG autostart entry on Linux,
// where Electron has none.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';

export function autostartEntry(executable: string): string {
  // The Exec line quotes the path: AppImages often live in folders with spaces.
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Skytray',
    'Comment=Weather in the tray',
    `Exec="${executable.replace(/(["`$\\])/g, '\\$1')}" --hidden`,
    'Icon=skytray',
    'Terminal=false',
    'Categories=Utility;',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function autostartPath(env: Readonly<Record<string, string | undefined>>, home: string): string {
  return join(env['XDG_CONFIG_HOME'] || join(home, '.config'), 'autostart', 'skytray.desktop');
}

export type LoginItemContext = Readonly<{
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  /** The AppImage's own path when run as one ($APPIMAGE), else the executable. */
  executable: string;
}>;

export function applyLaunchAtLogin(enabled: boolean, context: LoginItemContext): void {
  if (context.platform === 'darwin' || context.platform === 'win32') {
    app.setLoginItemSettings({ openAtLogin: enabled, args: ['--hidden'] });
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
