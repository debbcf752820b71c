// The error a person sees when the provider has asked us to wait: who, and when the next try is,
// in their own local time (a pause is at most an hour, so the time of day is enough).
import { WeatherError } from '../errors.ts';

const MINUTE_MS = 60_000;

/** "14:05", rounded up: the next try is never before the time said. */
function localClockTime(epochMs: number): string {
  // Made each time: the zone is read when a format is made, and the user may have travelled.
  const format = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return format.format(Math.ceil(epochMs / MINUTE_MS) * MINUTE_MS);
}

export function rateLimitedError(provider: string, nextTryAt: number, nowMs: number, cause?: unknown): WeatherError {
  return new WeatherError('rate-limited', `Rate limited by ${provider}; next try at ${localClockTime(nextTryAt)}`, {
    provider,
    status: 429,
    retryAfterMs: Math.max(0, nextTryAt - nowMs),
    detail: { kind: 'next-try', at: Math.ceil(nextTryAt / MINUTE_MS) * MINUTE_MS },
    cause,
  });
}
