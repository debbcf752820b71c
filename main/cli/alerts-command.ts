// `weather alerts [place ...]`: the official warnings in force, from the one service that covers each
// place, asked directly (not saved). Exit 0 when every covering service answered, 1 when one did not.
import type { Dispatcher } from 'undici';
import { APP_VERSION } from '../core/app-version.ts';
import type { WeatherAlert } from '../core/alerts/alert.ts';
import { ALERT_SOURCES } from '../core/alerts/alert-sources.ts';
import type { PlaceAlerts } from '../core/alerts/alert-fetcher.ts';
import { alertsJson, extrasOrigins, PlaceExtrasClient } from '../core/alerts/place-extras.ts';
import type { Clock } from '../core/clock.ts';
import { toWeatherError, type WeatherError } from '../core/errors.ts';
import { userAgent } from '../core/http/http-agent.ts';
import type { Logger } from '../core/logger.ts';
import { isValidTimeZone, toLocalIso } from '../core/model/local-time.ts';
import type { Place } from '../core/model/model.ts';
import type { Settings } from '../core/model/settings.ts';
import { createWeatherClient } from '../core/service/weather-client.ts';
import { describePlace } from '../wording/place.ts';
import type { Wording } from '../wording/wording.ts';
import type { CliOptions } from './cli-args.ts';
import { cliErrorInfo, cliErrorText, cliLabel } from './cli-error-text.ts';
import type { Io } from './io.ts';
import type { PlaceArg } from './place-arg.ts';

/** Every line on stderr starts with the program's name. */
const PROGRAM = 'weather';

export type CliDeps = Readonly<{ dispatcher: Dispatcher; clock: Clock; logger: Logger; wording: Wording }>;

/** Set in under a place's heading. */
const INDENT = '  ';

/**
 * Warnings and air quality as the CLI asks for them: for favourites, where the settings (with this
 * run's options) say; for places named on the command line, where the options say, else the public ones.
 */
export function placeExtrasClient(options: CliOptions, deps: CliDeps, settings?: Settings): PlaceExtrasClient {
  return new PlaceExtrasClient({
    ...(settings ? extrasOrigins(settings) : { alertOrigins: options.alertUrls, airQualityOrigin: options.airQualityUrl }),
    dispatcher: deps.dispatcher,
    userAgent: userAgent(APP_VERSION),
    clock: deps.clock,
    logger: deps.logger,
  });
}

type Found = Readonly<{ query: string; place: Place | null; error: WeatherError | null }>;

/** `settings` come with the favourites: they say where the services live. */
export async function printAlerts(
  args: readonly PlaceArg[],
  favourites: Readonly<{ places: readonly Place[]; settings: Settings }> | null,
  options: CliOptions,
  deps: CliDeps,
  io: Io,
): Promise<number> {
  const found = favourites ? favourites.places.map((place) => ({ query: place.name, place, error: null })) : await resolve(args, options, deps);
  if (found.length === 0) {
    io.out(options.json ? '[]\n' : `${deps.wording.t('cli.alerts.noFavourites')}\n`);
    return 0;
  }
  const extras = placeExtrasClient(options, deps, favourites?.settings);
  try {
    const places = found.flatMap((f) => (f.place ? [f.place] : []));
    const results = await extras.alerts.alertsFor(places, { priority: 'user' });
    const byPlace = new Map(results.map((r) => [r.place, r]));
    if (options.json) {
      const entries = found.map((f) => {
        const result = f.place ? byPlace.get(f.place) : undefined;
        const alerts = result ? alertsJson(result) : null;
        return {
          query: f.query,
          place: f.place,
          alerts: alerts && { ...alerts, error: alerts.error && cliErrorInfo(alerts.error) },
          error: f.error ? cliErrorInfo(f.error.toInfo()) : null,
        };
      });
      io.out(`${JSON.stringify(entries, null, 2)}\n`);
    } else {
      io.out(`${results.map((r) => alertsText(r, deps.clock.now(), deps.wording)).join('\n\n')}\n`);
    }
    for (const f of found) if (f.error) io.err(`${PROGRAM}: ${cliLabel(f.query)}: ${cliErrorText(deps.wording, f.error)}\n`);
    for (const r of results) if (r.error) io.err(`${PROGRAM}: ${cliLabel(r.place.name)}: ${cliErrorText(deps.wording, r.error)}\n`);
    return found.every((f) => !f.error) && results.every((r) => !r.error) ? 0 : 1;
  } finally {
    extras.close();
  }
}

async function resolve(args: readonly PlaceArg[], options: CliOptions, deps: CliDeps): Promise<Found[]> {
  const client = createWeatherClient({
    config: { provider: options.provider ?? 'open-meteo', forecastUrl: options.forecastUrl, geocodingUrl: options.geocodingUrl, apiKey: options.apiKey },
    dispatcher: deps.dispatcher,
    userAgent: userAgent(APP_VERSION),
    clock: deps.clock,
    logger: deps.logger,
  });
  try {
    return await Promise.all(
      args.map(async ({ query, place }): Promise<Found> => {
        if (place) return { query, place, error: null };
        try {
          return { query, place: await client.resolvePlace(query), error: null };
        } catch (error) {
          return { query, place: null, error: toWeatherError(error) };
        }
      }),
    );
  } finally {
    client.close();
  }
}

/** A place's heading, then each warning in force, worst first; or why there are none to show. */
export function alertsText(result: PlaceAlerts, now: number, wording: Wording): string {
  const { t } = wording;
  const place = describePlace(result.place);
  if (result.source === null) return `${place}\n${INDENT}${t('cli.alerts.noService')}`;
  const heading = t('cli.alerts.heading', { place, source: ALERT_SOURCES[result.source].label });
  if (result.error) return `${heading}\n${INDENT}${t('cli.warning.failed', { reason: cliErrorText(wording, result.error) })}`;
  const elsewhere = result.elsewhere ? `\n${INDENT}${t('cli.alerts.elsewhere', { count: result.elsewhere })}` : '';
  if (result.alerts.length === 0) return `${heading}\n${INDENT}${t('cli.alerts.none')}${elsewhere}`;
  const lines = result.alerts.map((alert) => alertLines(alert, result.place.timezone, now, wording));
  return `${heading}\n${lines.join('\n')}${elsewhere}`;
}

/**
 * "2026-11-25 06:00" in the place's own time: a date and time that reads the same in every
 * language and sorts as text. A place typed as coordinates may have no zone yet (`auto`): UTC then.
 */
function stamp(iso: string | null, timeZone: string): string | null {
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  return iso ? toLocalIso(Date.parse(iso), zone).slice(0, 16).replace('T', ' ') : null;
}

function alertWhen(alert: WeatherAlert, timeZone: string, now: number, wording: Wording): string | null {
  const start = alert.onset && Date.parse(alert.onset) > now ? stamp(alert.onset, timeZone) : null;
  const end = stamp(alert.ends ?? alert.expires, timeZone);
  if (start && end) return wording.t('cli.alerts.fromUntil', { start, end });
  if (start) return wording.t('cli.alerts.from', { start });
  return end ? wording.t('cli.alerts.until', { end }) : null;
}

function alertLines(alert: WeatherAlert, timeZone: string, now: number, wording: Wording): string {
  const severity = wording.t(`cli.severity.${alert.severity}`).toLocaleUpperCase(wording.formatLocale);
  const when = alertWhen(alert, timeZone, now, wording);
  const lines = [`${INDENT}${severity}  ${alert.event}${when ? `, ${when}` : ''}`];
  const more = `${INDENT}${INDENT}`;
  if (alert.headline && alert.headline !== alert.event) lines.push(`${more}${alert.headline}`);
  if (alert.area) lines.push(`${more}${wording.t('cli.alerts.area', { area: alert.area })}`);
  if (alert.instruction) lines.push(`${more}${alert.instruction.replace(/\s+/g, ' ').slice(0, 300)}`);
  if (alert.link) lines.push(`${more}${alert.link}`);
  return lines.join('\n');
}
