// When to try again, and how long to wait first.
import type { WeatherErrorCode } from '../errors.ts';

export type BackoffOptions = Readonly<{
  /** First retry waits up to this long. @default 500 */
  baseMs: number;
  /** No wait is longer than this. @default 30000 */
  capMs: number;
}>;

const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, capMs: 30_000 };

export type RetryOptions = Readonly<{
  /** Attempts in all, the first included. @default 4 */
  maxAttempts: number;
  backoff: BackoffOptions;
  /** A Retry-After longer than this is not waited for: the fetch fails and says when to try again. @default 120000 */
  maxRetryAfterMs: number;
}>;

export const DEFAULT_RETRY: RetryOptions = { maxAttempts: 4, backoff: DEFAULT_BACKOFF, maxRetryAfterMs: 120_000 };

/** Statuses that may succeed if asked again later. Every other 4xx is the request's own fault. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/** What a failed HTTP status means for the user, whichever service sent it. */
export function errorCodeForStatus(status: number): WeatherErrorCode {
  if (status === 429) return 'rate-limited';
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'not-found';
  if (status === 408) return 'timeout';
  return isRetryableStatus(status) ? 'server' : 'bad-request';
}

/**
 * Exponential back-off with full jitter: a random wait in [0, min(cap, base * 2^attempt)),
 * so many clients that failed together do not all come back together.
 * `attempt` counts from 0 for the first retry.
 */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number): number {
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/** Retry-After as milliseconds from `nowMs`: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date always names its month; without this, Date.parse reads "-5" as a year.
  if (!/[a-z]{3}/i.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - nowMs);
}
