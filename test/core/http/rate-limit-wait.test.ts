// How long a 429 without Retry-After keeps us away, read from the reason Open-Meteo gives.
import { describe, expect, it } from 'vitest';
import { rateLimitWaitMs } from '../../../main/core/http/rate-limit-wait.ts';

const NOW = Date.UTC(2026, 10, 25, 9, 41, 20);

describe('rateLimitWaitMs', () => {
  // Open-Meteo's reasons, word for word as its API sends them.
  it.each([
    ['Minutely API request limit exceeded. Please try again in one minute.', 60_000],
    ['Hourly API request limit exceeded. Please try again in the next hour.', Date.UTC(2026, 10, 25, 10, 0, 0) - NOW],
    ['Daily API request limit exceeded. Please try again tomorrow.', Date.UTC(2026, 10, 26, 0, 0, 0) - NOW],
    ['Too many concurrent requests', 60_000],
    [null, 60_000],
  ])('%j: %i ms', (reason, ms) => {
    expect(rateLimitWaitMs(reason, NOW)).toBe(ms);
  });

  it('never less than a minute, even a moment before the hour turns', () => {
    const justBefore = Date.UTC(2026, 10, 25, 9, 59, 59);
    expect(rateLimitWaitMs('Hourly API request limit exceeded. Please try again in the next hour.', justBefore)).toBe(60_000);
  });
});
