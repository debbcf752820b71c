// The composition root with 'electron' faked: one instance, a tray, a window made on demand and
// destroyed on close, IPC that trusts only the window, and a clean quit.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../main/core/clock.ts';
import { createHttpAgent } from '../../main/core/http/http-agent.ts';
import { silentLogger } from '../../main/core/logger.ts';
import { WeatherService } from '../../main/core/service/weather-service.ts';
import { startApp, type RunningApp, type StartOptions } from '../../main/shell/app.ts';
import type { CommandRunner } from '../../main/shell/tray-host.ts';
import { place } from '../support/engine.ts';
import { startFakeProvider, type FakeProvider } from '../provider/fake-provider.ts';
import { BrowserWindow, Tray, app, ipcMain, resetElectron } from './fake-electron.ts';

let dir: string;
let server: FakeProvider;
let running: RunningApp | null = null;

/** A user-data folder whose settings point at the local provider, optionally with favourites. */
async function seed(names: string[]): Promise<void> {
  const agent = createHttpAgent();
  const service = new WeatherService({
    databasePath: join(dir, 'skytray.db'),
    clock: systemClock,
    dispatcher: agent,
    userAgent: 't',
    logger: silentLogger,
    autoRefresh: false,
  });
  service.updateSettings({ openMeteoForecastUrl: server.origin, openMeteoGeocodingUrl: server.origin });
  for (const name of names) service.addFavourite(place(name));
  await service.close();
  await agent.close();
}

/** Answers dbus-send as a desktop with (true) or without (false) a tray host would. */
const trayHostAnswer =
  (hasHost: boolean): CommandRunner =>
  async () => ({ code: 0, stdout: `method return\n   boolean ${hasHost}\n` });

async function start(argv: string[] = [], extra: Partial<StartOptions> = {}): Promise<RunningApp> {
  const started = await startApp({
    paths: { renderer: join(dir, 'renderer'), preload: join(dir, 'preload.cjs') },
    argv,
    trayFactory: (image) => new Tray(image as never) as never,
    platform: 'linux',
    runCommand: trayHostAnswer(true),
    env: {},
    logToStderr: false,
    ...extra,
  });
  if (!started) throw new Error('did not start');
  running = started;
  return started;
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

beforeEach(async () => {
  resetElectron();
  dir = mkdtempSync(join(tmpdir(), 'skytray-app-'));
  app.userData = dir;
  server = await startFakeProvider();
});
afterEach(async () => {
  await running?.quit();
  running = null;
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('app', () => {
  it('quits at once when another Skytray is running, touching nothing', async () => {
    app.singleInstance = false;
    expect(await startApp({ paths: { renderer: dir, preload: dir }, argv: [] })).toBeNull();
    expect(app.quitCount).toBe(1);
    expect(Tray.all).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
  });

  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`a second launch shows the first one’s window on ${platform}`, async () => {
      resetElectron(platform);
      app.userData = dir;
      await seed(['Berlin']);
      const { windows } = await start(['--hidden'], { platform });
      expect(windows.isOpen).toBe(false);
      app.userRelaunches();
      expect(windows.isOpen).toBe(true);
    });
  }

  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`showing the window makes Skytray the active app on macOS only (${platform})`, async () => {
      resetElectron(platform);
      app.userData = dir;
      await seed(['Berlin']);
      const { windows } = await start(['--hidden'], { platform });
      windows.show();
      expect(app.focusCalls).toEqual(platform === 'darwin' ? [{ steal: true }] : []);
    });
  }

  it('starts as a tray app: no Dock icon, a tray, and the window only when there is nothing to show yet', async () => {
    resetElectron('darwin');
    app.userData = dir;
    await seed([]);
    await start([], { platform: 'darwin' });
    expect(app.dockHidden).toBe(true);
    expect(Tray.all).toHaveLength(1);
    expect(Tray.all[0]?.tooltip).toBe('Skytray: no places yet. Open Skytray to add one.');
    expect(BrowserWindow.all).toHaveLength(1);
  });

  it('creates the window securely on demand, destroys it on close, and reopens it where it was', async () => {
    await seed(['Berlin']);
    const { windows } = await start();
    expect(BrowserWindow.all).toHaveLength(0);
    windows.show();
    const first = BrowserWindow.all[0];
    expect(first?.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: join(dir, 'preload.cjs'),
    });
    expect(first?.webContents.mainFrame.url).toBe('skytray://app/index.html');
    first!.bounds = { x: 300, y: 200, width: 500, height: 700 };
    first!.close();
    expect(windows.isOpen).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8'))).toEqual({ x: 300, y: 200, width: 500, height: 700 });
    windows.show();
    expect(BrowserWindow.all).toHaveLength(2);
    expect(BrowserWindow.all[1]?.options).toMatchObject({ x: 300, y: 200, width: 500, height: 700 });
  });

  it('tells the window which place to show when one is chosen in the tray', async () => {
    await seed(['Berlin', 'Tokyo']);
    await start(['--hidden']);
    const menu = Tray.all[0]?.menu?.template ?? [];
    const tokyo = menu.find((item) => String(item.label).startsWith('Tokyo'));
    tokyo?.click?.();
    await tick();
    await tick();
    expect(BrowserWindow.all[0]?.webContents.sent).toContainEqual(['window:show-place', 2]);
  });

  it('forwards service events to the open window and keeps the tray menu current', async () => {
    await seed(['Berlin']);
    const { service, windows } = await start();
    windows.show();
    await tick();
    const menusBefore = Tray.all[0]?.menuSets ?? 0;
    service.addFavourite(place('Lima'));
    expect(BrowserWindow.all[0]?.webContents.sent.map(([c]) => c)).toContain('favourites:changed');
    expect(Tray.all[0]?.menuSets).toBeGreaterThan(menusBefore);
  });

  it('quitting shuts the engine down cleanly, once', async () => {
    await seed(['Berlin']);
    const { service } = await start(['--hidden']);
    app.quit();
    await new Promise((r) => setTimeout(r, 50));
    expect(app.exitCode).toBe(0);
    expect(Tray.all[0]?.destroyed).toBe(true);
    expect(ipcMain.handlers.size).toBe(0);
    expect(() => service.addFavourite(place('Paris'))).toThrow('Skytray is shutting down.');
    running = null;
  });

  it('Quit closes the window even when it is kept in the taskbar (closing it otherwise minimises it)', async () => {
    await seed(['Berlin']);
    const { service, windows, quit } = await start();
    service.updateSettings({ keepWindowInTaskbar: true });
    windows.show();
    app.quit();
    await quit(); // the shutdown the Quit started
    await tick();
    expect(BrowserWindow.all[0]?.minimized).toBe(false);
    expect(BrowserWindow.all[0]?.destroyed).toBe(true);
    expect(app.exitCode).toBe(0);
    running = null;
  });

  it('Quit exits even when closing the engine fails, and logs why', async () => {
    await seed(['Berlin']);
    const started = await start(['--hidden']);
    const closeForReal = started.service.close.bind(started.service);
    started.service.close = () => Promise.reject(new Error('database is locked'));
    app.quit();
    await started.quit().catch(() => {});
    await tick();
    expect(app.exitCode).toBe(0);
    expect(readFileSync(join(dir, 'logs', 'skytray.log'), 'utf8')).toContain('database is locked');
    await closeForReal();
    running = null;
  });
});
