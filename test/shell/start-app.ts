// Starts the real composition root against the fake 'electron', a user-data folder in /tmp and
// the local provider, for the tests of the app as a whole.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpAgent } from '../../main/core/http/http-agent.ts';
import { silentLogger } from '../../main/core/logger.ts';
import type { Settings } from '../../main/core/model/settings.ts';
import { WeatherService } from '../../main/core/service/weather-service.ts';
import { startApp, type RunningApp, type StartOptions } from '../../main/shell/app.ts';
import type { CommandRunner } from '../../main/shell/tray-host.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { place } from '../support/engine.ts';
import { startFakeProvider, type FakeProvider } from '../provider/fake-provider.ts';
import { Tray, app, resetElectron } from './fake-electron.ts';
import type { FakePlatform } from './fake-platform.ts';

/** Answers dbus-send as a desktop with (true) or without (false) a tray host would. */
export const trayHostAnswer =
  (hasHost: boolean): CommandRunner =>
  async () => ({ code: 0, stdout: `method return\n   boolean ${hasHost}\n` });

export type AppFixture = {
  dir: string;
  server: FakeProvider;
  clock: FakeClock;
  running: RunningApp | null;
  seed(names: string[], settings?: Partial<Settings>): Promise<void>;
  start(argv?: string[], extra?: Partial<StartOptions>): Promise<RunningApp>;
  close(): Promise<void>;
};

export async function appFixture(platform: FakePlatform = 'linux'): Promise<AppFixture> {
  resetElectron(platform);
  const dir = mkdtempSync(join(tmpdir(), 'skytray-app-'));
  app.userData = dir;
  const server = await startFakeProvider();
  const clock = new FakeClock(Date.now());
  const fixture: AppFixture = {
    dir,
    server,
    clock,
    running: null,
    async seed(names, settings = {}) {
      const agent = createHttpAgent();
      const service = new WeatherService({
        databasePath: join(dir, 'skytray.db'),
        clock,
        dispatcher: agent,
        userAgent: 't',
        logger: silentLogger,
        autoRefresh: false,
      });
      // The app asks for warnings and air quality with every refresh: those stay on 127.0.0.1 too.
      const local = { nwsUrl: server.origin, metAlertsUrl: server.origin, meteoAlarmUrl: server.origin, airQualityUrl: server.origin };
      service.updateSettings({ openMeteoForecastUrl: server.origin, openMeteoGeocodingUrl: server.origin, ...local, ...settings });
      for (const name of names) service.addFavourite(place(name));
      await service.close();
      await agent.close();
    },
    async start(argv = [], extra = {}) {
      const started = await startApp({
        paths: { renderer: join(dir, 'renderer'), preload: join(dir, 'preload.cjs') },
        argv,
        trayFactory: (image) => new Tray(image as never) as never,
        platform,
        clock,
        env: {},
        runCommand: trayHostAnswer(true),
        logToStderr: false,
        ...extra,
      });
      if (!started) throw new Error('did not start');
      fixture.running = started;
      return started;
    },
    async close() {
      await fixture.running?.quit();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return fixture;
}
