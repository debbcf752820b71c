// The diagnostics as text a person can paste into a bug report. Built from data that never holds
// secrets: URLs in the request log are redacted when recorded, and the API key is not in settings.
// Where the user is stays vague: coordinates (in request URLs, and in errors naming a place typed
// as coordinates) are rounded to 0.1 degree, about 11 km. Its headings are in the person's
// language; its values stay as the program writes them (English words, ISO times, plain digits),
// so whoever reads a bug report can read them, and the first line stays the same for every reader.
import { callBudgetSummary, formatCalls } from '../../wording/call-budget.ts';
import { legacyEnglish } from '../../wording/english.ts';
import type { LineWording } from '../../wording/english.ts';
import type { Diagnostics } from './service-types.ts';
import { unitsOfSettings, type Settings } from '../model/settings.ts';

export type ReportContext = Readonly<{ version: string; platform: string; versions: Readonly<Record<string, string | undefined>> }>;

/** A decimal with two or more places, not part of a longer dotted number (an IP address, a version). */
const PRECISE_NUMBER = /(?<!\d|\d\.)-?\d{1,3}\.\d{2,}(?!\d|\.\d)/g;

const vague = (text: string): string => text.replace(PRECISE_NUMBER, (n) => Number(n).toFixed(1));

const time = (epochMs: number | null): string => (epochMs ? new Date(epochMs).toISOString() : 'never');

export function diagnosticsReport(d: Diagnostics, settings: Settings, context: ReportContext, wording: LineWording = legacyEnglish): string {
  const { t } = wording;
  const customUrls = [settings.openMeteoForecastUrl, settings.openMeteoGeocodingUrl, settings.openWeatherMapUrl].some(Boolean);
  const lines = [
    `Skytray ${context.version} on ${context.platform} (Electron ${context.versions['electron'] ?? 'n/a'}, Node ${context.versions['node'] ?? 'n/a'})`, // i18n-ignore: bug-report values, English for developers
    `${t('window.diagnostics.report.provider')}: ${d.provider.label}; ${t('window.diagnostics.report.queue')} ${d.provider.waiting} waiting, ${d.provider.running} running${d.provider.pausedUntil ? `, paused until ${time(d.provider.pausedUntil)}` : ''}`, // i18n-ignore: bug-report values, English for developers
    `${t('window.diagnostics.report.online')}: ${d.status.online ? 'yes' : 'no'}; ${t('window.diagnostics.report.paused')}: ${d.status.paused ? 'yes' : 'no'}`,
    `${t('window.diagnostics.report.units')}: ${settings.units}, ${t('window.diagnostics.report.wind')} ${unitsOfSettings(settings).windSpeed}; ${t('window.diagnostics.report.refresh')} ${settings.refreshIntervalMinutes} min; ${t('window.diagnostics.report.customUrls')}: ${customUrls ? 'yes' : 'no'}`, // i18n-ignore: bug-report values, English for developers
    `${t('window.diagnostics.report.database')}: ${d.status.diskProblem ?? 'saving normally'}${d.status.recovery ? `; recovered at start: ${d.status.recovery.reason}` : ''}`, // i18n-ignore: bug-report values, English for developers
    `${t('window.diagnostics.report.oldestData')}: ${d.oldestSnapshotAgeMs === null ? 'none' : `${Math.round(d.oldestSnapshotAgeMs / 60_000)} min`}; ${t('window.diagnostics.report.cacheSearches')}: ${d.cacheHits.searches}`, // i18n-ignore: bug-report values, English for developers
    ...(d.callBudget ? [callBudgetSummary(d.callBudget, wording)] : []),
    '',
    `${t('window.diagnostics.report.perProvider', { count: formatCalls(1_000) })}:`,
    ...d.providers.map(
      (p) =>
        `  ${p.provider}: ${p.requests} requests, ${p.retries} retries, ${p.failures} failures, last at ${time(p.lastAt)}${p.lastError ? `; last error: ${vague(p.lastError)}` : ''}`, // i18n-ignore: bug-report values, English for developers
    ),
    '',
    `${t('window.diagnostics.report.recent')}:`,
    ...d.recentEvents.slice(0, 20).map(
      (e) =>
        `  ${time(e.startedAt)} ${e.outcome.padEnd(7)} ${e.status ?? '---'} ${String(e.durationMs).padStart(5)} ms  try ${e.attempt}  ${vague(e.url)}${e.error ? `  (${vague(e.error)})` : ''}`, // i18n-ignore: bug-report values, English for developers
    ),
  ];
  return lines.join('\n');
}
