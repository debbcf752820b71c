// Launch at login, and starting hidden by each OS's own means: --hidden on Windows and Linux,
// wasOpenedAtLogin on macOS (a macOS login item gets no arguments; openAsHidden is gone).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyLaunchAtLogin, autostartEntry } from '../../main/shell/login-item.ts';
import { BrowserWindow, app, resetElectron } from './fake-electron.ts';
import { appFixture, type AppFixture } from './start-app.ts';

let dir: string;
let f: AppFixture | null = null;
beforeEach(() => {
  resetElectron('linux');
  dir = mkdtempSync(join(tmpdir(), 'skytray-login-'));
});
afterEach(async () => {
  await f?.close();
  f = null;
  rmSync(dir, { recursive: true, force: true });
});

describe('launch at login', () => {
  it('writes and removes an XDG autostart entry on Linux', () => {
    const context = { platform: 'linux' as const, env: { XDG_CONFIG_HOME: dir }, home: '/nowhere', executable: '/opt/My Apps/Skytray.AppImage' };
    applyLaunchAtLogin(true, context);
    const file = join(dir, 'autostart', 'skytray.desktop');
    expect(readFileSync(file, 'utf8')).toBe(autostartEntry('/opt/My Apps/Skytray.AppImage'));
    expect(readFileSync(file, 'utf8')).toContain('Exec="/opt/My Apps/Skytray.AppImage" --hidden');
    applyLaunchAtLogin(false, context);
    expect(existsSync(file)).toBe(false);
  });

  it('uses the OS switch on Windows, with --hidden', () => {
    resetElectron('win32');
    applyLaunchAtLogin(true, { platform: 'win32', env: {}, home: dir, executable: 'C:\\Skytray.exe' });
    expect(app.loginItem).toEqual({ openAtLogin: true, args: ['--hidden'] });
  });

  it('on macOS registers the login item and starts hidden when it opened the app', async () => {
    f = await appFixture('darwin');
    await f.seed([]);
    const { service } = await f.start();
    expect(BrowserWindow.all).toHaveLength(1); // an ordinary first start: nothing to show yet
    service.updateSettings({ launchAtLogin: true });
    expect(app.loginItem).toEqual({ openAtLogin: true });
    await f.running?.quit();
    f.running = null;
    BrowserWindow.all = [];
    app.openedAtLogin = true;
    await f.start();
    expect(BrowserWindow.all).toHaveLength(0);
  });

  it('touches the login item only when launch-at-login itself changes', async () => {
    f = await appFixture('darwin');
    await f.seed([]);
    const { service } = await f.start();
    app.loginItem = { openAtLogin: true }; // set by the user in the system's own settings
    service.updateSettings({});
    service.updateSettings({ refreshIntervalMinutes: 30 });
    expect(app.loginItem).toEqual({ openAtLogin: true });
    service.updateSettings({ launchAtLogin: true });
    service.updateSettings({ launchAtLogin: false });
    expect(app.loginItem).toEqual({ openAtLogin: false });
  });
});
