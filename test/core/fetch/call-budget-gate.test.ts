import { describe, expect, it } from 'vitest';
import { checkBudget, type CallBudgetLimits, type SpentCall } from '../../../main/core/fetch/call-budget.ts';
import { OverBudgetError, nextTry, spendOrRefuse, type CallBudget } from '../../../main/core/fetch/call-budget-gate.ts';

// Local times, so the words do not depend on the machine's time zone.
const EVENING = new Date(2026, 10, 25, 23, 30, 0).getTime();
const HOUR = 3_600_000;

function budgetOf(limits: CallBudgetLimits, weight: number): { budget: CallBudget; spent: SpentCall[] } {
  const spent: SpentCall[] = [];
  const budget: CallBudget = {
    limits,
    weigh: () => weight,
    spend: (w, now) => {
      const verdict = checkBudget(spent, w, limits, now);
      if (verdict.fits) spent.push({ at: now, weight: w });
      return verdict;
    },
  };
  return { budget, spent };
}

describe('call budget gate', () => {
  const url = new URL('http://127.0.0.1/v1/forecast');

  it('spends what fits, then refuses with the budget spent and the next try in local time, spending nothing', () => {
    const { budget, spent } = budgetOf({ minute: 100, hour: 100, day: 5 }, 2.4);
    spendOrRefuse(budget, 'Open-Meteo', url, EVENING - 2 * HOUR);
    spendOrRefuse(budget, 'Open-Meteo', url, EVENING);
    let refused: unknown;
    try {
      spendOrRefuse(budget, 'Open-Meteo', url, EVENING + 60_000);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(OverBudgetError);
    const error = refused as OverBudgetError;
    // The first 2.4 calls age out 24 h after they were spent: tomorrow at 21:30.
    expect(error.message).toBe('Skytray has used the 5 Open-Meteo calls it allows itself in a day; next try tomorrow at 21:30.');
    expect(error).toMatchObject({ code: 'rate-limited', provider: 'Open-Meteo', window: 'day', retryAt: EVENING + 22 * HOUR });
    expect(error.retryAfterMs).toBe(22 * HOUR - 60_000);
    expect(spent).toHaveLength(2);
  });

  it('refuses for good a request heavier than a whole budget', () => {
    const { budget } = budgetOf({ minute: 10, hour: 100, day: 1000 }, 24);
    expect(() => spendOrRefuse(budget, 'Open-Meteo', url, EVENING)).toThrow(
      'This request would cost 24 Open-Meteo calls, more than the 10 Skytray allows itself in a minute.',
    );
  });

  it('without a budget, or for a request nobody bills, nothing is checked or spent', () => {
    expect(() => spendOrRefuse(null, 'OpenWeatherMap', url, EVENING)).not.toThrow();
    const { budget, spent } = budgetOf({ minute: 0, hour: 0, day: 0 }, 0);
    expect(() => spendOrRefuse(budget, 'Open-Meteo', url, EVENING)).not.toThrow();
    expect(spent).toEqual([]);
  });

  it('says the next try as a time today, or tomorrow, rounded up to the minute', () => {
    expect(nextTry(EVENING + 10 * 60_000 + 1, EVENING)).toBe('at 23:41');
    expect(nextTry(EVENING + HOUR, EVENING)).toBe('tomorrow at 00:30');
  });
});
