// Every fault the local provider can produce, and what the engine makes of it.
import { afterEach, describe, expect, it } from 'vitest';
import type { ProviderLimits } from '../../../main/core/providers/provider.ts';
import type { FaultKind, Step } from '../../provider/faults.ts';
import { FakeClock } from '../../support/fake-clock.ts';
import { place, startTestEngine, type TestEngine } from '../../support/engine.ts';

let engine: TestEngine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

async function fetchWithScript(
  script: Step[],
): Promise<{ result: Awaited<ReturnType<TestEngine['client']['fetcher']['getWeather']>>[number]; requests: number }> {
  engine = await startTestEngine({
    faults: { script, pathPrefix: '/v1/forecast' },
    http: { headersTimeoutMs: 300, bodyTimeoutMs: 300, maxResponseBytes: 1024 * 1024 },
  });
  const [result] = await engine.client.fetcher.getWeather([place('Berlin')], { units: 'metric' });
  if (!result) throw new Error('no result');
  return { result, requests: engine.server.requests.filter((r) => r.path === '/v1/forecast').length };
}

describe('retries', () => {
  // 429 waits for the provider's word: see answers-in-time.test.ts and the Retry-After cases below.
  it.each([408, 500, 502, 503, 504])('retries HTTP %i and then succeeds', async (status) => {
    const { result, requests } = await fetchWithScript([{ status }]);
    expect(result.ok).toBe(true);
    expect(requests).toBe(2);
  });

  it.each([
    [400, 'bad-request'],
    [401, 'auth'],
    [403, 'auth'],
    [404, 'not-found'],
    [422, 'bad-request'],
  ] as const)('never retries HTTP %i (%s)', async (status, code) => {
    const { result, requests } = await fetchWithScript([{ status }]);
    expect(requests).toBe(1);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.status).toBe(status);
    }
  });

  it('gives up after the attempt limit with an error a person can read', async () => {
    const { result, requests } = await fetchWithScript([{ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 }, { status: 503 }]);
    expect(requests).toBe(4);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('server');
      expect(result.error.message).toBe('Open-Meteo is having trouble (HTTP 503). Skytray will try again later.');
    }
  });

  it('records every attempt for diagnostics, with the outcome of each', async () => {
    await fetchWithScript([{ status: 503 }, { fault: 'malformed' }]);
    expect(engine?.attempts.map((a) => [a.attempt, a.outcome, a.status])).toEqual([
      [1, 'retry', 503],
      [2, 'retry', 200],
      [3, 'ok', 200],
    ]);
  });
});

describe('faults', () => {
  it.each([
    ['reset', 'Could not reach Open-Meteo'],
    ['hang', 'did not answer in time'],
    ['malformed', 'could not be read'],
    ['truncated', 'could not be read'],
    ['append-text', 'could not be read'],
    ['wrong-shape', 'does not understand'],
  ] as [FaultKind, string][])('a single %s is retried ("%s") and the data still arrives', async (fault, words) => {
    const { result, requests } = await fetchWithScript([{ fault }]);
    expect(result.ok).toBe(true);
    expect(requests).toBe(2);
    expect(engine?.attempts[0]?.outcome).toBe('retry');
    expect(engine?.attempts[0]?.error).toContain(words);
  });

  it.each([
    ['reset', 'network', 'Could not reach Open-Meteo. Check your internet connection.'],
    ['hang', 'timeout', 'Open-Meteo did not answer in time.'],
    ['append-text', 'malformed', 'Open-Meteo sent a response that could not be read.'],
    ['wrong-shape', 'malformed', 'Open-Meteo sent data Skytray does not understand.'],
  ] as [FaultKind, string, string][])('a persistent %s ends as a typed %s error', async (fault, code, message) => {
    const { result } = await fetchWithScript([{ fault }, { fault }, { fault }, { fault }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.toInfo()).toEqual({ code, message, provider: 'Open-Meteo', status: result.error.status });
  });

  it('refuses an oversized body without retrying it', async () => {
    const { result, requests } = await fetchWithScript([{ fault: 'oversized' }]);
    expect(requests).toBe(1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('too-large');
  });
});

describe('Retry-After', () => {
  // Fake time: the waits are the provider's seconds, measured on the clock the engine runs on.
  const START = Date.UTC(2026, 10, 25, 9, 0, 0);

  async function startAt(script: Step[], limits: Partial<ProviderLimits> = {}): Promise<FakeClock> {
    const clock = new FakeClock(START);
    engine = await startTestEngine({ clock, faults: { script, pathPrefix: '/v1/forecast' }, limits });
    return clock;
  }

  it('waits the seconds the provider asks for, and not a moment less', async () => {
    const clock = await startAt([{ status: 429, retryAfter: '2' }]);
    const pending = engine!.client.fetcher.getWeather([place('Berlin')], { units: 'metric' });
    await waitFor(() => engine!.server.requests.length === 1);
    await clock.advance(1_999);
    expect(engine!.server.requests).toHaveLength(1);
    await clock.advance(1);
    const [result] = await pending;
    expect(result?.ok).toBe(true);
    expect(engine!.attempts.map((a) => a.startedAt - START)).toEqual([0, 2_000]);
  });

  it('waits until an HTTP date', async () => {
    const clock = await startAt([{ status: 503, retryAfter: new Date(START + 3_000).toUTCString() }]);
    const pending = engine!.client.fetcher.getWeather([place('Berlin')], { units: 'metric' });
    await waitFor(() => engine!.server.requests.length === 1);
    await clock.advance(3_000);
    const [result] = await pending;
    expect(result?.ok).toBe(true);
    expect(engine!.attempts.map((a) => a.startedAt - START)).toEqual([0, 3_000]);
  });

  it('does not wait for a Retry-After longer than it accepts, and says when the next try is', async () => {
    await startAt([{ status: 429, retryAfter: '3600' }]);
    const [result] = await engine!.client.fetcher.getWeather([place('Berlin')], { units: 'metric' });
    expect(engine!.server.requests).toHaveLength(1);
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.error.message).toMatch(/^Rate limited by Open-Meteo; next try at \d\d:\d\d$/);
  });

  it('pauses the whole provider on a 429, not just the request that got it', async () => {
    const clock = await startAt([{ status: 429, retryAfter: '5' }], { maxBatch: 1, concurrency: 1 });
    const pending = engine!.client.fetcher.getWeather([place('Berlin'), place('Paris'), place('Tokyo')], { units: 'metric' });
    await waitFor(() => engine!.server.requests.length === 1);
    await clock.advance(4_999);
    expect(engine!.server.requests).toHaveLength(1);
    await clock.advance(1);
    expect((await pending).every((r) => r.ok)).toBe(true);
    const [limited, ...rest] = engine!.attempts;
    expect(limited?.status).toBe(429);
    for (const r of rest) expect(r.startedAt - START).toBeGreaterThanOrEqual(5_000);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}
