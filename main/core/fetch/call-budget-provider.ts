// Which call budget each provider's queue keeps, and how its requests are weighed.
import type { ProviderId } from '../model/model.ts';
import { OPEN_METEO_CALL_BUDGET, type BudgetVerdict, type CallBudgetLimits } from './call-budget.ts';
import type { CallBudget } from './call-budget-gate.ts';
import { openMeteoRequestWeight } from './call-budget-weight.ts';

/** Spends calls from the budget kept for `provider` if they fit (the store does this in one transaction). */
export type SpendCalls = (provider: ProviderId, weight: number, limits: CallBudgetLimits, now: number) => BudgetVerdict;

/**
 * Only Open-Meteo's free servers count calls: the server's rate limiter counts a request only when
 * its Host contains "open-meteo.com" and does not start with "customer-" (open-meteo/open-meteo,
 * Sources/App/Helper/RateLimiter.swift, `incrementRateLimiter`). A self-hosted instance has no limit.
 */
export function billedByOpenMeteo(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return (host === 'open-meteo.com' || host.endsWith('.open-meteo.com')) && !host.startsWith('customer-');
}

/**
 * The budget for `provider`, or null when it has none of ours: OpenWeatherMap counts requests, and
 * its queue's interval cap already holds it under its 60 a minute. With `limits` given (tests, the
 * benchmark), every request counts, wherever it goes: the local provider stands in for the public one.
 */
export function callBudgetFor(provider: ProviderId, spend: SpendCalls, limits?: CallBudgetLimits): CallBudget | null {
  if (provider !== 'open-meteo') return null;
  const chosen = limits ?? OPEN_METEO_CALL_BUDGET;
  return {
    limits: chosen,
    weigh: (url) => (limits || billedByOpenMeteo(url) ? openMeteoRequestWeight(url) : 0),
    spend: (weight, now) => spend(provider, weight, chosen, now),
  };
}
