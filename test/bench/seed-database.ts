// A database with `count` favourites, each with a real snapshot from the local provider.
import { systemClock } from '../../main/core/clock.ts';
import { createHttpAgent } from '../../main/core/http/http-agent.ts';
import { silentLogger } from '../../main/core/logger.ts';
import { WeatherService } from '../../main/core/service/weather-service.ts';
import { places } from '../support/engine.ts';
import { startFakeProvider } from '../provider/fake-provider.ts';

export async function seedDatabase(path: string, count: number): Promise<void> {
  const server = await startFakeProvider();
  const agent = createHttpAgent();
  const service = new WeatherService({
    databasePath: path,
    clock: systemClock,
    dispatcher: agent,
    userAgent: 'Skytray-bench',
    logger: silentLogger,
    autoRefresh: false,
    limits: { intervalCap: 10_000, intervalMs: 1_000 },
    overrides: { openMeteoForecastUrl: server.origin, openMeteoGeocodingUrl: server.origin },
  });
  for (const place of places(count)) service.addFavourite(place);
  const summary = await service.refresh();
  if (summary.failed.length) throw new Error(`seeding failed for ${summary.failed.length} places`);
  await service.close();
  await agent.close();
  await server.close();
}
