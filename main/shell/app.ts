// The composition root: builds the engine and the shell in dependency order and wires them.
// Read top to bottom, it is the table of contents of the running app.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { homedir } from 'node:os';
import { app, nativeTheme, session } from 'electron';
import { systemClock, type Clock } from '../core/clock.ts';
import { DATABASE_FILE } from '../core/data-path.ts';
import { diagnosticsReport } from '../core/service/diagnostics-report.ts';
import { createHttpAgent, createProxyAgent, userAgent } from '../core/http/http-agent.ts';
import { createLogger, stderrSink } from '../core/logger.ts';
import type { Settings } from '../core/model/settings.ts';
import { WeatherService } from '../core/service/weather-service.ts';
import { createHandlers } from '../ipc/ipc-handlers.ts';
import { toWindowEvent } from '../ipc/window-events.ts';
import { buildTrayModel } from '../tray/tray-model.ts';
import { startAgeTicker } from './age-ticker.ts';
import { SafeStorageKeyStore } from './api-key-store.ts';
import { openAppLog, type AppLog } from './app-log.ts';
import { registerAppScheme, serveApp } from './app-protocol.ts';
import { registerIpc } from './ipc-main.ts';
import { showLogFile } from './log-folder.ts';
import { applyLaunchAtLogin, startedHidden } from './login-item.ts';
import { notificationIcons, notificationIconsDir } from './notification-icon.ts';
import { Notifier } from './notifier.ts';
import { watchPowerAndNetwork } from './power-and-network.ts';
import { hardenSession } from './security.ts';
import { watchDisplayScale } from './display-scale.ts';
import { failStartup } from './startup-failure.ts';
import { takeSingleInstanceLock } from './single-instance.ts';
import { SystemProxyDispatcher } from './system-proxy.ts';
import { TaskbarPresence } from './taskbar-presence.ts';
import { probeTrayHost, systemCommandRunner, trayMayBeInvisible, type CommandRunner, type TrayHost } from './tray-host.ts';
import { trayNotice, type AppNotice } from './tray-notice.ts';
import { TrayService, type TrayFactory } from './tray-service.ts';
import { WindowManager } from './window-manager.ts';

/** The installer's appId (electron-builder.yml): Windows attributes toasts to it. */
export const APP_USER_MODEL_ID = 'org.skytray.app';

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
  /** The OS to behave for. @default process.platform */
  platform?: NodeJS.Platform;
  /** @default systemClock */
  clock?: Clock;
  /** @default process.env */
  env?: Readonly<Record<string, string | undefined>>;
  /** Runs dbus-send to find a tray host on Linux. @default systemCommandRunner() */
  runCommand?: CommandRunner;
  /** Log to stderr as well as to the file. @default true */
  logToStderr?: boolean;
}>;

export type RunningApp = Readonly<{
  service: WeatherService;
  windows: WindowManager;
  tray: TrayService;
  notifier: Notifier;
  logPath: string | null;
  /** Diagnostics' "Show the log": the file in the file manager; null when shown, else why not. */
  showLog: () => Promise<string | null>;
  quit: () => Promise<void>;
}>;

type Context = Readonly<{ options: StartOptions; platform: NodeJS.Platform; clock: Clock; log: AppLog }>;

export async function startApp(options: StartOptions): Promise<RunningApp | null> {
  // 1. One Skytray at a time: a second launch shows the first one's window.
  if (!(await takeSingleInstanceLock(createLogger(stderrSink, 'info', 'skytray')))) return null;
  const platform = options.platform ?? process.platform;
  let log: AppLog | null = null;
  try {
    registerAppScheme();
    // A tray app keeps running with no window open.
    app.on('window-all-closed', () => {});
    // `@platform win32`: toasts show only for an app whose id matches its Start-menu shortcut.
    if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
    await app.whenReady();
    log = openAppLog(options.env ?? process.env, options.logToStderr ?? true);
    return await startShell({ options, platform, clock: options.clock ?? systemClock, log });
  } catch (error) {
    // 2. A failed start says why and exits: never a process with no tray holding the lock.
    failStartup(error, log?.logger ?? createLogger(stderrSink, 'info', 'skytray'), log?.path ?? null);
    log?.close();
    return null;
  }
}

async function startShell(context: Context): Promise<RunningApp> {
  const { options, platform, log } = context;
  const logger = log.logger;
  // The tray host is asked at once; the answer is needed only once the engine is up.
  const trayHost = probeTrayHost(platform, options.runCommand ?? systemCommandRunner());

  // 3. Security before any content exists.
  hardenSession(session.defaultSession);
  serveApp(options.paths.renderer);

  // 4. The engine.
  const userData = app.getPath('userData');
  const { service: engine, keys, dispatcher } = createEngine(context, userData);

  // 5. IPC, before the window exists.
  const windows = new WindowManager({
    preloadPath: options.paths.preload,
    statePath: join(userData, 'window-state.json'),
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1c1c1e' : '#f5f5f7',
    platform,
  });
  const report = (): string => diagnosticsText(engine, platform, log.path);
  const unregisterIpc = registerIpc(
    createHandlers({ service: engine, apiKeys: keys, report, showLog: () => showLogFile(log.path), logger }),
    () => windows.trustedFrames(),
    logger.child('ipc'),
  );

  // 6. The tray and everything that keeps it and the window reachable and current.
  // A plain flag, set before any shutdown step runs: windows.close() below asks isQuitting(), and
  // a promise assigned with ??= exists only after its synchronous part (that very call) has run.
  const lifecycle = { quitting: false, done: null as Promise<void> | null };
  const shell = wireShell({
    ...context,
    service: engine,
    windows,
    keys,
    host: await trayHost,
    onNetworkChange: () => dispatcher.forgetRoutes(),
    isQuitting: () => lifecycle.quitting,
  });

  // 7. Quitting shuts the engine down cleanly, once.
  const shutDown = async (): Promise<void> => {
    shell.stop();
    unregisterIpc();
    windows.close();
    await engine.close();
    await dispatcher.close();
    log.close();
  };
  const quit = (): Promise<void> => {
    lifecycle.quitting = true;
    return (lifecycle.done ??= shutDown());
  };
  app.on('before-quit', (event) => {
    if (lifecycle.quitting) return;
    event.preventDefault();
    // Exit whatever happens: a failed shutdown must not leave a process with no tray holding the lock.
    void quit()
      .catch((error: unknown) =>
        logger.error('quitting did not finish cleanly', { cause: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
      )
      .finally(() => app.exit(0));
  });
  return { service: engine, windows, tray: shell.tray, notifier: shell.notifier, logPath: log.path, showLog: () => showLogFile(log.path), quit };
}

type Engine = Readonly<{ service: WeatherService; keys: SafeStorageKeyStore; dispatcher: SystemProxyDispatcher }>;

/** The engine over the user's data, reaching the network as the system says, with the key read lazily. */
function createEngine({ options, platform, clock, log }: Context, userData: string): Engine {
  let service: WeatherService | null = null;
  // The key is read from the keychain only once OpenWeatherMap asks for it.
  const keys = new SafeStorageKeyStore({
    path: join(userData, 'openweathermap-key.bin'),
    platform,
    logger: log.logger.child('keys'),
    onLoaded: () => service?.apiKeyChanged(),
  });
  const dispatcher = new SystemProxyDispatcher({
    resolve: (url) => session.defaultSession.resolveProxy(url),
    direct: createHttpAgent(),
    viaProxy: (proxyUrl) => createProxyAgent(proxyUrl),
    logger: log.logger.child('proxy'),
  });
  const engine = new WeatherService({
    databasePath: join(userData, DATABASE_FILE),
    clock,
    dispatcher,
    userAgent: userAgent(app.getVersion()),
    logger: log.logger,
    apiKey: () => keys.get(),
    refreshExtras: true,
    ...(options.overrides ? { overrides: options.overrides } : {}),
  });
  service = engine;
  log.useSettingsLevel(engine.getSettings().logLevel);
  // An OpenWeatherMap user's first refresh waits for the saved key (a keyring can take its time,
  // or ask for a password); the tray and the window do not.
  if (engine.getSettings().provider === 'openweathermap' && keys.status().set) {
    engine.pause();
    void keys.load().finally(() => engine.resume());
  }
  return { service: engine, keys, dispatcher };
}

type ShellParts = Context &
  Readonly<{
    service: WeatherService;
    windows: WindowManager;
    keys: SafeStorageKeyStore;
    host: TrayHost;
    onNetworkChange: () => void;
    isQuitting: () => boolean;
  }>;

type WiredShell = Readonly<{ tray: TrayService; notifier: Notifier; stop: () => void }>;

function wireShell(parts: ShellParts): WiredShell {
  const { options, platform, clock, log, service, windows, keys, host } = parts;
  const keepInTaskbar = (): boolean => service.getSettings().keepWindowInTaskbar || trayMayBeInvisible(host);
  const presence = new TaskbarPresence({ platform, keepInTaskbar, quitting: parts.isQuitting });
  if (trayMayBeInvisible(host)) log.logger.warn(`no tray host on the session bus (${host}): the window stays in the taskbar`);
  const showWindow = windowWithNotice(windows, service, trayNotice(platform, host, service.getSettings().trayHintShown));
  const showPlace = (favouriteId: number): void => showWindow({ channel: 'window:show-place', payload: favouriteId });
  const tray = new TrayService({
    platform,
    ...(options.trayFactory ? { factory: options.trayFactory } : {}),
    actions: {
      openPlace: showPlace,
      refresh: () => void service.refresh(),
      open: () => showWindow(),
      settings: () => showWindow({ channel: 'window:show-settings', payload: null }),
      quit: () => app.quit(),
    },
  });
  const renderTray = (): void => tray.render(buildTrayModel({ snapshots: service.getSnapshots(), status: service.status(), hasTitle: platform === 'darwin' }));
  const notifier = new Notifier(showPlace, log.logger.child('notify'), platform, notificationIcons(notificationIconsDir(options.paths.renderer)));
  notifier.watch(service); // until the service closes
  const loginContext = { platform, env: options.env ?? process.env, home: homedir(), executable: process.env['APPIMAGE'] ?? process.execPath };
  // Only a change of the setting itself reaches the OS: the user may have changed the login item in
  // the system's own settings, and a run with a throw-away profile (the self-test) must not touch it.
  let launchAtLogin = service.getSettings().launchAtLogin;
  service.subscribe((event) => {
    windows.sendEvent(toWindowEvent(event, keys.status()));
    if (event.type === 'settings-changed') {
      if (event.settings.launchAtLogin !== launchAtLogin) applyLaunchAtLogin((launchAtLogin = event.settings.launchAtLogin), loginContext);
      log.useSettingsLevel(event.settings.logLevel);
      presence.update();
    }
    renderTray();
  });
  const stopWatching = watchPowerAndNetwork(service, { clock, onNetworkChange: parts.onNetworkChange });
  const stopTicker = startAgeTicker(clock, renderTray);
  const stopScaleWatch = watchDisplayScale(platform, renderTray);
  renderTray();
  showAtStart(parts, showWindow);
  // Re-launch: 'second-instance' on every OS; on macOS opening the running app from Finder, the
  // Dock or Spotlight starts no second process and emits 'activate' (`@platform darwin`) instead.
  app.on('second-instance', () => showWindow());
  if (platform === 'darwin') app.on('activate', () => showWindow());
  const stop = (): void => {
    stopWatching();
    stopTicker();
    stopScaleWatch();
    presence.stop();
    tray.destroy();
  };
  return { tray, notifier, stop };
}

/** The diagnostics to paste into a bug report, and where the log file is. */
function diagnosticsText(service: WeatherService, platform: NodeJS.Platform, logPath: string | null): string {
  const about = { version: app.getVersion(), platform: `${platform} ${process.arch}`, versions: process.versions };
  return `${diagnosticsReport(service.diagnostics(), service.getSettings(), about)}\nLog file: ${logPath ?? 'none (stderr only)'}\n`;
}

/** Shows the window; the first time, with the one-time note on the tray, then remembered. */
function windowWithNotice(windows: WindowManager, service: WeatherService, notice: AppNotice | null): WindowManager['show'] {
  let pending = notice;
  return (then) => {
    windows.show(then);
    if (!pending) return;
    windows.show({ channel: 'app:notice', payload: pending });
    pending = null;
    service.updateSettings({ trayHintShown: true });
  };
}

/** The window opens at start when there is something to tell, nothing to show yet, or no visible tray. */
function showAtStart({ platform, options, service, host }: ShellParts, showWindow: () => void): void {
  const status = service.status();
  const hidden = startedHidden(platform, options.argv);
  if (status.recovery || status.diskProblem) showWindow();
  else if (trayMayBeInvisible(host)) showWindow();
  else if (!hidden && service.listFavourites().length === 0) showWindow();
}
