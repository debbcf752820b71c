// Each warnings service's place in the fetch machinery: where it is (a setting, for self-hosting
// and tests), how hard Skytray may ask it, and how long an answer stays good.
import type { QueueLimits } from '../providers/provider.ts';
import type { AlertSourceId } from './alert.ts';
import { METALERTS_LABEL, METALERTS_ORIGIN } from './metalerts.ts';
import { METEOALARM_LABEL, METEOALARM_ORIGIN } from './meteoalarm.ts';
import { NWS_LABEL, NWS_ORIGIN } from './nws.ts';

type AlertSourceLimits = QueueLimits &
  Readonly<{
    /** An answer younger than this is used again instead of asking. */
    freshForMs: number;
  }>;

export type AlertSourceInfo = Readonly<{ label: string; origin: string; limits: AlertSourceLimits }>;

export const ALERT_SOURCES: Readonly<Record<AlertSourceId, AlertSourceInfo>> = {
  // "The rate limit is not public information, but allows a generous amount for typical use"
  // (weather.gov API docs, "Rate Limit"); alerts change within minutes, so two minutes of reuse.
  nws: { label: NWS_LABEL, origin: NWS_ORIGIN, limits: { concurrency: 2, intervalCap: 30, intervalMs: 60_000, freshForMs: 2 * 60_000 } },
  // api.met.no allows at most 20 requests a second per application in all (Terms of Service); a
  // warning is issued hours ahead, so five minutes of reuse loses nothing.
  metalerts: { label: METALERTS_LABEL, origin: METALERTS_ORIGIN, limits: { concurrency: 2, intervalCap: 30, intervalMs: 60_000, freshForMs: 5 * 60_000 } },
  // One feed serves a whole country (hundreds of KB): one at a time, and reused for five minutes by
  // every place in that country.
  meteoalarm: { label: METEOALARM_LABEL, origin: METEOALARM_ORIGIN, limits: { concurrency: 1, intervalCap: 10, intervalMs: 60_000, freshForMs: 5 * 60_000 } },
};

export type AlertOrigins = Readonly<Partial<Record<AlertSourceId, string>>>;

/** The origin of each source: the setting where given, else the service's own. */
export function alertOrigins(overrides: AlertOrigins = {}): Readonly<Record<AlertSourceId, URL>> {
  return {
    nws: new URL(overrides.nws ?? ALERT_SOURCES.nws.origin),
    metalerts: new URL(overrides.metalerts ?? ALERT_SOURCES.metalerts.origin),
    meteoalarm: new URL(overrides.meteoalarm ?? ALERT_SOURCES.meteoalarm.origin),
  };
}

/** Words for a person about a failed status; NWS sends a problem document whose `detail` says why. */
export function explainAlertStatus(label: string, status: number, body: unknown): string {
  const detail = typeof body === 'object' && body !== null && 'detail' in body && typeof body.detail === 'string' ? body.detail.slice(0, 200) : null;
  if (status === 429) return `${label} is limiting requests right now. Skytray will try again later.`;
  if (status === 403) return `${label} refused the request (HTTP 403).`;
  if (status >= 500) return `${label} is having trouble (HTTP ${status}). Skytray will try again later.`;
  return `${label} answered HTTP ${status}${detail ? `: ${detail}` : ''}.`;
}
