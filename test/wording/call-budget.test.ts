import { describe, expect, it } from 'vitest';
import { budgetPeriod, callBudgetSummary, formatCalls } from '../../main/wording/call-budget.ts';

describe('call budget words', () => {
  it('says the calls used in each sliding window against the limit', () => {
    const usage = {
      provider: 'Open-Meteo',
      windows: [
        { window: 'minute', used: 2.4, limit: 300 },
        { window: 'hour', used: 4.8, limit: 4000 },
        { window: 'day', used: 28.8, limit: 8000 },
      ],
    } as const;
    expect(callBudgetSummary(usage)).toBe(
      'Open-Meteo calls (weighted): 2.4 of 300 in the last minute, 4.8 of 4,000 in the last hour, 28.8 of 8,000 in the last 24 hours',
    );
  });

  it('writes fractional weights to the hundredth, and names the periods', () => {
    expect(formatCalls(1 / 3)).toBe('0.33');
    expect(formatCalls(10000)).toBe('10,000');
    expect(budgetPeriod('day')).toBe('Last 24 hours');
  });
});
