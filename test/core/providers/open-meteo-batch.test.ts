// A batch of places through the real engine and the local provider: one bad entry costs one place.
import { afterEach, describe, expect, it } from 'vitest';
import { places, startTestEngine, type TestEngine } from '../../support/engine.ts';

let engine: TestEngine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

describe('Open-Meteo batches', () => {
  it('keeps the weather of every place whose entry parses when one entry does not', async () => {
    engine = await startTestEngine({ faults: { always: { fault: 'bad-entry' }, pathPrefix: '/v1/forecast' }, retry: { maxAttempts: 2 } });
    const batch = places(3);
    const results = await engine.client.fetcher.getWeather(batch, { units: 'metric' });
    expect(results.slice(0, 2).map((r) => r.ok)).toEqual([true, true]);
    const last = results[2];
    expect(last?.ok).toBe(false);
    if (last && !last.ok) expect(last.error.code).toBe('malformed');
    // The first request asked for all three at once.
    expect(engine.server.requests[0]?.query.get('latitude')?.split(',')).toHaveLength(3);
  });
});
