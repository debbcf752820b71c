// The weighted calls spent with each provider in the last day: what its call budget is checked against.
import type { Database } from 'better-sqlite3';
import { WINDOW_MS, checkBudget, type BudgetVerdict, type CallBudgetLimits, type SpentCall } from '../fetch/call-budget.ts';
import { prepared } from './prepared.ts';

/** Calls older than the longest window count against nothing. */
const KEEP_MS = WINDOW_MS.day;

/** The calls spent with `provider` in the day before `now`, oldest first. */
export function spentCalls(db: Database, provider: string, now: number): SpentCall[] {
  const rows = prepared(db, 'SELECT at, hundredths FROM weighted_calls WHERE provider = ? AND at > ? AND at <= ? ORDER BY at, id').all(
    provider,
    now - KEEP_MS,
    now,
  ) as {
    at: number;
    hundredths: number;
  }[];
  return rows.map((r) => ({ at: r.at, weight: r.hundredths / 100 }));
}

/**
 * Spends `weight` calls at `now` if they fit in `limits`, and says whether they did. Check and spend
 * are one write transaction, so two processes on the same file (the app and the CLI) cannot both
 * take the last of a budget. Calls older than a day are dropped on the way.
 */
export function spendCalls(db: Database, provider: string, weight: number, limits: CallBudgetLimits, now: number): BudgetVerdict {
  return db
    .transaction((): BudgetVerdict => {
      const verdict = checkBudget(spentCalls(db, provider, now), weight, limits, now);
      if (!verdict.fits) return verdict;
      prepared(db, 'DELETE FROM weighted_calls WHERE provider = ? AND at <= ?').run(provider, now - KEEP_MS);
      prepared(db, 'INSERT INTO weighted_calls (provider, at, hundredths) VALUES (?, ?, ?)').run(provider, now, toHundredths(weight));
      return verdict;
    })
    .immediate();
}

/** Rounded up: a budget may be spent a hundredth early, never late. */
function toHundredths(weight: number): number {
  return Math.max(1, Math.ceil(Math.round(weight * 1e6) / 1e4));
}
