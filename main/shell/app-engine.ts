// The engine as the app runs it: over the user's data folder, reaching the network as the system
// says, with the OpenWeatherMap key read from the keychain only when needed.
import { join } from 'node:path';
import { app, session } from 'electron';
import type { Clock } from '../core/clock.ts';
import { DATABASE_FILE } from '../core/data-path.ts';
import { diagnosticsReport } from '../core/service/diagnostics-report.ts';
import { createHttpAgent, createProxyAgent, userAgent } from '../core/http/http-agent.ts';
import { WeatherService } from '../core/service/weather-service.ts';
import { SafeStorageKeyStore } from './api-key-store.ts';
import type { AppLog } from './app-log.ts';
import type { StartOptions } from './app.ts';
import type { Wording } from '../wording/wording.ts';
import { SystemProxyDispatcher } from './system-proxy.ts';

/** What every part of the start-up reads: the options, the OS, the clock and the log. */
export type Context = Readonly<{ options: StartOptions; platform: NodeJS.Platform; clock: Clock; log: AppLog }>;

export type Engine = Readonly<{ service: WeatherService; keys: SafeStorageKeyStore; dispatcher: SystemProxyDispatcher }>;

/** The engine over the user's data, reaching the network as the system says, with the key read lazily. */
export function createEngine({ options, platform, clock, log }: Context, userData: string): Engine {
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

/** The diagnostics to paste into a bug report, and where the log file is. */
export function diagnosticsText(service: WeatherService, platform: NodeJS.Platform, logPath: string | null, wording: Wording): string {
  const about = { version: app.getVersion(), platform: `${platform} ${process.arch}`, versions: process.versions };
  const report = diagnosticsReport(service.diagnostics(), service.getSettings(), about, wording);
  // i18n-ignore: the report's values stay in English for bug reports
  return `${report}\n${wording.t('window.diagnostics.report.logFile')}: ${logPath ?? 'none (stderr only)'}\n`;
}
