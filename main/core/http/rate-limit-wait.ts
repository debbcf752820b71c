// How long to stay away after a 429 that carries no Retry-After. Open-Meteo sends none; its JSON
// `reason` names the limit that was hit, word for word:
//   "Minutely API request limit exceeded. Please try again in one minute."
//   "Hourly API request limit exceeded. Please try again in the next hour."
//   "Daily API request limit exceeded. Please try again tomorrow."
// (the wording of its API server, as seen in live responses quoted by its users). Anything else,
// or no reason at all, is treated as the minutely limit, the one a desktop app can actually hit.

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** Milliseconds from `nowMs` until the limit named in `reason` lifts; never less than a minute. */
export function rateLimitWaitMs(reason: string | null, nowMs: number): number {
  const text = reason?.toLowerCase() ?? '';
  // The hourly and daily limits are counted per clock hour and per (UTC) day.
  if (text.includes('daily') || text.includes('tomorrow')) return Math.max(MINUTE_MS, untilNext(DAY_MS, nowMs));
  if (text.includes('hourly') || text.includes('next hour')) return Math.max(MINUTE_MS, untilNext(HOUR_MS, nowMs));
  return MINUTE_MS;
}

function untilNext(period: number, nowMs: number): number {
  return (Math.floor(nowMs / period) + 1) * period - nowMs;
}

/** The reason a JSON error body gives: Open-Meteo's `reason`, OpenWeatherMap's `message`. */
export function reasonOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const record = body as Record<string, unknown>;
  const reason = record['reason'] ?? record['message'];
  return typeof reason === 'string' ? reason : null;
}
