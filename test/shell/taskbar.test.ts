// Where the tray cannot be seen, Skytray still can: the window stays in the taskbar, closing it
// minimises it, and the window says once why and how to get the tray. On Windows the first start
// says where the icon is. Both notes are remembered in the settings.
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../main/wording/messages/en.ts';
import { appFixture, trayHostAnswer, type AppFixture } from './start-app.ts';
import { BrowserWindow, app } from './fake-electron.ts';

let f: AppFixture;
afterEach(() => f.close());

const TRAY_UNAVAILABLE = en['tray.notice.unavailable'];
const TRAY_PIN = en['tray.notice.pin'];
const notices = (): unknown[] => BrowserWindow.all.flatMap((w) => w.webContents.sent.filter(([c]) => c === 'app:notice').map(([, p]) => p));
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 20));

describe('taskbar presence', () => {
  it('Linux without a tray host: the window opens even --hidden, closing minimises it, and the note comes once', async () => {
    f = await appFixture('linux');
    await f.seed(['Berlin']);
    const { service, windows } = await f.start(['--hidden'], { runCommand: trayHostAnswer(false) });
    await settle();
    expect(windows.isOpen).toBe(true);
    expect(BrowserWindow.all[0]?.options['skipTaskbar']).toBe(false);
    expect(notices()).toEqual([{ id: 'tray-unavailable', message: TRAY_UNAVAILABLE }]);
    expect(TRAY_UNAVAILABLE).toContain('AppIndicator');
    expect(service.getSettings().trayHintShown).toBe(true);
    BrowserWindow.all[0]!.close();
    expect(windows.isOpen).toBe(true);
    expect(BrowserWindow.all[0]?.minimized).toBe(true);
    windows.show();
    expect(notices()).toHaveLength(1);
  });

  it('Linux with a tray host: the window closes as usual and nothing is said', async () => {
    f = await appFixture('linux');
    await f.seed(['Berlin']);
    const { windows } = await f.start([], { runCommand: trayHostAnswer(true) });
    windows.show();
    await settle();
    BrowserWindow.all[0]!.close();
    expect(windows.isOpen).toBe(false);
    expect(notices()).toEqual([]);
  });

  it('the keepWindowInTaskbar setting keeps the window in the taskbar too, and the Dock icon on macOS', async () => {
    f = await appFixture('linux');
    await f.seed(['Berlin'], { keepWindowInTaskbar: true });
    const { windows } = await f.start();
    windows.show();
    BrowserWindow.all[0]!.close();
    expect(BrowserWindow.all[0]?.minimized).toBe(true);
    await f.close();
    f = await appFixture('darwin');
    await f.seed(['Berlin']);
    const mac = await f.start(['--hidden']);
    expect(app.dockHidden).toBe(true);
    mac.service.updateSettings({ keepWindowInTaskbar: true });
    expect(app.dockHidden).toBe(false);
  });

  it('Windows: the first window says where the tray icon is, once ever', async () => {
    f = await appFixture('win32');
    await f.seed([]);
    const first = await f.start();
    await settle();
    expect(notices()).toEqual([{ id: 'tray-pin', message: TRAY_PIN }]);
    await first.quit();
    f.running = null;
    BrowserWindow.all = [];
    const again = await f.start();
    again.windows.show();
    await settle();
    expect(notices()).toEqual([]);
  });

  it('macOS: the Dock icon is shown only when the setting changes, not on every settings change', async () => {
    f = await appFixture('darwin');
    await f.seed(['Berlin'], { keepWindowInTaskbar: true });
    const { service } = await f.start(['--hidden']);
    expect(app.dockShows).toBe(1);
    service.updateSettings({ trayHintShown: true });
    service.updateSettings({ launchAtLogin: false });
    expect(app.dockShows).toBe(1);
    service.updateSettings({ keepWindowInTaskbar: false });
    expect(app.dockHidden).toBe(true);
    service.updateSettings({ keepWindowInTaskbar: true });
    expect(app.dockShows).toBe(2);
  });
});
