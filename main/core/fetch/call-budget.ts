// Budgets of weighted calls per minute, hour and day, and whether one more request fits in them.
// Pure: the calls already spent come in as a list, so the same rule serves the queue, the
// diagnostics and the tests.

export type BudgetWindow = 'minute' | 'hour' | 'day';

export type CallBudgetLimits = Readonly<Record<BudgetWindow, number>>;

/** One request already sent, with the weighted calls it was billed. */
export type SpentCall = Readonly<{ at: number; weight: number }>;

export const WINDOW_MS: Readonly<Record<BudgetWindow, number>> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };
const WINDOWS: readonly BudgetWindow[] = ['minute', 'hour', 'day'];

/**
 * Open-Meteo's free API allows "less than 10'000 API calls per day, 5'000 per hour and 600 per
 * minute" (https://open-meteo.com/en/terms; open-meteo/open-meteo-website#72), counted per client IP
 * address in windows that restart on the server's own minute, hour and day (open-meteo/open-meteo,
 * Sources/App/Helper/RateLimiter.swift). We stay well below: the address is often shared (other
 * devices behind the same router, other programs that use Open-Meteo), the server's windows do not
 * line up with ours, and every attempt we send counts, retries included. Our windows slide, so no
 * stretch of 60 s, 1 h or 24 h holds more than the budget, however the server's windows fall.
 * A minute of 300 is half the limit; an hour of 4,000 and a day of 8,000 leave a fifth of the
 * allowance to whatever else shares the address.
 */
export const OPEN_METEO_CALL_BUDGET: CallBudgetLimits = { minute: 300, hour: 4_000, day: 8_000 };

export type BudgetVerdict = Readonly<{ fits: true }> | Readonly<{ fits: false; window: BudgetWindow; limit: number; retryAt: number }>;

export type WindowUsage = Readonly<{ window: BudgetWindow; used: number; limit: number }>;

/** What the diagnostics show: the calls a provider has used in each window, against its budget. */
export type CallBudgetUsage = Readonly<{ provider: string; windows: readonly WindowUsage[] }>;

/** Calls spent in each window ending at `now`. */
export function budgetUsage(spent: readonly SpentCall[], limits: CallBudgetLimits, now: number): WindowUsage[] {
  return WINDOWS.map((window) => ({ window, used: roundCalls(spentIn(spent, window, now)), limit: limits[window] }));
}

/**
 * Whether a request of `weight` calls may be sent at `now`; when it may not, the first window it
 * would overflow and the earliest time it fits in every window (the windows slide: calls age out).
 * A request heavier than a whole budget never fits; its `retryAt` is Infinity.
 */
export function checkBudget(spent: readonly SpentCall[], weight: number, limits: CallBudgetLimits, now: number): BudgetVerdict {
  let verdict: BudgetVerdict = { fits: true };
  for (const window of WINDOWS) {
    const limit = limits[window];
    if (roundCalls(spentIn(spent, window, now) + weight) <= limit) continue;
    const retryAt = fitsAgainAt(spent, weight, window, limit, now);
    if (verdict.fits || retryAt > verdict.retryAt) verdict = { fits: false, window, limit, retryAt };
  }
  return verdict;
}

/** Weights are fractional; hundredths keep sums like 0.1 + 0.2 from tipping a budget over. */
function roundCalls(calls: number): number {
  return Math.round(calls * 100) / 100;
}

function spentIn(spent: readonly SpentCall[], window: BudgetWindow, now: number): number {
  const since = now - WINDOW_MS[window];
  let sum = 0;
  for (const call of spent) if (call.at > since && call.at <= now) sum += call.weight;
  return sum;
}

/** When enough of the oldest calls in `window` have aged out for `weight` more to fit under `limit`. */
function fitsAgainAt(spent: readonly SpentCall[], weight: number, window: BudgetWindow, limit: number, now: number): number {
  if (weight > limit) return Infinity;
  const since = now - WINDOW_MS[window];
  const inWindow = spent.filter((c) => c.at > since && c.at <= now).sort((a, b) => a.at - b.at);
  let remaining = inWindow.reduce((sum, c) => sum + c.weight, 0);
  for (const call of inWindow) {
    remaining -= call.weight;
    if (roundCalls(remaining + weight) <= limit) return call.at + WINDOW_MS[window];
  }
  return now;
}
