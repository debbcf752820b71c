// A real WeatherService whose warnings come from the local stand-ins and whose air quality comes
// from the local provider, on a fake clock, with warnings fetched alongside every refresh.
import { APP_VERSION } from '../../../main/core/app-version.ts';
import { userAgent } from '../../../main/core/http/http-agent.ts';
import type { WeatherService, WeatherServiceOptions } from '../../../main/core/service/weather-service.ts';
import { startWarningServices, type WarningServices } from '../../provider/alerts/warning-services.ts';
import type { WarningStory } from '../../provider/alerts/warning-lifecycle.ts';
import { startTestService, type TestService } from '../../support/service.ts';

export const MIN = 60_000;
export const HOUR = 60 * MIN;

export type ExtrasTest = Readonly<{ t: TestService; warnings: WarningServices; close(): Promise<void> }>;

export async function startExtrasTest(stories: (now: number) => readonly WarningStory[], service: Partial<WeatherServiceOptions> = {}): Promise<ExtrasTest> {
  const t = await startTestService({ service: { autoRefresh: false, refreshExtras: true, userAgent: userAgent(APP_VERSION), ...service } });
  const warnings = await startWarningServices({ now: () => t.clock.now(), stories: stories(t.clock.now()) });
  // Saved like a person's own settings, so a restart on the same file finds them.
  t.service.updateSettings({
    nwsUrl: warnings.origin,
    metAlertsUrl: warnings.origin,
    meteoAlarmUrl: warnings.origin,
    airQualityUrl: t.server.origin,
    notifications: { ...t.service.getSettings().notifications, enabled: true, quietHours: null },
  });
  return {
    t,
    warnings,
    async close() {
      await t.close();
      await warnings.close();
    },
  };
}

/** Resolves when the service next says some favourite's warnings or air quality changed. */
export function nextExtras(service: WeatherService): Promise<readonly number[]> {
  return new Promise((resolve) => {
    const stop = service.onExtrasUpdated((ids) => {
      stop();
      resolve(ids);
    });
  });
}

export function story(now: number, more: Partial<WarningStory> = {}): WarningStory {
  return {
    key: 'ak',
    event: 'Blizzard Warning',
    severity: 'Severe',
    colour: 'orange',
    country: 'US',
    area: { name: 'Anchorage', box: { south: 60, west: -151, north: 62, east: -149 } },
    issuedAt: now - MIN,
    expiresAt: now + 6 * HOUR,
    ...more,
  };
}
