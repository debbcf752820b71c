// The forecast provider's queue and Open-Meteo's call budget, for the diagnostics and the refresh
// advice: the budget pays for the forecast of every place on each refresh, and for its air quality
// whenever that has gone stale.
import type { CallBudgetUsage } from '../fetch/call-budget.ts';
import { refreshAdvice, type RefreshAdvice } from '../fetch/call-budget-advice.ts';
import { budgetUsage } from '../fetch/call-budget.ts';
import type { CallBudget } from '../fetch/call-budget-gate.ts';
import { forecastCallsPerPlace } from '../fetch/call-budget-provider.ts';
import { effectiveRefreshMinutes, type Settings } from '../model/settings.ts';
import { AIR_QUALITY_LIMITS } from '../providers/air-quality-fetcher.ts';
import { AIR_QUALITY_ORIGIN, airQualityUrl } from '../providers/air-quality.ts';
import type { Store } from '../store/store.ts';
import type { ProviderClient } from './provider-client.ts';
import type { Diagnostics } from './service-types.ts';

export type BilledBudget = Readonly<{ budget: CallBudget; label: string; callsPerPlace: number }>;

/** The call budget, when the provider in use bills the forecasts (not a self-hosted Open-Meteo). */
export function billedBudget(client: ProviderClient, settings: Settings): BilledBudget | null {
  const current = client.current;
  const budget = current?.queue.budget;
  if (!current || !budget) return null;
  const forecast = forecastCallsPerPlace(budget, settings.openMeteoForecastUrl, settings.units);
  if (forecast <= 0) return null;
  return { budget, label: current.fetcher.provider.label, callsPerPlace: forecast + airQualityCallsPerRefresh(budget, settings) };
}

/**
 * A place's air quality, averaged over refreshes: a reading is asked for again only once it is older
 * than the air-quality API's freshness, so with a 15-minute refresh every other refresh asks. The
 * weight is that of a request with pollen (12 variables: 1.2 calls), the most a place costs.
 */
export function airQualityCallsPerRefresh(budget: CallBudget, settings: Settings): number {
  const url = airQualityUrl(new URL(settings.airQualityUrl ?? AIR_QUALITY_ORIGIN), [{ latitude: 50, longitude: 10 }], { pollen: true });
  const weight = budget.weigh(url);
  const interval = effectiveRefreshMinutes(settings);
  const freshMinutes = AIR_QUALITY_LIMITS.freshForMs / 60_000;
  return interval >= freshMinutes ? weight : weight / Math.ceil(freshMinutes / interval);
}

/** Whether the places kept, refreshed as often as the settings say, fit in a day's calls; null when no budget applies. */
export function adviceFor(billed: BilledBudget | null, places: number, settings: Settings): RefreshAdvice | null {
  if (!billed) return null;
  return refreshAdvice({
    places,
    intervalMinutes: effectiveRefreshMinutes(settings),
    callsPerPlace: billed.callsPerPlace,
    dailyBudget: billed.budget.limits.day,
  });
}

/** The forecast provider's queue, for the diagnostics. */
export function providerState(client: ProviderClient, settings: Settings): Diagnostics['provider'] {
  const current = client.current;
  return {
    id: settings.provider,
    label: current?.fetcher.provider.label ?? settings.provider,
    waiting: current?.queue.size.waiting ?? 0,
    running: current?.queue.size.running ?? 0,
    pausedUntil: current?.queue.pausedUntil ?? 0,
  };
}

export function callBudgetUsage(billed: BilledBudget | null, store: Store, settings: Settings, now: number): CallBudgetUsage | null {
  if (!billed) return null;
  return { provider: billed.label, windows: budgetUsage(store.spentCalls(settings.provider, now), billed.budget.limits, now) };
}
