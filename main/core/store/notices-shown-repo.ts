// When each notification last went out, so a warning is not announced again after a restart and
// a cooldown outlasts one. Keys older than the longest use are dropped on write.
import type { Database } from 'better-sqlite3';
import { prepared } from './prepared.ts';

/** A warning may be in force for days; after a month its key can only be noise. */
const KEEP_MS = 30 * 86_400_000;

export function noticesShown(db: Database, now: number): Map<string, number> {
  const rows = prepared(db, 'SELECT key, shown_at FROM notices_shown WHERE shown_at > ?').all(now - KEEP_MS) as { key: string; shown_at: number }[];
  return new Map(rows.map((r) => [r.key, r.shown_at]));
}

export function recordNoticesShown(db: Database, keys: readonly string[], at: number): void {
  const upsert = prepared(db, 'INSERT OR REPLACE INTO notices_shown (key, shown_at) VALUES (?, ?)');
  db.transaction(() => {
    prepared(db, 'DELETE FROM notices_shown WHERE shown_at <= ?').run(at - KEEP_MS);
    for (const key of keys) upsert.run(key, at);
  })();
}
