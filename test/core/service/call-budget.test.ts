// The call budget over the whole engine: the local provider on a real socket, a real SQLite file
// and the fake clock. Each place costs 2.7 of Open-Meteo's weighted calls (27 variables).
import { afterEach, describe, expect, it } from 'vitest';
import { nextTry } from '../../../main/core/fetch/call-budget-gate.ts';
import { diagnosticsReport } from '../../../main/core/service/diagnostics-report.ts';
import { place } from '../../support/engine.ts';
import { startTestService, type TestService } from '../../support/service.ts';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
/** Room for two places a day, not three. */
const TINY = { minute: 100, hour: 100, day: 6 };

let t: TestService | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const forecastRequests = (s: TestService): number => s.server.requests.filter((r) => r.path === '/v1/forecast').length;

describe('call budget over the engine', () => {
  it('answers a refresh that would overspend the day at once, sends nothing, and a restart keeps the count', async () => {
    t = await startTestService({ service: { autoRefresh: false, callBudget: TINY } });
    const s = t;
    s.service.addFavourite(place('Berlin'));
    s.service.addFavourite(place('Tokyo'));
    const spentAt = s.clock.now();
    const first = s.service.refresh();
    await s.run(MIN);
    expect((await first).succeeded).toHaveLength(2); // 5.4 calls of 6
    expect(forecastRequests(s)).toBe(1);

    await s.clock.advance(2 * MIN); // past the minute in which an answer is reused
    const refused = await s.service.refresh();
    const expected = `Skytray has used the 6 Open-Meteo calls it allows itself in a day; next try ${nextTry(spentAt + DAY, s.clock.now())}.`;
    expect(refused.succeeded).toEqual([]);
    expect(refused.failed.map((f) => f.error)).toEqual([
      { code: 'rate-limited', message: expected, provider: 'Open-Meteo', status: null },
      { code: 'rate-limited', message: expected, provider: 'Open-Meteo', status: null },
    ]);
    expect(forecastRequests(s)).toBe(1);

    await s.service.close();
    const again = s.reopen({ autoRefresh: false, callBudget: TINY });
    try {
      const afterRestart = await again.refresh();
      expect(afterRestart.failed.map((f) => f.error.code)).toEqual(['rate-limited', 'rate-limited']);
      expect(forecastRequests(s)).toBe(1);
      expect(again.diagnostics().callBudget?.windows.find((w) => w.window === 'day')).toEqual({ window: 'day', used: 5.4, limit: 6 });
    } finally {
      await again.close();
    }
  });

  it('holds a scheduled refresh back until the budget has room, then sends it', async () => {
    t = await startTestService({ service: { callBudget: TINY } });
    const s = t;
    s.service.addFavourite(place('Berlin'));
    s.service.addFavourite(place('Tokyo'));
    await s.settle();
    expect(forecastRequests(s)).toBe(1);
    // Refreshes fall due every 15 minutes, but the day's 6 calls are spent until the first 5.4 age
    // out, a day after they were spent.
    await s.run(DAY - 30 * MIN);
    expect(forecastRequests(s)).toBe(1);
    await s.run(31 * MIN);
    expect(forecastRequests(s)).toBeGreaterThanOrEqual(2);
  });

  it("answers a person's refresh at once while a scheduled refresh of the same places waits for the budget", async () => {
    t = await startTestService({ service: { callBudget: TINY } });
    const s = t;
    s.service.addFavourite(place('Berlin'));
    s.service.addFavourite(place('Tokyo'));
    await s.settle();
    await s.run(20 * MIN); // the next scheduled refresh is due, and waits for the day's budget
    expect(s.service.status().busy).toBe(true);
    // No fake time passes: the answer must not wait for the scheduled refresh.
    const answer = await s.service.refresh();
    expect(answer.failed.map((f) => f.error.code)).toEqual(['rate-limited', 'rate-limited']);
    expect(answer.failed[0]?.error.message).toMatch(/^Skytray has used the 6 Open-Meteo calls it allows itself in a day; next try/);
    expect(forecastRequests(s)).toBe(1);
  });

  it('diagnostics, the report and the Settings advice count what is billed; a self-hosted Open-Meteo keeps no budget', async () => {
    t = await startTestService({ service: { autoRefresh: false } });
    const s = t;
    s.service.addFavourite(place('Berlin'));
    // The local provider without a budget given is a self-hosted Open-Meteo: nothing is billed.
    expect(s.service.diagnostics().callBudget).toBeNull();
    expect(s.service.refreshAdvice()).toBeNull();

    await s.service.close();
    const billed = s.reopen({ autoRefresh: false, callBudget: TINY });
    try {
      expect((await billed.refresh()).succeeded).toHaveLength(1);
      expect(billed.diagnostics().callBudget).toEqual({
        provider: 'Open-Meteo',
        windows: [
          { window: 'minute', used: 2.7, limit: 100 },
          { window: 'hour', used: 2.7, limit: 100 },
          { window: 'day', used: 2.7, limit: 6 },
        ],
      });
      const report = diagnosticsReport(billed.diagnostics(), billed.getSettings(), { version: '0.1.0', platform: 'linux x64', versions: {} });
      expect(report).toContain('Open-Meteo calls (weighted): 2.7 of 100 in the last minute, 2.7 of 100 in the last hour, 2.7 of 6 in the last 24 hours');
      // One place every 15 minutes: 2.7 x 96 x 1.25 = 324 calls a day, far over 6.
      expect(billed.refreshAdvice()).toMatchObject({ callsPerDay: 324, fits: false, shortestFittingMinutes: null });
    } finally {
      await billed.close();
    }
  });
});
