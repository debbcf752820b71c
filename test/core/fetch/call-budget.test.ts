import { describe, expect, it } from 'vitest';
import { budgetUsage, checkBudget, type CallBudgetLimits, type SpentCall } from '../../../main/core/fetch/call-budget.ts';

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
const MIN = 60_000;
const HOUR = 60 * MIN;
const limits: CallBudgetLimits = { minute: 30, hour: 100, day: 200 };

describe('call budget', () => {
  it('counts the weighted calls of each sliding window', () => {
    const spent: SpentCall[] = [
      { at: NOW - 25 * HOUR, weight: 50 }, // older than a day: forgotten
      { at: NOW - 3 * HOUR, weight: 24 },
      { at: NOW - 30 * MIN, weight: 2.4 },
      { at: NOW - 10_000, weight: 2.4 },
    ];
    expect(budgetUsage(spent, limits, NOW)).toEqual([
      { window: 'minute', used: 2.4, limit: 30 },
      { window: 'hour', used: 4.8, limit: 100 },
      { window: 'day', used: 28.8, limit: 200 },
    ]);
  });

  it('lets a request through while it fits, to the last hundredth', () => {
    const spent: SpentCall[] = Array.from({ length: 10 }, (_, i) => ({ at: NOW - i * 1000, weight: 2.4 }));
    expect(checkBudget(spent, 6, limits, NOW)).toEqual({ fits: true });
    expect(checkBudget(spent, 6.01, limits, NOW)).toMatchObject({ fits: false, window: 'minute' });
  });

  it('says when the oldest calls have aged out enough for the request to fit', () => {
    const spent: SpentCall[] = [
      { at: NOW - 50_000, weight: 10 },
      { at: NOW - 20_000, weight: 10 },
      { at: NOW - 5_000, weight: 10 },
    ];
    // 30 spent; 15 more needs two of the three calls gone: the second leaves the minute at NOW + 40 s.
    expect(checkBudget(spent, 15, limits, NOW)).toEqual({ fits: false, window: 'minute', limit: 30, retryAt: NOW + 40_000 });
  });

  it('names the window that holds the request back longest', () => {
    const spent: SpentCall[] = [
      { at: NOW - 20 * HOUR, weight: 150 },
      { at: NOW - 30_000, weight: 30 },
    ];
    // The minute frees up in 30 s, the day only when the 150 calls age out in 4 hours.
    expect(checkBudget(spent, 30, limits, NOW)).toEqual({ fits: false, window: 'day', limit: 200, retryAt: NOW + 4 * HOUR });
  });

  it('never lets through a request heavier than a whole budget', () => {
    expect(checkBudget([], 31, limits, NOW)).toEqual({ fits: false, window: 'minute', limit: 30, retryAt: Infinity });
  });
});
