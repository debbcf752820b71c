// The shell around the engine: the tray, notifications, the taskbar, the login item and what
// keeps them current, wired to the engine's events; and when the window opens by itself.
import { homedir } from 'node:os';
import { app } from 'electron';
import type { WeatherService } from '../core/service/weather-service.ts';
import { extrasEvent, toWindowEvent } from '../ipc/window-events.ts';
import { buildTrayModel } from '../tray/tray-model.ts';
import type { Wording } from '../wording/wording.ts';
import { startAgeTicker } from './age-ticker.ts';
import type { SafeStorageKeyStore } from './api-key-store.ts';
import type { Context } from './app-engine.ts';
import type { AppWording } from './app-wording.ts';
import { watchDisplayScale } from './display-scale.ts';
import { applyLaunchAtLogin, startedHidden } from './login-item.ts';
import { notificationIcons, notificationIconsDir } from './notification-icon.ts';
import { Notifier } from './notifier.ts';
import { watchPowerAndNetwork } from './power-and-network.ts';
import { TaskbarPresence } from './taskbar-presence.ts';
import { trayMayBeInvisible, type TrayHost } from './tray-host.ts';
import { noticeText, trayNotice, type AppNoticeId } from './tray-notice.ts';
import { TrayService } from './tray-service.ts';
import type { WindowManager } from './window-manager.ts';

export type ShellParts = Context &
  Readonly<{
    service: WeatherService;
    wording: AppWording;
    windows: WindowManager;
    keys: SafeStorageKeyStore;
    host: TrayHost;
    onNetworkChange: () => void;
    isQuitting: () => boolean;
  }>;

export type WiredShell = Readonly<{ tray: TrayService; notifier: Notifier; stop: () => void }>;

export function wireShell(parts: ShellParts): WiredShell {
  const { options, platform, clock, log, service, windows, keys, host } = parts;
  const keepInTaskbar = (): boolean => service.getSettings().keepWindowInTaskbar || trayMayBeInvisible(host);
  const presence = new TaskbarPresence({ platform, keepInTaskbar, quitting: parts.isQuitting });
  if (trayMayBeInvisible(host)) log.logger.warn(`no tray host on the session bus (${host}): the window stays in the taskbar`);
  const showWindow = windowWithNotice(windows, service, trayNotice(platform, host, service.getSettings().trayHintShown), () => parts.wording.current);
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
  const renderTray = (): void =>
    tray.render(
      buildTrayModel({
        snapshots: service.getSnapshots(),
        status: service.status(),
        hasTitle: platform === 'darwin',
        extras: service.getExtras(),
        wording: parts.wording.current,
      }),
    );
  const icons = notificationIcons(notificationIconsDir(options.paths.renderer));
  const notifier = new Notifier(showPlace, log.logger.child('notify'), platform, icons, () => parts.wording.current);
  notifier.watch(service); // until the service closes
  const loginContext = { platform, env: options.env ?? process.env, home: homedir(), executable: process.env['APPIMAGE'] ?? process.execPath };
  // Only a change of the setting itself reaches the OS: the user may have changed the login item in
  // the system's own settings, and a run with a throw-away profile (the self-test) must not touch it.
  let launchAtLogin = service.getSettings().launchAtLogin;
  service.subscribe((event) => {
    windows.sendEvent(toWindowEvent(event, keys.status(), parts.wording.systemLanguages));
    if (event.type === 'settings-changed') {
      if (event.settings.launchAtLogin !== launchAtLogin) applyLaunchAtLogin((launchAtLogin = event.settings.launchAtLogin), loginContext);
      log.useSettingsLevel(event.settings.logLevel);
      presence.update();
    }
    renderTray();
  });
  // Dropped by the service when it closes.
  service.onExtrasUpdated((ids) => (windows.sendEvent(extrasEvent(service.getExtras(), ids)), renderTray()));
  const stopWatching = watchPowerAndNetwork(service, { clock, onNetworkChange: parts.onNetworkChange });
  const stopTicker = startAgeTicker(clock, renderTray);
  const stopScaleWatch = watchDisplayScale(platform, renderTray);
  // A new language or clock redraws the tray in it.
  const stopLanguageWatch = parts.wording.subscribe(renderTray);
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
    stopLanguageWatch();
    presence.stop();
    tray.destroy();
  };
  return { tray, notifier, stop };
}

/** Shows the window; the first time, with the one-time note on the tray, then remembered. */
function windowWithNotice(windows: WindowManager, service: WeatherService, notice: AppNoticeId | null, wording: () => Wording): WindowManager['show'] {
  let pending = notice;
  return (then) => {
    windows.show(then);
    if (!pending) return;
    windows.show({ channel: 'app:notice', payload: noticeText(pending, wording()) });
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
