// "Out of date" means the refresh that should have come did not: a place waiting for its jittered
// refresh is not out of date.
import { afterEach, describe, expect, it } from 'vitest';
import { place } from '../../support/engine.ts';
import { startTestService, type TestService } from '../../support/service.ts';

const MIN = 60_000;
let t: TestService | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const staleness = (s: TestService): boolean[] => s.service.getSnapshots().map((x) => x.stale);

describe('WeatherService staleness', () => {
  it('is not out of date while the refresh, jittered to its latest, is still to come', async () => {
    // The largest jitter: the refresh comes at about 16.5 minutes of a 15-minute interval.
    t = await startTestService({ service: { random: () => 0.99 } });
    t.service.addFavourite(place('Berlin'));
    await t.settle();
    const fetchedAt = t.service.getSnapshots()[0]?.fetchedAt ?? 0;
    const requests = t.server.requests.length;
    await t.run(16 * MIN + 20_000);
    expect(t.server.requests.length).toBe(requests); // the refresh has not come yet
    expect(staleness(t)).toEqual([false]);
    await t.run(MIN);
    expect(t.service.getSnapshots()[0]?.fetchedAt).toBeGreaterThan(fetchedAt);
    expect(staleness(t)).toEqual([false]);
  });

  it('is out of date once the refresh is late beyond the jitter', async () => {
    t = await startTestService({ service: { random: () => 0.99 } });
    t.service.addFavourite(place('Berlin'));
    await t.settle();
    t.server.setFaults({ always: { status: 503 } });
    await t.run(19 * MIN);
    expect(staleness(t)).toEqual([true]);
    expect(t.service.getSnapshots()[0]?.lastError?.code).toBe('server');
  });
});
