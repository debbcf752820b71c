// The scheduler's timing, driven by a fake clock through days of time. `runCycle` is the edge the
// scheduler is given; here it records what it was asked and answers as the test scripts.
import { afterEach, describe, expect, it } from 'vitest';
import type { WeatherErrorCode } from '../../../main/core/errors.ts';
import { silentLogger } from '../../../main/core/logger.ts';
import { RefreshScheduler, type CycleOutcome } from '../../../main/core/service/refresh-scheduler.ts';
import { FakeClock, flush } from '../../support/fake-clock.ts';

const MIN = 60_000;
const INTERVAL = 15 * MIN;

type Call = { at: number; ids: readonly number[]; signal: AbortSignal };

function setup(options: { answer?: (id: number, at: number) => true | WeatherErrorCode; cycleMs?: number; random?: () => number } = {}) {
  const clock = new FakeClock();
  const calls: Call[] = [];
  let running = 0;
  let maxRunning = 0;
  const online: boolean[] = [];
  const scheduler = new RefreshScheduler({
    clock,
    logger: silentLogger,
    intervalMs: INTERVAL,
    random: options.random ?? (() => 0.5),
    onOnlineChange: (o) => online.push(o),
    runCycle: async (ids, signal) => {
      calls.push({ at: clock.now(), ids, signal });
      running++;
      maxRunning = Math.max(maxRunning, running);
      if (options.cycleMs) {
        // Like a real fetch, a slow cycle ends early when it is cancelled.
        await new Promise<void>((resolve) => {
          const timer = clock.setTimeout(resolve, options.cycleMs ?? 0);
          signal.addEventListener('abort', () => {
            clock.clearTimeout(timer);
            resolve();
          });
        });
      }
      running--;
      return ids.map((id): CycleOutcome => {
        if (signal.aborted) return { id, ok: false, code: 'aborted' };
        const answer = options.answer?.(id, clock.now()) ?? true;
        return answer === true ? { id, ok: true } : { id, ok: false, code: answer };
      });
    },
  });
  return { clock, calls, scheduler, online, maxRunning: () => maxRunning };
}

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

const refreshesOf = (calls: readonly Call[], id: number): number[] => calls.filter((c) => c.ids.includes(id)).map((c) => c.at);
const gaps = (times: readonly number[]): number[] => times.slice(1).map((t, i) => t - (times[i] ?? 0));

describe('refresh scheduler', () => {
  it('refreshes never-fetched places at once, together, then every interval with jitter, for two days', async () => {
    const random = (
      (seed) => () =>
        (seed = (seed * 16807) % 2147483647) / 2147483647
    )(42);
    const { clock, calls, scheduler } = setup({ random });
    cleanup = () => scheduler.close();
    scheduler.setPlaces([1, 2, 3].map((id) => ({ id, fetchedAt: null })));
    scheduler.start();
    await clock.advance(0);
    expect(calls[0]).toMatchObject({ at: clock.now(), ids: [1, 2, 3] });
    await clock.advance(2 * 24 * 60 * MIN);
    for (const id of [1, 2, 3]) {
      const intervals = gaps(refreshesOf(calls, id));
      // Jitter is ±10%; a place may also be pulled forward into a batch by up to 20% of the interval.
      for (const g of intervals) expect(g / INTERVAL).toBeGreaterThanOrEqual(0.7 - 1e-9);
      for (const g of intervals) expect(g / INTERVAL).toBeLessThanOrEqual(1.1 + 1e-9);
      expect(intervals.length).toBeGreaterThan((2 * 24 * 60) / 15 / 1.1 - 1);
    }
    expect(new Set(gaps(calls.map((c) => c.at)).map((g) => Math.round(g / 1000))).size).toBeGreaterThan(10); // jittered, not lockstep
  });

  it('keeps places that are due together in one cycle', async () => {
    const { clock, calls, scheduler } = setup();
    cleanup = () => scheduler.close();
    const now = clock.now();
    scheduler.setPlaces([
      { id: 1, fetchedAt: now - 15 * MIN },
      { id: 2, fetchedAt: now - 13 * MIN },
      { id: 3, fetchedAt: now - 1 * MIN },
    ]);
    scheduler.start();
    await clock.advance(0);
    expect(calls.map((c) => c.ids)).toEqual([[1, 2]]);
  });

  it('backs a failing place off 1, 2, 4, 8 ... minutes up to an hour, and resets on success', async () => {
    let failing = true;
    const { clock, calls, scheduler } = setup({ answer: () => (failing ? 'server' : true) });
    cleanup = () => scheduler.close();
    scheduler.setPlaces([{ id: 1, fetchedAt: null }]);
    scheduler.start();
    await clock.advance(6 * 60 * MIN);
    const intervals = gaps(refreshesOf(calls, 1)).map((g) => g / MIN);
    expect(intervals.slice(0, 8)).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
    failing = false;
    await clock.advance(60 * MIN);
    const before = refreshesOf(calls, 1).length;
    await clock.advance(60 * MIN);
    expect(refreshesOf(calls, 1).length - before).toBe(4); // back to every 15 minutes
  });

  it('never overlaps two cycles, even when one takes longer than the interval', async () => {
    const { clock, calls, scheduler, maxRunning } = setup({ cycleMs: 40 * MIN });
    cleanup = () => scheduler.close();
    scheduler.setPlaces([{ id: 1, fetchedAt: null }]);
    scheduler.start();
    await clock.advance(10 * 60 * MIN);
    expect(maxRunning()).toBe(1);
    expect(calls.length).toBeGreaterThan(5);
  });

  it('does nothing while paused, then exactly one refresh of what went stale on resume', async () => {
    const { clock, calls, scheduler } = setup();
    cleanup = () => scheduler.close();
    scheduler.setPlaces([1, 2, 3].map((id) => ({ id, fetchedAt: null })));
    scheduler.start();
    await clock.advance(0);
    scheduler.pause();
    const paused = calls.length;
    await clock.advance(8 * 60 * MIN);
    expect(calls.length).toBe(paused);
    expect(clock.pending).toBe(0);
    scheduler.resume();
    await clock.advance(0);
    expect(calls.slice(paused).map((c) => c.ids)).toEqual([[1, 2, 3]]);
    await clock.advance(10 * MIN);
    expect(calls.length).toBe(paused + 1);
  });

  it('on resume, refreshes what went stale at once even when no suspend was seen', async () => {
    const { clock, calls, scheduler } = setup();
    cleanup = () => scheduler.close();
    const start = clock.now();
    scheduler.setPlaces([{ id: 1, fetchedAt: null }]);
    scheduler.start();
    await clock.advance(5 * MIN);
    clock.sleep(8 * 60 * MIN); // the suspend event never came
    scheduler.resume();
    await clock.advance(0);
    expect(calls.map((c) => c.at - start)).toEqual([0, 8 * 60 * MIN + 5 * MIN]);
  });

  it('cancels the running cycle when the machine sleeps', async () => {
    const { clock, calls, scheduler } = setup({ cycleMs: 5 * MIN });
    cleanup = () => scheduler.close();
    scheduler.setPlaces([{ id: 1, fetchedAt: null }]);
    scheduler.start();
    await clock.advance(MIN);
    scheduler.pause();
    expect(calls[0]?.signal.aborted).toBe(true);
  });

  it('goes offline when nothing gets through, probes with back-off, and comes back with one refresh', async () => {
    let network = false;
    const { clock, calls, scheduler, online } = setup({ answer: () => (network ? true : 'network') });
    cleanup = () => scheduler.close();
    scheduler.setPlaces([1, 2, 3].map((id) => ({ id, fetchedAt: null })));
    scheduler.start();
    await clock.advance(0);
    expect(online).toEqual([false]);
    await clock.advance(20 * MIN);
    const probes = calls.slice(1);
    expect(probes.every((c) => c.ids.length === 1)).toBe(true);
    expect(gaps(calls.map((c) => c.at)).map((g) => g / 1000)).toEqual([15, 30, 60, 120, 240, 300, 300]);
    network = true;
    const before = calls.length;
    await clock.advance(5 * MIN);
    expect(online).toEqual([false, true]);
    // The probe that succeeded, then one refresh of the others.
    expect(calls.slice(before).map((c) => c.ids.length)).toEqual([1, 2]);
  });

  it('believes the OS when it says the network is gone, and probes at once when it says it is back', async () => {
    const { clock, calls, scheduler, online } = setup({ cycleMs: MIN });
    cleanup = () => scheduler.close();
    scheduler.setPlaces([{ id: 1, fetchedAt: null }]);
    scheduler.start();
    await clock.advance(10);
    scheduler.setOnline(false);
    expect(calls[0]?.signal.aborted).toBe(true);
    expect(online).toEqual([false]);
    scheduler.setOnline(true);
    await clock.advance(2 * MIN);
    expect(calls).toHaveLength(2);
    expect(online).toEqual([false, true]);
  });

  it('leaves no timer and runs nothing after close', async () => {
    const { clock, calls, scheduler } = setup({ cycleMs: 5 * MIN });
    scheduler.setPlaces([{ id: 1, fetchedAt: null }]);
    scheduler.start();
    await clock.advance(MIN);
    const closing = scheduler.close();
    await clock.advance(5 * MIN);
    await closing;
    expect(calls[0]?.signal.aborted).toBe(true);
    const count = calls.length;
    scheduler.allDue();
    scheduler.resume();
    scheduler.setOnline(true);
    await clock.advance(60 * MIN);
    await flush();
    expect(calls.length).toBe(count);
    expect(clock.pending).toBe(0);
  });
});

describe('refresh scheduler, coming back', () => {
  it('with no places, takes the OS at its word that the network is back', async () => {
    const { clock, scheduler, online } = setup({ answer: () => 'network' });
    scheduler.setPlaces([{ id: 1, fetchedAt: null }]);
    scheduler.start();
    await clock.advance(0);
    scheduler.setPlaces([]);
    scheduler.setOnline(true);
    expect(online).toEqual([false, true]);
    await scheduler.close();
  });

  it('tries a place added while offline at once, as the probe', async () => {
    let network = false;
    const { clock, calls, scheduler, online } = setup({ answer: () => (network ? true : 'network') });
    scheduler.setPlaces([{ id: 1, fetchedAt: null }]);
    scheduler.start();
    await clock.advance(0);
    network = true;
    scheduler.setPlaces([
      { id: 1, fetchedAt: null },
      { id: 2, fetchedAt: null },
    ]);
    const before = calls.length;
    await clock.advance(0);
    // At once, not after the 15 s probe delay: the most overdue place probes, then the new one.
    expect(calls.slice(before).map((c) => c.ids)).toEqual([[1], [2]]);
    expect(online).toEqual([false, true]);
    await scheduler.close();
  });
});
