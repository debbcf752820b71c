// A bounded log of every request attempt, for the diagnostics view.
import type { Database } from 'better-sqlite3';
import type { AttemptRecord } from '../fetch/attempt-record.ts';
import type { ProviderStats } from '../model/provider-stats.ts';
import { prepared } from './prepared.ts';

export const FETCH_EVENT_LIMIT = 1000;

export function recordFetchEvent(db: Database, e: AttemptRecord): void {
  const { lastInsertRowid } = prepared(
    db,
    'INSERT INTO fetch_events (at, provider, url, attempt, status, duration_ms, outcome, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(e.startedAt, e.provider, e.url, e.attempt, e.status, e.durationMs, e.outcome, e.error);
  // Trim in steps rather than on every insert.
  if (Number(lastInsertRowid) % 100 === 0) prepared(db, 'DELETE FROM fetch_events WHERE id <= ?').run(Number(lastInsertRowid) - FETCH_EVENT_LIMIT);
}

export function recentFetchEvents(db: Database, limit: number): AttemptRecord[] {
  const rows = prepared(db, 'SELECT * FROM fetch_events ORDER BY id DESC LIMIT ?').all(limit) as {
    at: number;
    provider: string;
    url: string;
    attempt: number;
    status: number | null;
    duration_ms: number;
    outcome: AttemptRecord['outcome'];
    error: string | null;
  }[];
  return rows.map((r) => ({
    provider: r.provider,
    url: r.url,
    attempt: r.attempt,
    startedAt: r.at,
    durationMs: r.duration_ms,
    status: r.status,
    outcome: r.outcome,
    error: r.error,
  }));
}

export function providerStats(db: Database): ProviderStats[] {
  return prepared(
    db,
    `SELECT provider, count(*) AS requests, sum(attempt > 1) AS retries, sum(outcome = 'failed') AS failures, max(at) AS lastAt,
       (SELECT error FROM fetch_events e2 WHERE e2.provider = e.provider AND error IS NOT NULL ORDER BY id DESC LIMIT 1) AS lastError
     FROM fetch_events e GROUP BY provider ORDER BY provider`,
  ).all() as ProviderStats[];
}
