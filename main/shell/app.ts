// The composition root: builds the engine and the shell in dependency order and wires them.
// Read top to bottom, it is the table of contents of the running app.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { homedir } from 'node:os';
import { app, nativeTheme, session } from 'electron';
import { systemClock } from '../core/clock.ts';
import { DATABASE_FILE } from '../core/data-path.ts';
import { diagnosticsReport } from '../core/service/diagnostics-report.ts';
import { createHttpAgent, userAgent } from '../core/http/http-agent.ts';
import { createLogger, stderrSink } from '../core/logger.ts';
import type { Settings } from '../core/model/settings.ts';
import { WeatherService } from '../core/service/weather-service.ts';
import { createHandlers } from '../ipc/ipc-handlers.ts';
import { toWindowEvent } from '../ipc/window-events.ts';
import { buildTrayModel } from '../tray/tray-model.ts';
import { SafeStorageKeyStore } from './api-key-store.ts';
import { registerAppScheme, serveApp } from './app-protocol.ts';
import { registerIpc } from './ipc-main.ts';
import { applyLaunchAtLogin } from './login-item.ts';
import { Notifier } from './notifier.ts';
import { watchPowerAndNetwork } from './power-and-network.ts';
import { hardenSession } from './security.ts';
import { TrayService, type TrayFactory } from './tray-service.ts';
import { WindowManager } from './window-manager.ts';

export type AppPaths = Readonly<{ renderer: string; preload: string }>;

/** Next to the bundled main: dist/renderer and dist/preload/preload.cjs. */
export function bundledPaths(moduleUrl: string): AppPaths {
  const dist = fileURLToPath(new URL('..', moduleUrl));
  return { renderer: join(dist, 'renderer'), preload: join(dist, 'preload', 'preload.cjs') };
}

export type StartOptions = Readonly<{
  paths: AppPaths;
  argv: readonly string[];
  /** Tests pass a fake Tray. */
  trayFactory?: TrayFactory;
  /** Settings for this run only, never saved (the self-test's local provider). */
  overrides?: Partial<Settings>;
}>;

export type RunningApp = Readonly<{ service: WeatherService; windows: WindowManager; tray: TrayService; quit: () => Promise<void> }>;

export async function startApp(options: StartOptions): Promise<RunningApp | null> {
  // 1. One Skytray at a time: a second launch shows the first one's window.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  registerAppScheme();
  // A tray app keeps running with no window open.
  app.on('window-all-closed', () => {});
  await app.whenReady();
  app.dock?.hide();

  // 2. Security before any content exists.
  hardenSession(session.defaultSession);
  serveApp(options.paths.renderer);

  // 3. The engine.
  const userData = app.getPath('userData');
  const logger = createLogger(stderrSink, 'info', 'skytray');
  const keys = await SafeStorageKeyStore.open(join(userData, 'openweathermap-key.bin'), process.platform, logger.child('keys'));
  const agent = createHttpAgent();
  const service = new WeatherService({
    databasePath: join(userData, DATABASE_FILE),
    clock: systemClock,
    dispatcher: agent,
    userAgent: userAgent(app.getVersion()),
    logger,
    apiKey: () => keys.get(),
    ...(options.overrides ? { overrides: options.overrides } : {}),
  });

  // 4. IPC, before the window exists.
  const windows = new WindowManager({
    preloadPath: options.paths.preload,
    statePath: join(userData, 'window-state.json'),
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1c1c1e' : '#f5f5f7',
  });
  const report = (): string => diagnosticsReport(service.diagnostics(), service.getSettings(), { version: app.getVersion(), platform: `${process.platform} ${process.arch}`, versions: process.versions });
  const unregisterIpc = registerIpc(createHandlers({ service, apiKeys: keys, report, logger }), () => windows.trustedFrames(), logger.child('ipc'));

  // 5. The tray, notifications, sleep and network.
  const showPlace = (favouriteId: number): void => windows.show({ channel: 'window:show-place', payload: favouriteId });
  const tray = new TrayService({
    platform: process.platform,
    ...(options.trayFactory ? { factory: options.trayFactory } : {}),
    actions: {
      openPlace: showPlace,
      refresh: () => void service.refresh(),
      open: () => windows.show(),
      settings: () => windows.show({ channel: 'window:show-settings', payload: null }),
      quit: () => app.quit(),
    },
  });
  const renderTray = (): void => tray.render(buildTrayModel({ snapshots: service.getSnapshots(), status: service.status(), hasTitle: process.platform === 'darwin' }));
  const notifier = new Notifier(showPlace);
  const loginContext = { platform: process.platform, env: process.env, home: homedir(), executable: process.env['APPIMAGE'] ?? process.execPath };
  service.subscribe((event) => {
    windows.sendEvent(toWindowEvent(event, keys.status()));
    if (event.type === 'settings-changed') applyLaunchAtLogin(event.settings.launchAtLogin, loginContext);
    if (event.type === 'snapshot-updated') notifier.check(service.getSnapshots(), service.getSettings().notifications, Date.now());
    renderTray();
  });
  const stopWatching = watchPowerAndNetwork(service);
  app.on('second-instance', () => windows.show());
  renderTray();
  const status = service.status();
  if (status.recovery || status.diskProblem) windows.show();
  else if (!options.argv.includes('--hidden') && service.listFavourites().length === 0) windows.show();

  // 6. Quitting shuts the engine down cleanly, once.
  let quitting: Promise<void> | null = null;
  const quit = (): Promise<void> =>
    (quitting ??= (async () => {
      stopWatching();
      unregisterIpc();
      windows.close();
      tray.destroy();
      await service.close();
      await agent.close();
    })());
  app.on('before-quit', (event) => {
    if (quitting) return;
    event.preventDefault();
    void quit().then(() => app.exit(0));
  });
  return { service, windows, tray, quit };
}
