// Reading is free: the tray redraws and the window polls as often as they like, and only the
// scheduler decides when a request goes out.
import { afterEach, describe, expect, it } from 'vitest';
import { place } from '../../support/engine.ts';
import { flush } from '../../support/fake-clock.ts';
import { startTestService, type TestService } from '../../support/service.ts';

const MIN = 60_000;
let t: TestService | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** Everything a window or a tray reads, several times over. */
function readEverything(s: TestService): void {
  for (let i = 0; i < 5; i++) {
    s.service.getSnapshots();
    s.service.status();
    s.service.diagnostics();
    s.service.listFavourites();
  }
}

async function withPlaces(names: string[], options: Parameters<typeof startTestService>[0] = {}): Promise<TestService> {
  t = await startTestService(options);
  for (const name of names) t.service.addFavourite(place(name));
  await t.settle();
  return t;
}

describe('WeatherService reads', () => {
  it('never send a request nor move a due time, through fresh, stale and offline hours', async () => {
    // The largest jitter: data turns stale a while before the scheduler's refresh is due.
    const s = await withPlaces(['Berlin', 'Tokyo'], { service: { random: () => 0.99 } });
    const check = async (): Promise<void> => {
      const due = s.clock.nextAt();
      const pending = s.clock.pending;
      const requests = s.server.requests.length;
      readEverything(s);
      await flush();
      expect(s.clock.nextAt()).toBe(due);
      expect(s.clock.pending).toBe(pending);
      expect(s.server.requests.length).toBe(requests);
    };
    for (let step = 0; step < 2 * 60 * 3; step++) {
      // An outage from the 50th to the 80th minute.
      if (step === 150) s.server.setFaults({ always: { fault: 'reset' } });
      if (step === 240) s.server.resetFaults();
      await check();
      await s.run(20_000);
    }
    expect(s.service.status().online).toBe(true);
  });

  it('with the window polling every minute, a 12-minute outage ends in recovery within one probe interval', async () => {
    const s = await withPlaces(['Berlin', 'Tokyo']);
    // Like the tray: every event redraws from the snapshots.
    s.service.subscribe(() => void s.service.getSnapshots());
    await s.run(14 * MIN); // the next refresh is due at 15 minutes
    s.server.setFaults({ always: { fault: 'reset' } });
    for (let minute = 0; minute < 12; minute++) {
      readEverything(s);
      await s.run(MIN);
    }
    expect(s.service.status().online).toBe(false);
    s.server.resetFaults();
    const outageEnded = s.clock.now();
    let recoveredAt: number | null = null;
    for (let tick = 0; tick < 6 * 6 && recoveredAt === null; tick++) {
      if (tick % 6 === 0) readEverything(s);
      await s.run(10_000);
      if (s.service.status().online) recoveredAt = s.clock.now();
    }
    expect(recoveredAt).not.toBeNull();
    // The probe back-off is capped at 5 minutes.
    expect((recoveredAt ?? Infinity) - outageEnded).toBeLessThanOrEqual(5 * MIN + 10_000);
    expect(s.service.getSnapshots().every((x) => x.lastError === null)).toBe(true);
  });
});
