// OpenWeatherMap through the real engine and the local provider: what a bad body becomes.
import { afterEach, describe, expect, it } from 'vitest';
import type { Step } from '../../provider/faults.ts';
import { place, startTestEngine, type TestEngine } from '../../support/engine.ts';

let engine: TestEngine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

async function tokyoWith(script: Step[]): ReturnType<TestEngine['client']['fetcher']['getWeather']> {
  engine = await startTestEngine({ provider: 'openweathermap', apiKey: 'k', faults: { script, pathPrefix: '/data/2.5/forecast' } });
  return engine.client.fetcher.getWeather([place('Tokyo')], { units: 'metric' });
}

describe('OpenWeatherMap answers that do not parse', () => {
  it('retries a body of the wrong shape as malformed, and the attempt log says so', async () => {
    const [result] = await tokyoWith([{ fault: 'wrong-shape' }]);
    expect(result?.ok).toBe(true);
    const forecastAttempts = engine?.attempts.filter((a) => a.url.includes('/data/2.5/forecast')) ?? [];
    expect(forecastAttempts.map((a) => a.outcome)).toEqual(['retry', 'ok']);
    expect(forecastAttempts[0]?.error).toContain('does not understand');
  });

  it('ends a body that never parses as a malformed error, never as being offline', async () => {
    const [result] = await tokyoWith([{ fault: 'wrong-shape' }, { fault: 'wrong-shape' }, { fault: 'wrong-shape' }, { fault: 'wrong-shape' }]);
    expect(result?.ok).toBe(false);
    if (result && !result.ok) {
      expect(result.error.code).toBe('malformed');
      expect(result.error.retryable).toBe(true);
    }
  });
});
