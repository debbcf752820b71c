import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FETCH_EVENT_LIMIT, providerStats, recentFetchEvents, recordFetchEvent } from '../../../main/core/store/fetch-events-repo.ts';
import { migrate } from '../../../main/core/store/migrations/index.ts';

describe('fetch events', () => {
  it('keeps a bounded log, newest first, and counts per provider', () => {
    const db = new Database(':memory:');
    migrate(db);
    for (let i = 1; i <= 2_500; i++) {
      const failed = i % 10 === 0;
      recordFetchEvent(db, {
        provider: i % 2 ? 'Open-Meteo' : 'OpenWeatherMap',
        url: `u${i}`,
        attempt: failed ? 2 : 1,
        startedAt: i,
        durationMs: 5,
        status: failed ? 503 : 200,
        outcome: failed ? 'failed' : 'ok',
        error: failed ? `error ${i}` : null,
      });
    }
    const { n } = db.prepare('SELECT count(*) AS n FROM fetch_events').get() as { n: number };
    expect(n).toBeGreaterThanOrEqual(FETCH_EVENT_LIMIT);
    expect(n).toBeLessThan(FETCH_EVENT_LIMIT + 100);
    expect(recentFetchEvents(db, 3).map((e) => e.url)).toEqual(['u2500', 'u2499', 'u2498']);
    const stats = providerStats(db);
    expect(stats.map((s) => s.provider)).toEqual(['Open-Meteo', 'OpenWeatherMap']);
    expect(stats[1]).toMatchObject({ lastAt: 2500, lastError: 'error 2500' });
    expect(stats[1]!.failures).toBe(stats[1]!.retries);
  });
});
