// The refresh interval's hint, worded in the window from main's numbers: the same English the
// engine writes for its logs and the CLI, and the person's own number formats.
import { describe, expect, it } from 'vitest';
import { refreshAdvice } from '../../main/core/fetch/call-budget-advice.ts';
import { REFRESH_MINUTES } from '../../main/core/model/settings.ts';
import { createWording } from '../../main/wording/wording.ts';
import { budgetWords } from '../../renderer/budget-words.ts';

const advise = (places: number, intervalMinutes: number, dailyBudget = 8000): ReturnType<typeof refreshAdvice> =>
  refreshAdvice({ places, intervalMinutes, callsPerPlace: 2.4, dailyBudget });

describe('the refresh interval’s hint', () => {
  it('reads in English as the engine writes it, whether the interval fits or not', () => {
    const english = createWording('en');
    for (const advice of [advise(0, 15), advise(1, 15), advise(10, 15), advise(40, 5), advise(3, 15, 100), advise(1, 60), advise(500, 5, 100)]) {
      expect(budgetWords(advice, REFRESH_MINUTES.max, english)).toBe(advice.message);
    }
  });

  it('formats its numbers for the person’s language', () => {
    expect(budgetWords(advise(40, 5), REFRESH_MINUTES.max, createWording('de'))).toContain('34.560');
  });
});
