// The forecast provider's queue and Open-Meteo's call budget, for the diagnostics and the refresh
// advice. Air-quality requests spend from the same budget, and the diagnostics count them; the
// advice weighs the forecast alone for now, though a place's air quality adds up to 1.2 calls (12
// variables, with pollen) each time it is asked, at most every half hour.
import type { CallBudgetUsage } from '../fetch/call-budget.ts';
import { refreshAdvice, type RefreshAdvice } from '../fetch/call-budget-advice.ts';
import { budgetUsage } from '../fetch/call-budget.ts';
import type { CallBudget } from '../fetch/call-budget-gate.ts';
import { forecastCallsPerPlace } from '../fetch/call-budget-provider.ts';
import { effectiveRefreshMinutes, unitsOfSettings, type Settings } from '../model/settings.ts';
import type { Store } from '../store/store.ts';
import type { ProviderClient } from './provider-client.ts';
import type { Diagnostics } from './service-types.ts';

export type BilledBudget = Readonly<{ budget: CallBudget; label: string; callsPerPlace: number }>;

/** The call budget, when the provider in use bills the forecasts (not a self-hosted Open-Meteo). */
export function billedBudget(client: ProviderClient, settings: Settings): BilledBudget | null {
  const current = client.current;
  const budget = current?.queue.budget;
  if (!current || !budget) return null;
  const forecast = forecastCallsPerPlace(budget, settings.openMeteoForecastUrl, unitsOfSettings(settings));
  if (forecast <= 0) return null;
  return { budget, label: current.fetcher.provider.label, callsPerPlace: forecast };
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
