// What Skytray shows beside a place's forecast: official warnings and air quality. Each source has
// its own queue, limits and retries, so none of them can hold up or fail the forecast, or each other.
import type { Dispatcher } from 'undici';
import type { Clock } from '../clock.ts';
import type { AttemptRecord } from '../fetch/attempt-record.ts';
import type { CallBudget } from '../fetch/call-budget-gate.ts';
import { ProviderQueue, type Priority } from '../fetch/provider-queue.ts';
import type { RetryOptions } from '../http/retry-policy.ts';
import type { Logger } from '../logger.ts';
import type { Place } from '../model/model.ts';
import type { Settings } from '../model/settings.ts';
import type { QueueLimits } from '../providers/provider.ts';
import { AIR_QUALITY_LIMITS, AirQualityFetcher, type PlaceAirQuality } from '../providers/air-quality-fetcher.ts';
import { AIR_QUALITY_ATTRIBUTION, AIR_QUALITY_LABEL, AIR_QUALITY_ORIGIN } from '../providers/air-quality.ts';
import { AlertFetcher, type PlaceAlerts } from './alert-fetcher.ts';
import { ALERT_SOURCES, alertOrigins, type AlertOrigins } from './alert-sources.ts';
import type { AirQualityJson, AlertsJson } from './extras-view.ts';

export type PlaceExtrasOptions = Readonly<{
  /** Base URLs of the warnings services, where they are not the public ones. */
  alertOrigins?: AlertOrigins;
  /** Base URL of the air-quality API. @default AIR_QUALITY_ORIGIN */
  airQualityOrigin?: string | null;
  dispatcher: Dispatcher;
  userAgent: string;
  clock: Clock;
  logger: Logger;
  retry?: RetryOptions;
  random?: () => number;
  onAttempt?: (record: AttemptRecord) => void;
  /** Open-Meteo's call budget, which air-quality requests spend from. @default none */
  airQualityBudget?: CallBudget | null;
}>;

type ExtrasOrigins = Readonly<{ alertOrigins: AlertOrigins; airQualityOrigin: string | null }>;

/** The base URLs the settings give; null ones stay the public services. */
export function extrasOrigins(settings: Pick<Settings, 'nwsUrl' | 'metAlertsUrl' | 'meteoAlarmUrl' | 'airQualityUrl'>): ExtrasOrigins {
  return {
    alertOrigins: {
      ...(settings.nwsUrl ? { nws: settings.nwsUrl } : {}),
      ...(settings.metAlertsUrl ? { metalerts: settings.metAlertsUrl } : {}),
      ...(settings.meteoAlarmUrl ? { meteoalarm: settings.meteoAlarmUrl } : {}),
    },
    airQualityOrigin: settings.airQualityUrl,
  };
}

export type PlaceExtras = Readonly<{ place: Place; alerts: PlaceAlerts; airQuality: PlaceAirQuality }>;

export class PlaceExtrasClient {
  readonly alerts: AlertFetcher;
  readonly airQuality: AirQualityFetcher;
  #queues: ProviderQueue[];

  constructor(options: PlaceExtrasOptions) {
    const { clock, logger, retry, random, onAttempt } = options;
    const queue = (provider: string, limits: QueueLimits, budget: CallBudget | null = null): ProviderQueue =>
      new ProviderQueue({
        provider,
        limits,
        clock,
        logger,
        budget,
        ...(retry ? { retry } : {}),
        ...(random ? { random } : {}),
        ...(onAttempt ? { onAttempt } : {}),
      });
    const alertQueues = {
      nws: queue(ALERT_SOURCES.nws.label, ALERT_SOURCES.nws.limits),
      metalerts: queue(ALERT_SOURCES.metalerts.label, ALERT_SOURCES.metalerts.limits),
      meteoalarm: queue(ALERT_SOURCES.meteoalarm.label, ALERT_SOURCES.meteoalarm.limits),
    };
    const airQueue = queue(AIR_QUALITY_LABEL, AIR_QUALITY_LIMITS, options.airQualityBudget ?? null);
    this.#queues = [...Object.values(alertQueues), airQueue];
    const http = { dispatcher: options.dispatcher, userAgent: options.userAgent, clock };
    this.alerts = new AlertFetcher({ ...http, logger, queues: alertQueues, origins: alertOrigins(options.alertOrigins) });
    this.airQuality = new AirQualityFetcher({ ...http, queue: airQueue, origin: new URL(options.airQualityOrigin ?? AIR_QUALITY_ORIGIN) });
  }

  /** Warnings and air quality for every place, in order, both asked at once. Never rejects. */
  async extrasFor(places: readonly Place[], options: Readonly<{ priority?: Priority; signal?: AbortSignal }> = {}): Promise<PlaceExtras[]> {
    const [alerts, airQuality] = await Promise.all([this.alerts.alertsFor(places, options), this.airQuality.airQualityFor(places, options)]);
    return places.map((place, i) => ({ place, alerts: alerts[i] as PlaceAlerts, airQuality: airQuality[i] as PlaceAirQuality }));
  }

  close(): void {
    for (const queue of this.#queues) queue.close();
  }
}

/** The JSON form of a place's warnings (`weather --json`, documented in the README). */
export function alertsJson(alerts: PlaceAlerts): AlertsJson {
  return { source: alerts.source, active: alerts.alerts, elsewhere: alerts.elsewhere, error: alerts.error?.toInfo() ?? null };
}

export function airQualityJson(airQuality: PlaceAirQuality): AirQualityJson {
  return { reading: airQuality.airQuality, attribution: AIR_QUALITY_ATTRIBUTION, error: airQuality.error?.toInfo() ?? null };
}
