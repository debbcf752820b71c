// Warnings and air quality together, each through its own queue: one failing never costs the other.
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../main/core/clock.ts';
import { airQualityJson, alertsJson, PlaceExtrasClient } from '../../../main/core/alerts/place-extras.ts';
import { createHttpAgent } from '../../../main/core/http/http-agent.ts';
import { silentLogger } from '../../../main/core/logger.ts';
import { startWarningServices, type WarningServices } from '../../provider/alerts/warning-services.ts';
import { startFakeProvider, type FakeProvider } from '../../provider/fake-provider.ts';
import { place } from '../../support/engine.ts';

const NOW = Date.parse('2026-11-25T09:00:00Z');
let open: { warnings: WarningServices; provider: FakeProvider; client: PlaceExtrasClient; close(): Promise<void> } | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

async function start(): Promise<NonNullable<typeof open>> {
  const warnings = await startWarningServices({
    now: () => NOW,
    stories: [
      {
        key: 'oslo',
        event: 'Ice',
        severity: 'Moderate',
        colour: 'yellow',
        country: 'NO',
        area: { name: 'Oslo', box: { south: 59, west: 10, north: 61, east: 11 } },
        issuedAt: NOW - 3_600_000,
        expiresAt: NOW + 3_600_000,
      },
    ],
  });
  const provider = await startFakeProvider({ now: () => NOW });
  const agent = createHttpAgent({ headersTimeoutMs: 2_000, bodyTimeoutMs: 2_000 });
  const client = new PlaceExtrasClient({
    alertOrigins: { nws: warnings.origin, metalerts: warnings.origin, meteoalarm: warnings.origin },
    airQualityOrigin: provider.origin,
    dispatcher: agent,
    userAgent: 'Skytray-test',
    clock: { ...systemClock, now: () => NOW },
    logger: silentLogger,
    random: () => 0,
    retry: { maxAttempts: 2, backoff: { baseMs: 10, capMs: 10 }, maxRetryAfterMs: 1_000 },
  });
  return {
    warnings,
    provider,
    client,
    async close() {
      client.close();
      await agent.destroy();
      await Promise.all([warnings.close(), provider.close()]);
    },
  };
}

describe('PlaceExtrasClient', () => {
  it('answers warnings and air quality for each place, in order, as JSON the CLI prints', async () => {
    open = await start();
    const [oslo, tokyo] = await open.client.extrasFor([place('Oslo'), place('Tokyo')]);
    expect(alertsJson(oslo!.alerts)).toMatchObject({
      source: 'metalerts',
      elsewhere: 0,
      error: null,
      active: [{ id: 'oslo-alert', event: 'Ice', awareness: 'yellow' }],
    });
    expect(alertsJson(tokyo!.alerts)).toEqual({ source: null, active: [], elsewhere: 0, error: null });
    expect(airQualityJson(oslo!.airQuality).reading?.europeanCategory).not.toBeNull();
    expect(airQualityJson(oslo!.airQuality).attribution).toBe('Air quality by Open-Meteo.com from Copernicus Atmosphere Monitoring Service data (CC BY 4.0)');
    expect(airQualityJson(tokyo!.airQuality).error).toBeNull();
  });

  it('a warnings service that fails leaves the air quality, and the other services, untouched', async () => {
    open = await start();
    open.warnings.setFaults({ pathPrefix: '/weatherapi', always: { status: 500 } });
    const [oslo, anchorage] = await open.client.extrasFor([place('Oslo'), place('Anchorage')]);
    expect(alertsJson(oslo!.alerts).error).toEqual({
      code: 'server',
      message: 'MET Norway is having trouble (HTTP 500). Skytray will try again later.',
      provider: 'MET Norway',
      status: 500,
    });
    expect(airQualityJson(oslo!.airQuality).reading).not.toBeNull();
    expect(alertsJson(anchorage!.alerts)).toMatchObject({ source: 'nws', error: null });
  });

  it('air quality that fails leaves the warnings untouched', async () => {
    open = await start();
    open.provider.setFaults({ always: { status: 503 }, pathPrefix: '/v1/air-quality' });
    const [oslo] = await open.client.extrasFor([place('Oslo')]);
    expect(airQualityJson(oslo!.airQuality)).toMatchObject({ reading: null, error: { code: 'server', status: 503 } });
    expect(alertsJson(oslo!.alerts).active).toHaveLength(1);
  });
});
