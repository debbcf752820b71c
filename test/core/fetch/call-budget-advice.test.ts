import { describe, expect, it } from 'vitest';
import { refreshAdvice } from '../../../main/core/fetch/call-budget-advice.ts';

// Skytray's forecast costs 2.4 calls a place (call-budget-weight.test.ts); the day's budget is 8,000.
const advise = (places: number, intervalMinutes: number) => refreshAdvice({ places, intervalMinutes, callsPerPlace: 2.4, dailyBudget: 8000 });

describe('refresh advice', () => {
  it('ten places every 15 minutes fit: 96 refreshes of 24 calls, and a quarter more for retries and manual refreshes', () => {
    expect(advise(10, 15)).toEqual({
      places: 10,
      intervalMinutes: 15,
      callsPerDay: 2880,
      dailyBudget: 8000,
      fits: true,
      runsOutAfterMinutes: null,
      shortestFittingMinutes: 6, // 43,200 / 8,000 = 5.4 minutes, rounded up
      message: '10 places every 15 minutes use about 2,880 of the 8,000 calls a day Skytray allows itself.',
    });
  });

  it('forty places every 5 minutes would run out before six in the morning; every 22 minutes fits', () => {
    // 40 x 2.4 x 288 refreshes x 1.25 = 34,560; 8,000 of them last 1440 x 8000 / 34560 = 333 minutes.
    expect(advise(40, 5)).toEqual({
      places: 40,
      intervalMinutes: 5,
      callsPerDay: 34560,
      dailyBudget: 8000,
      fits: false,
      runsOutAfterMinutes: 333,
      shortestFittingMinutes: 22,
      message:
        '40 places every 5 minutes need about 34,560 calls a day, more than the 8,000 calls a day Skytray allows itself: it would run out after about 5 h 33 min each day. Every 22 minutes or longer fits.',
    });
  });

  it('just over the budget: 28 places every 15 minutes need 8,064, every 16 fits', () => {
    expect(advise(28, 15)).toMatchObject({ callsPerDay: 8064, fits: false, shortestFittingMinutes: 16 });
    expect(advise(28, 16)).toMatchObject({ fits: true });
  });

  it('says plainly when no interval Settings offers fits', () => {
    const advice = advise(500, 180);
    expect(advice).toMatchObject({ fits: false, shortestFittingMinutes: null });
    expect(advice.message).toContain('Even every 180 minutes is too often: keep fewer places.');
  });

  it('one place and no places', () => {
    expect(advise(1, 5).message).toBe('One place every 5 minutes uses about 864 of the 8,000 calls a day Skytray allows itself.');
    expect(advise(0, 5)).toMatchObject({ callsPerDay: 0, fits: true, message: 'No places yet: refreshing spends nothing.' });
  });
});
