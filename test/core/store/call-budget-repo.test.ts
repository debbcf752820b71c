import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallBudgetLimits } from '../../../main/core/fetch/call-budget.ts';
import { spendCalls, spentCalls } from '../../../main/core/store/call-budget-repo.ts';
import { migrate } from '../../../main/core/store/migrations/index.ts';

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
const HOUR = 3_600_000;
const limits: CallBudgetLimits = { minute: 100, hour: 1000, day: 10 };
const dirs: string[] = [];

function openFile(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  migrate(db);
  return db;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('call budget repo', () => {
  it('spends while the budget lasts and writes nothing for a request that does not fit', () => {
    const db = new Database(':memory:');
    migrate(db);
    for (let i = 0; i < 4; i++) expect(spendCalls(db, 'open-meteo', 2.4, limits, NOW + i * 1000)).toEqual({ fits: true });
    // 9.6 spent: 2.4 more would make 12 of 10.
    expect(spendCalls(db, 'open-meteo', 2.4, limits, NOW + 5000)).toEqual({ fits: false, window: 'day', limit: 10, retryAt: NOW + 24 * HOUR });
    expect(spentCalls(db, 'open-meteo', NOW + 5000)).toHaveLength(4);
    // Another provider has a budget of its own.
    expect(spendCalls(db, 'openweathermap', 1, limits, NOW + 5000)).toEqual({ fits: true });
  });

  it('keeps the count when the file is opened again, as after a restart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skytray-budget-'));
    dirs.push(dir);
    const path = join(dir, 'skytray.db');
    const first = openFile(path);
    spendCalls(first, 'open-meteo', 9.6, limits, NOW);
    first.close();
    const second = openFile(path);
    expect(spentCalls(second, 'open-meteo', NOW + HOUR)).toEqual([{ at: NOW, weight: 9.6 }]);
    expect(spendCalls(second, 'open-meteo', 1, limits, NOW + HOUR)).toMatchObject({ fits: false, window: 'day' });
    second.close();
  });

  it('forgets calls older than a day, and drops them from the file', () => {
    const db = new Database(':memory:');
    migrate(db);
    spendCalls(db, 'open-meteo', 9.6, limits, NOW);
    expect(spentCalls(db, 'open-meteo', NOW + 24 * HOUR)).toEqual([]);
    expect(spendCalls(db, 'open-meteo', 9.6, limits, NOW + 24 * HOUR)).toEqual({ fits: true });
    expect(db.prepare('SELECT count(*) AS n FROM weighted_calls').get()).toEqual({ n: 1 });
  });

  it('stores fractional weights in hundredths, rounded up', () => {
    const db = new Database(':memory:');
    migrate(db);
    spendCalls(db, 'open-meteo', 2.4, limits, NOW);
    spendCalls(db, 'open-meteo', 1 / 3, limits, NOW + 1);
    expect(spentCalls(db, 'open-meteo', NOW + 1).map((c) => c.weight)).toEqual([2.4, 0.34]);
  });
});
