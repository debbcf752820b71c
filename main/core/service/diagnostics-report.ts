// The diagnostics as text a person can paste into a bug report. Built from data that never holds
// secrets: URLs in the request log are redacted when recorded, and the API key is not in settings.
// Where the user is stays vague: coordinates (in request URLs, and in errors naming a place typed
// as coordinates) are rounded to 0.1 degree, about 11 km.
import { callBudgetSummary } from '../../wording/call-budget.ts';
import type { Diagnostics } from './service-types.ts';
import { unitsOfSettings, type Settings } from '../model/settings.ts';

export type ReportContext = Readonly<{ version: string; platform: string; versions: Readonly<Record<string, string | undefined>> }>;

/** A decimal with two or more places, not part of a longer dotted number (an IP address, a version). */
const PRECISE_NUMBER = /(?<!\d|\d\.)-?\d{1,3}\.\d{2,}(?!\d|\.\d)/g;

const vague = (text: string): string => text.replace(PRECISE_NUMBER, (n) => Number(n).toFixed(1));

const time = (epochMs: number | null): string => (epochMs ? new Date(epochMs).toISOString() : 'never');

export function diagnosticsReport(d: Diagnostics, settings: Settings, context: ReportContext): string {
  const lines = [
    `Skytray ${context.version} on ${context.platform} (Electron ${context.versions['electron'] ?? 'n/a'}, Node ${context.versions['node'] ?? 'n/a'})`,
    `Provider: ${d.provider.label}; queue ${d.provider.waiting} waiting, ${d.provider.running} running${d.provider.pausedUntil ? `, paused until ${time(d.provider.pausedUntil)}` : ''}`,
    `Online: ${d.status.online ? 'yes' : 'no'}; paused (sleep): ${d.status.paused ? 'yes' : 'no'}`,
    `Units: ${settings.units}, wind in ${unitsOfSettings(settings).windSpeed}; refresh every ${settings.refreshIntervalMinutes} min; custom URLs: ${[settings.openMeteoForecastUrl, settings.openMeteoGeocodingUrl, settings.openWeatherMapUrl].some(Boolean) ? 'yes' : 'no'}`,
    `Database: ${d.status.diskProblem ?? 'saving normally'}${d.status.recovery ? `; recovered at start: ${d.status.recovery.reason}` : ''}`,
    `Oldest data: ${d.oldestSnapshotAgeMs === null ? 'none' : `${Math.round(d.oldestSnapshotAgeMs / 60_000)} min`}; searches answered from the cache: ${d.cacheHits.searches}`,
    ...(d.callBudget ? [callBudgetSummary(d.callBudget)] : []),
    '',
    'Per provider (last 1,000 requests):',
    ...d.providers.map(
      (p) =>
        `  ${p.provider}: ${p.requests} requests, ${p.retries} retries, ${p.failures} failures, last at ${time(p.lastAt)}${p.lastError ? `; last error: ${vague(p.lastError)}` : ''}`,
    ),
    '',
    'Recent requests:',
    ...d.recentEvents
      .slice(0, 20)
      .map(
        (e) =>
          `  ${time(e.startedAt)} ${e.outcome.padEnd(7)} ${e.status ?? '---'} ${String(e.durationMs).padStart(5)} ms  try ${e.attempt}  ${vague(e.url)}${e.error ? `  (${vague(e.error)})` : ''}`,
      ),
  ];
  return lines.join('\n');
}
