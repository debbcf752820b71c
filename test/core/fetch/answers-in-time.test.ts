// A person waiting for an answer gets one within seconds: a deadline over all attempts, and a 429
// answered at once with when the next try will be. Background work keeps its longer patience.
// Time is the fake clock's: elapsed time here is fake time, never wall time.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PlaceResult } from '../../../main/core/fetch/weather-fetcher.ts';
import { FakeClock } from '../../support/fake-clock.ts';
import { place, places, startTestEngine, type TestEngine } from '../../support/engine.ts';

// The words say the user's local time; a zone far from UTC proves it is not UTC.
beforeAll(() => {
  process.env['TZ'] = 'Asia/Kolkata';
});

const START = Date.UTC(2026, 10, 25, 9, 0, 0);
let engine: TestEngine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

/** Resolves with the results and the fake time they arrived at; `settledAt` stays null while waiting. */
function track(clock: FakeClock, pending: Promise<PlaceResult[]>): { settledAt: () => number | null; results: Promise<PlaceResult[]> } {
  let settledAt: number | null = null;
  const results = pending.then((r) => {
    settledAt = clock.now();
    return r;
  });
  return { settledAt: () => settledAt, results };
}

async function waitFor(condition: () => boolean, timeoutMs = 3_000): Promise<boolean> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) return false;
    await new Promise((r) => setTimeout(r, 5));
  }
  return true;
}

const codes = (results: readonly PlaceResult[]): string[] => results.map((r) => (r.ok ? 'ok' : r.error.code));

describe('a person gets an answer within 15 s', () => {
  it('from a provider that never answers: one deadline over every attempt', async () => {
    const clock = new FakeClock(START);
    // Each attempt alone may wait a minute: only the deadline over the whole request can end it.
    engine = await startTestEngine({ clock, faults: { always: { fault: 'hang' } }, http: { headersTimeoutMs: 60_000 } });
    const run = track(clock, engine.client.fetcher.getWeather([place('Berlin')], { units: 'metric', priority: 'user' }));
    expect(await waitFor(() => engine!.server.requests.length === 1)).toBe(true);
    await clock.advance(15_000);
    expect(await waitFor(() => run.settledAt() !== null)).toBe(true);
    expect((run.settledAt() ?? Infinity) - START).toBeLessThanOrEqual(15_000);
    const [result] = await run.results;
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.error.toInfo()).toMatchObject({ code: 'timeout', message: 'Open-Meteo did not answer within 15 s.' });
    expect(clock.pending).toBe(0);
  });

  it('after a 429 without Retry-After: every place at once, saying when in local time, the provider still paused', async () => {
    const clock = new FakeClock(START);
    // Open-Meteo's own 429: the minutely reason, no Retry-After.
    engine = await startTestEngine({ clock, faults: { rateLimit: { limit: 0, windowMs: 60_000 } }, limits: { maxBatch: 1, concurrency: 1 } });
    const run = track(clock, engine.client.fetcher.getWeather(places(3), { units: 'metric', priority: 'user' }));
    expect(await waitFor(() => run.settledAt() !== null)).toBe(true);
    expect(run.settledAt()).toBe(START);
    const results = await run.results;
    expect(codes(results)).toEqual(['rate-limited', 'rate-limited', 'rate-limited']);
    for (const r of results) if (!r.ok) expect(r.error.message).toBe('Rate limited by Open-Meteo; next try at 14:31');
    expect(engine.server.requests).toHaveLength(1);
    expect(engine.client.queue.pausedUntil).toBe(START + 60_000);
  });

  it('answers a person at once while the provider is paused, without asking it', async () => {
    const clock = new FakeClock(START);
    engine = await startTestEngine({ clock, faults: { rateLimit: { limit: 0, windowMs: 60_000 } } });
    await engine.client.fetcher.getWeather([place('Berlin')], { units: 'metric', priority: 'user' });
    const run = track(clock, engine.client.fetcher.getWeather([place('Paris')], { units: 'metric', priority: 'user' }));
    expect(await waitFor(() => run.settledAt() !== null)).toBe(true);
    expect(codes(await run.results)).toEqual(['rate-limited']);
    expect(engine.server.requests).toHaveLength(1);
  });
});

describe('a 429 without Retry-After', () => {
  it('waits the minute the provider documents before asking again, in the background', async () => {
    const clock = new FakeClock(START);
    engine = await startTestEngine({ clock, faults: { script: [{ status: 429 }], pathPrefix: '/v1/forecast' }, retry: { maxRetryAfterMs: 120_000 } });
    const run = track(clock, engine.client.fetcher.getWeather([place('Berlin')], { units: 'metric', priority: 'scheduled' }));
    await waitFor(() => engine!.server.requests.length === 1);
    await clock.advance(59_999);
    expect(engine.server.requests).toHaveLength(1);
    await clock.advance(1);
    expect(await waitFor(() => run.settledAt() !== null)).toBe(true);
    expect(codes(await run.results)).toEqual(['ok']);
    expect(engine.server.requests).toHaveLength(2);
    expect(engine.attempts.map((a) => a.startedAt - START)).toEqual([0, 60_000]);
  });

  it('never asks again within the same second, even when told it may', async () => {
    const clock = new FakeClock(START);
    engine = await startTestEngine({ clock, faults: { script: [{ status: 429, retryAfter: '0' }], pathPrefix: '/v1/forecast' } });
    const run = track(clock, engine.client.fetcher.getWeather([place('Berlin')], { units: 'metric', priority: 'scheduled' }));
    await waitFor(() => engine!.server.requests.length === 1);
    await clock.advance(999);
    expect(engine.server.requests).toHaveLength(1);
    await clock.advance(1);
    expect(await waitFor(() => run.settledAt() !== null)).toBe(true);
    expect(engine.attempts.map((a) => a.startedAt - START)).toEqual([0, 1_000]);
  });

  it('says in the attempt log when the next try will be', async () => {
    const clock = new FakeClock(START);
    engine = await startTestEngine({ clock, faults: { rateLimit: { limit: 0, windowMs: 60_000 } } });
    await engine.client.fetcher.getWeather([place('Berlin')], { units: 'metric', priority: 'user' });
    expect(engine.attempts).toHaveLength(1);
    expect(engine.attempts[0]?.error).toContain('Rate limited by Open-Meteo; next try at 14:31');
    expect(engine.attempts[0]?.error).toContain('Minutely API request limit exceeded');
  });

  it('gives up in the background when the wait is longer than it accepts, and says when', async () => {
    const clock = new FakeClock(START);
    engine = await startTestEngine({ clock, faults: { rateLimit: { limit: 0, windowMs: 60_000 } }, retry: { maxRetryAfterMs: 30_000 } });
    const [result] = await engine.client.fetcher.getWeather([place('Berlin')], { units: 'metric', priority: 'scheduled' });
    expect(engine.server.requests).toHaveLength(1);
    if (result && !result.ok) expect(result.error.message).toBe('Rate limited by Open-Meteo; next try at 14:31');
    else expect.fail('expected a rate-limited result');
  });
});
