// The weighted calls a provider has used against Skytray's own budget, in the same words in the
// window's diagnostics and in the report a person copies. The windows slide: "the last hour" is
// the hour before now, not the hour on the clock.
import type { BudgetWindow, CallBudgetUsage } from '../core/fetch/call-budget.ts';
import { legacyEnglish } from './english.ts';
import type { LineWording } from './english.ts';

/** "Last hour" */
export function budgetPeriod(window: BudgetWindow, words: LineWording = legacyEnglish): string {
  return words.t('common.callBudget.period', { window });
}

/** "2.4", "4,000" ("4.000" in German): weights are fractional, to the hundredth. */
export function formatCalls(calls: number, formatLocale = 'en-GB'): string {
  return new Intl.NumberFormat(formatLocale, { maximumFractionDigits: 2 }).format(calls);
}

/** "Open-Meteo calls (weighted): 2.4 of 300 in the last minute, 4.8 of 4,000 in the last hour, 28.8 of 8,000 in the last 24 hours" */
export function callBudgetSummary(usage: CallBudgetUsage, words: LineWording = legacyEnglish): string {
  const parts = usage.windows.map((w) => words.t('common.callBudget.window', { used: formatCalls(w.used), limit: formatCalls(w.limit), window: w.window }));
  return words.t('common.callBudget.summary', { provider: usage.provider, windows: parts.join(', ') });
}
