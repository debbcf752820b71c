// Whether the places kept and the refresh interval chosen fit in a day's call budget, and if not,
// when in the day it would run out and which interval fits. Pure, for the Settings hint.
import { REFRESH_MINUTES } from '../model/settings.ts';

/**
 * Room on top of the scheduled refreshes: a failed request is tried again (up to four attempts in
 * all), a person may press Refresh, and place searches spend from the same budget. A quarter more
 * lets a fifth of each day's calls go to those.
 */
const EXTRA_CALLS_MARGIN = 0.25;
const MINUTES_A_DAY = 1440;

export type RefreshAdviceInput = Readonly<{
  places: number;
  intervalMinutes: number;
  /** Weighted calls one place costs each time it is refreshed. Batching does not change it: each location counts. */
  callsPerPlace: number;
  dailyBudget: number;
}>;

export type RefreshAdvice = Readonly<{
  /** The places and the interval the advice is for: the window words it from these fields, not `message`. */
  places: number;
  intervalMinutes: number;
  /** Calls a day the scheduled refreshes would spend, margin included, rounded up. */
  callsPerDay: number;
  dailyBudget: number;
  fits: boolean;
  /** Minutes into a day of refreshing after which the budget is spent; null when it fits. */
  runsOutAfterMinutes: number | null;
  /** The shortest whole-minute interval Settings accepts that fits; null when none does. */
  shortestFittingMinutes: number | null;
  /** The hint, for a person. */
  message: string;
}>;

export function refreshAdvice(input: RefreshAdviceInput): RefreshAdvice {
  const { places, intervalMinutes, callsPerPlace, dailyBudget } = input;
  const perDayAtOneMinute = places * callsPerPlace * MINUTES_A_DAY * (1 + EXTRA_CALLS_MARGIN);
  const exact = perDayAtOneMinute / intervalMinutes;
  const callsPerDay = Math.ceil(Math.round(exact * 1e6) / 1e6);
  const fits = callsPerDay <= dailyBudget;
  const runsOutAfterMinutes = fits ? null : Math.floor((dailyBudget / exact) * MINUTES_A_DAY);
  const fitting = Math.max(REFRESH_MINUTES.min, Math.ceil(Math.round((perDayAtOneMinute / dailyBudget) * 1e6) / 1e6));
  const shortestFittingMinutes = fitting <= REFRESH_MINUTES.max ? fitting : null;
  const advice = { places, intervalMinutes, callsPerDay, dailyBudget, fits, runsOutAfterMinutes, shortestFittingMinutes };
  return { ...advice, message: adviceMessage(input, advice) };
}

function adviceMessage(input: RefreshAdviceInput, advice: Omit<RefreshAdvice, 'message'>): string {
  const { places, intervalMinutes } = input;
  if (places === 0) return 'No places yet: refreshing spends nothing.';
  const what = `${places === 1 ? 'One place' : `${count(places)} places`} every ${minutes(intervalMinutes)}`;
  const budget = `the ${count(advice.dailyBudget)} calls a day Skytray allows itself`;
  const verb = (one: string, many: string): string => (places === 1 ? one : many);
  if (advice.fits) return `${what} ${verb('uses', 'use')} about ${count(advice.callsPerDay)} of ${budget}.`;
  const runsOut = `it would run out after about ${duration(advice.runsOutAfterMinutes ?? 0)} each day`;
  const instead =
    advice.shortestFittingMinutes === null
      ? `Even every ${minutes(REFRESH_MINUTES.max)} is too often: keep fewer places.`
      : `Every ${minutes(advice.shortestFittingMinutes)} or longer fits.`;
  return `${what} ${verb('needs', 'need')} about ${count(advice.callsPerDay)} calls a day, more than ${budget}: ${runsOut}. ${instead}`;
}

const count = (n: number): string => n.toLocaleString('en-GB');
const minutes = (n: number): string => (n === 1 ? 'minute' : `${n} minutes`);

function duration(totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const rest = totalMinutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
