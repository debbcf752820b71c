// How the places and the refresh interval fit the calls a day Skytray allows itself, in the
// person's language, from the numbers of main's advice.
import type { RefreshAdvice } from '../main/core/fetch/call-budget-advice.ts';
import type { Wording } from '../main/wording/wording.ts';

/** "2 h 28 min", "3 h", "45 min". */
function duration(totalMinutes: number, wording: Wording): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const part = hours === 0 ? 'minutes' : minutes === 0 ? 'hours' : 'both';
  return wording.t('window.settings.budget.duration', { part, hours: wording.number(hours), minutes: wording.number(minutes) });
}

/** The hint under the refresh interval: one sentence when it fits, two when it does not. `longestMinutes`: the longest interval Settings accept. */
export function budgetWords(advice: RefreshAdvice, longestMinutes: number, wording: Wording): string {
  const { t } = wording;
  if (advice.places === 0) return t('window.settings.budget.noPlaces');
  const counts = {
    places: advice.places,
    minutes: advice.intervalMinutes,
    calls: wording.number(advice.callsPerDay),
    budget: wording.number(advice.dailyBudget),
  };
  if (advice.fits) return t('window.settings.budget.fits', counts);
  const problem = t('window.settings.budget.tooOften', { ...counts, runsOut: duration(advice.runsOutAfterMinutes ?? 0, wording) });
  const remedy =
    advice.shortestFittingMinutes === null
      ? t('window.settings.budget.keepFewer', { minutes: longestMinutes })
      : t('window.settings.budget.fitsFrom', { minutes: advice.shortestFittingMinutes });
  return `${problem} ${remedy}`;
}
