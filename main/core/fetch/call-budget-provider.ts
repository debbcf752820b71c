// Which call budget each provider's queue keeps, and how its requests are weighed.
import type { Place, ProviderId, UnitsWanted } from '../model/model.ts';
import { OPEN_METEO_FORECAST_ORIGIN } from '../providers/open-meteo.ts';
import { forecastUrl } from '../providers/open-meteo-forecast.ts';
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

/** Any place: the forecast request asks the same of every place, wherever it is. */
const ANY_PLACE: Place = {
  id: 'coords:0,0',
  name: 'Anywhere',
  region: null,
  country: null,
  countryCode: null,
  latitude: 0,
  longitude: 0,
  timezone: 'UTC',
  population: null,
};

/**
 * The calls one place costs on each refresh: the weight of Skytray's own forecast request for one
 * place, sent where the settings send it. 0 when that address bills nothing (self-hosted).
 */
export function forecastCallsPerPlace(budget: CallBudget, forecastOrigin: string | null, units: UnitsWanted): number {
  return budget.weigh(forecastUrl(new URL(forecastOrigin ?? OPEN_METEO_FORECAST_ORIGIN), [ANY_PLACE], units));
}
