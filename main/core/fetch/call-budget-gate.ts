// The check a provider's queue makes before it sends anything: weigh the request, spend its calls
// if they fit in the budget, and otherwise say, in words, which budget is spent and when the next
// try will be. Nothing is sent for a request that does not fit.
import { WeatherError } from '../errors.ts';
import type { BudgetVerdict, BudgetWindow, CallBudgetLimits } from './call-budget.ts';

export type CallBudget = Readonly<{
  limits: CallBudgetLimits;
  /** The weighted calls the request at `url` will be billed; 0 when it is not billed at all. */
  weigh: (url: URL) => number;
  /** Spends `weight` calls at `now` if they fit; check and spend are one step. */
  spend: (weight: number, now: number) => BudgetVerdict;
}>;

const IN_A: Readonly<Record<BudgetWindow, string>> = { minute: 'a minute', hour: 'an hour', day: 'a day' };

/** A request the budget held back: a rate limit of our own, with when it will fit. */
export class OverBudgetError extends WeatherError {
  readonly window: BudgetWindow;
  /** Epoch ms when the request fits again; Infinity when it never will. */
  readonly retryAt: number;

  constructor(provider: string, verdict: Extract<BudgetVerdict, { fits: false }>, weight: number, now: number) {
    const heavy = verdict.retryAt === Infinity;
    super(
      heavy ? 'bad-request' : 'rate-limited',
      heavy
        ? `This request would cost ${calls(weight)} ${provider} calls, more than the ${calls(verdict.limit)} Skytray allows itself in ${IN_A[verdict.window]}.`
        : `Skytray has used the ${calls(verdict.limit)} ${provider} calls it allows itself in ${IN_A[verdict.window]}; next try ${nextTry(verdict.retryAt, now)}.`,
      { provider, retryAfterMs: heavy ? undefined : Math.max(0, verdict.retryAt - now) },
    );
    this.window = verdict.window;
    this.retryAt = verdict.retryAt;
  }
}

/**
 * Spends the calls the request at `url` costs, or throws OverBudgetError without spending any.
 * No budget, or a request that is not billed: nothing to check.
 */
export function spendOrRefuse(budget: CallBudget | null, provider: string, url: URL, now: number): void {
  if (!budget) return;
  const weight = budget.weigh(url);
  if (weight <= 0) return;
  const verdict = budget.spend(weight, now);
  if (!verdict.fits) throw new OverBudgetError(provider, verdict, weight, now);
}

const calls = (n: number): string => n.toLocaleString('en-GB', { maximumFractionDigits: 2 });

/** "at 14:05" or "tomorrow at 09:00", in the user's own time zone, rounded up to the minute. */
export function nextTry(at: number, now: number): string {
  const minute = 60_000;
  const rounded = Math.ceil(at / minute) * minute;
  // Made each time: the zone is read when a format is made, and the user may have travelled.
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(rounded);
  const day = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });
  const today = day.format(now);
  if (day.format(rounded) === today) return `at ${time}`;
  if (day.format(now + 86_400_000) === day.format(rounded)) return `tomorrow at ${time}`;
  return `on ${day.format(rounded)} at ${time}`;
}
