// The composition root: builds the engine and the shell in dependency order and wires them.
// Read top to bottom, it is the table of contents of the running app.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, nativeTheme, session, shell as osShell } from 'electron';
import { systemClock, type Clock } from '../core/clock.ts';
import { createLogger, stderrSink } from '../core/logger.ts';
import type { Settings } from '../core/model/settings.ts';
import type { WeatherService } from '../core/service/weather-service.ts';
import { createHandlers } from '../ipc/ipc-handlers.ts';
import { createEngine, diagnosticsText, type Context } from './app-engine.ts';
import type { Wording } from '../wording/wording.ts';
import { setAboutPanel } from './about-panel-options.ts';
import { openAppLog, type AppLog } from './app-log.ts';
import { AppWording, followRegionUnits, systemLocale, watchLanguage } from './app-wording.ts';
import { registerAppScheme, serveApp } from './app-protocol.ts';
import { wireShell } from './app-shell.ts';
import { registerIpc } from './ipc-main.ts';
import { showLogFile } from './log-folder.ts';
import type { Notifier } from './notifier.ts';
import { hardenSession } from './security.ts';
import { failStartup } from './startup-failure.ts';
import { takeSingleInstanceLock } from './single-instance.ts';
import { probeTrayHost, systemCommandRunner, type CommandRunner } from './tray-host.ts';
import type { TrayFactory, TrayService } from './tray-service.ts';
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
  /** The person's language in the main process: what the tray and notifications are worded in. */
  wording: AppWording;
  logPath: string | null;
  /** Diagnostics' "Show the log": the file in the file manager; null when shown, else why not. */
  showLog: () => Promise<string | null>;
  quit: () => Promise<void>;
}>;

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

  // 4. The engine, and the person's language: with their region's units until they choose.
  const userData = app.getPath('userData');
  const { service: engine, keys, dispatcher } = createEngine(context, userData);
  const system = systemLocale();
  const wording = new AppWording(system, engine.getSettings());
  // The system's About panel, in the person's language, again whenever it changes.
  const setAbout = (words: Wording): void => setAboutPanel(platform, options.paths.renderer, app, words);
  setAbout(wording.current);
  const stopLanguage = [followRegionUnits(engine, wording), watchLanguage(engine, wording), wording.subscribe(setAbout)];
  const showLog = (): Promise<string | null> => showLogFile(log.path, wording.current);

  // 5. IPC, before the window exists.
  const windows = new WindowManager({
    preloadPath: options.paths.preload,
    statePath: join(userData, 'window-state.json'),
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1c1c1e' : '#f5f5f7',
    platform,
  });
  const report = (): string => diagnosticsText(engine, platform, log.path, wording.current);
  const unregisterIpc = registerIpc(
    createHandlers({
      service: engine,
      apiKeys: keys,
      report,
      showLog,
      logger,
      openExternal: (url) => osShell.openExternal(url),
      systemLanguages: system.preferred,
    }),
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
    wording,
    windows,
    keys,
    host: await trayHost,
    onNetworkChange: () => dispatcher.forgetRoutes(),
    isQuitting: () => lifecycle.quitting,
  });

  // 7. Quitting shuts the engine down cleanly, once.
  const shutDown = async (): Promise<void> => {
    shell.stop();
    stopLanguage.forEach((stop) => stop());
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
  return { service: engine, windows, tray: shell.tray, notifier: shell.notifier, wording, logPath: log.path, showLog, quit };
}
