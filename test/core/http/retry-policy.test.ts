import { describe, expect, it } from 'vitest';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from '../../../main/core/http/retry-policy.ts';

describe('retry policy', () => {
  it('retries 408, 429 and 5xx only', () => {
    const retried = [200, 301, 400, 401, 403, 404, 408, 409, 422, 429, 500, 503, 599].filter(isRetryableStatus);
    expect(retried).toEqual([408, 429, 500, 503, 599]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('Wed, 25 Nov 2026 09:00:00 GMT');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 09:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 08:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('backs off exponentially with full jitter, capped', () => {
    const options = { baseMs: 500, capMs: 30_000 };
    expect([0, 1, 2, 3, 10].map((a) => backoffDelay(a, options, () => 0.999999))).toEqual([499, 999, 1999, 3999, 29999]);
    expect(backoffDelay(3, options, () => 0)).toBe(0);
  });
});
