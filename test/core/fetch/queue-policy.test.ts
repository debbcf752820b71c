// Budget, priority, single-flight, batching and cancellation, over real sockets.
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../support/fake-clock.ts';
import { place, places, startTestEngine, type TestEngine } from '../../support/engine.ts';

let engine: TestEngine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

/**
 * Starts within any `windowMs`. p-queue counts a start when it hands the task over; our timestamp
 * is taken when the task body runs, a few ms later on a busy machine, so a window is shortened by
 * that lag. A burst (what the budget prevents) puts starts within a few ms of each other.
 */
const START_LAG_MS = 25;
function maxStartsInWindow(starts: readonly number[], windowMs: number): number {
  return Math.max(...starts.map((start) => starts.filter((s) => s >= start && s < start + windowMs - START_LAG_MS).length));
}

describe('rate budget', () => {
  it('never starts more requests in any window than the budget allows', async () => {
    engine = await startTestEngine({ limits: { maxBatch: 1, concurrency: 4, intervalCap: 3, intervalMs: 400 } });
    const results = await engine.client.fetcher.getWeather(places(10), { units: 'metric' });
    expect(results.every((r) => r.ok)).toBe(true);
    const starts = engine.attempts.map((a) => a.startedAt).sort((a, b) => a - b);
    expect(starts).toHaveLength(10);
    expect(maxStartsInWindow(starts, 400)).toBe(3);
  });

  it('counts retries against the same budget', async () => {
    engine = await startTestEngine({
      faults: { script: [{ status: 503 }, { status: 503 }], pathPrefix: '/v1/forecast' },
      limits: { maxBatch: 1, concurrency: 4, intervalCap: 2, intervalMs: 400 },
    });
    await engine.client.fetcher.getWeather(places(3), { units: 'metric' });
    const starts = engine.attempts.map((a) => a.startedAt).sort((a, b) => a - b);
    expect(starts).toHaveLength(5);
    expect(maxStartsInWindow(starts, 400)).toBe(2);
  });

  it('never runs more requests at once than the configured concurrency, and uses all of it', async () => {
    engine = await startTestEngine({ faults: { latencyMs: 30 }, limits: { maxBatch: 1, concurrency: 3 } });
    const results = await engine.client.fetcher.getWeather(places(12), { units: 'metric' });
    expect(results.every((r) => r.ok)).toBe(true);
    expect(engine.server.peakConcurrency()).toBe(3);
  });

  it('starts work a person asked for before scheduled work that is waiting', async () => {
    engine = await startTestEngine({ faults: { latencyMs: 30 }, limits: { maxBatch: 1, concurrency: 1 } });
    const scheduled = engine.client.fetcher.getWeather(places(5), { units: 'metric', priority: 'scheduled' });
    await waitFor(() => engine!.client.queue.size.running === 1);
    const user = engine.client.fetcher.getWeather([place('Tokyo')], { units: 'metric', priority: 'user' });
    await Promise.all([scheduled, user]);
    const order = engine.server.requests.map((r) => r.query.get('latitude'));
    // The first scheduled request was already running; the person's request goes next.
    expect(order.indexOf('35.6895')).toBe(1);
  });
});

describe('single-flight and batching', () => {
  it('shares one request between concurrent asks for the same place', async () => {
    engine = await startTestEngine({ faults: { latencyMs: 50 } });
    const asks = await Promise.all(Array.from({ length: 5 }, () => engine!.client.fetcher.getWeather([place('Berlin')], { units: 'metric' })));
    expect(engine.server.requests).toHaveLength(1);
    const temps = asks.map(([r]) => (r?.ok ? r.weather.current.temperature : 'failed'));
    expect(new Set(temps).size).toBe(1);
  });

  it('sends places asked for together in batches of at most maxBatch', async () => {
    engine = await startTestEngine({ limits: { maxBatch: 10 } });
    const results = await engine.client.fetcher.getWeather(places(25), { units: 'metric' });
    expect(results.every((r) => r.ok)).toBe(true);
    expect(engine.server.requests.map((r) => r.query.get('latitude')?.split(',').length)).toEqual([10, 10, 5]);
    // Each place gets its own weather back, in order.
    expect(results.map((r) => (r.ok ? r.weather.timezone : null))).toEqual(places(25).map((p) => p.timezone));
  });

  it('asks again for each place alone when a batch is rejected, so one bad place cannot sink the rest', async () => {
    engine = await startTestEngine({ limits: { maxBatch: 10 } });
    const bad = { ...place('Berlin'), id: 'coords:95,0', latitude: 95, longitude: 0 };
    const results = await engine.client.fetcher.getWeather([place('Paris'), bad, place('Rome')], { units: 'metric' });
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    const failed = results[1];
    if (failed && !failed.ok) expect(failed.error.message).toContain('Latitude must be in range of -90 to 90');
  });

  it('answers a place fetched within the provider minimum interval from memory', async () => {
    const clock = new FakeClock(Date.now());
    engine = await startTestEngine({ provider: 'openweathermap', apiKey: 'k', clock, limits: { minPlaceIntervalMs: 10 * 60_000 } });
    await engine.client.fetcher.getWeather([place('Tokyo')], { units: 'metric' });
    await clock.advance(9 * 60_000);
    await engine.client.fetcher.getWeather([place('Tokyo')], { units: 'metric' });
    expect(engine.server.requests).toHaveLength(2); // current + forecast, once
    await clock.advance(60_000);
    await engine.client.fetcher.getWeather([place('Tokyo')], { units: 'metric' });
    expect(engine.server.requests).toHaveLength(4);
  });
});

describe('cancellation', () => {
  it('an abort during a hung request settles at once and leaves no socket, timer or queued work', async () => {
    const clock = new FakeClock(Date.now());
    engine = await startTestEngine({ clock, faults: { always: { fault: 'hang' } }, http: { headersTimeoutMs: 60_000 } });
    const controller = new AbortController();
    const pending = engine.client.fetcher.getWeather([place('Berlin'), place('Paris')], { units: 'metric', signal: controller.signal });
    await waitFor(() => engine!.server.requests.length === 1);
    controller.abort();
    const results = await pending;
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['aborted', 'aborted']);
    await waitFor(() => engine!.server.openResponses() === 0);
    expect(engine.client.queue.size).toEqual({ waiting: 0, running: 0 });
    expect(engine.client.fetcher.inFlight).toBe(0);
    expect(clock.pending).toBe(0);
  });

  it('an abort during back-off clears the back-off timer', async () => {
    const clock = new FakeClock(Date.now());
    engine = await startTestEngine({ clock, random: () => 0.99, faults: { always: { status: 503 } } });
    const controller = new AbortController();
    const pending = engine.client.fetcher.getWeather([place('Berlin')], { units: 'metric', signal: controller.signal });
    await waitFor(() => clock.pending === 1);
    controller.abort();
    const [result] = await pending;
    expect(result?.ok).toBe(false);
    expect(clock.pending).toBe(0);
    expect(engine.client.fetcher.inFlight).toBe(0);
  });

  it('keeps a shared request going while another caller still wants it', async () => {
    engine = await startTestEngine({ faults: { latencyMs: 100 } });
    const controller = new AbortController();
    const leaving = engine.client.fetcher.getWeather([place('Berlin')], { units: 'metric', signal: controller.signal });
    const staying = engine.client.fetcher.getWeather([place('Berlin')], { units: 'metric' });
    controller.abort();
    const [[left], [stayed]] = await Promise.all([leaving, staying]);
    expect(left?.ok).toBe(false);
    expect(stayed?.ok).toBe(true);
    expect(engine.server.requests).toHaveLength(1);
  });

  it('closing the queue aborts everything waiting and pauses nothing forever', async () => {
    const clock = new FakeClock(Date.now());
    engine = await startTestEngine({ clock, faults: { script: [{ status: 429, retryAfter: '5' }] }, limits: { maxBatch: 1 } });
    const pending = engine.client.fetcher.getWeather(places(3), { units: 'metric' });
    await waitFor(() => clock.pending === 1);
    engine.client.close();
    const results = await pending;
    expect(results.every((r) => !r.ok && r.error.code === 'aborted')).toBe(true);
    expect(clock.pending).toBe(0);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}
