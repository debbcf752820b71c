// `weather PLACE ...`: every name is looked up first (in parallel, through the provider's queue),
// then all the places are fetched together, so the fetcher can send them in batches.
import type { Dispatcher } from 'undici';
import { APP_VERSION } from '../core/app-version.ts';
import type { Clock } from '../core/clock.ts';
import { WeatherError, toWeatherError } from '../core/errors.ts';
import { userAgent } from '../core/http/http-agent.ts';
import type { Logger } from '../core/logger.ts';
import { unitsFor, type Place, type Units, type Weather } from '../core/model/model.ts';
import { searchLanguage } from '../core/service/place-search.ts';
import { createWeatherClient, type WeatherClient } from '../core/service/weather-client.ts';
import type { AirQualityJson, AlertsJson } from '../core/alerts/extras-view.ts';
import type { PlaceAlerts } from '../core/alerts/alert-fetcher.ts';
import { airQualityJson, alertsJson, type PlaceExtras } from '../core/alerts/place-extras.ts';
import { placeExtrasClient } from './alerts-command.ts';
import type { CliOptions } from './cli-args.ts';
import { cliErrorInfo, cliErrorText, cliLabel } from './cli-error-text.ts';
import { formatTable } from './format-table.ts';
import type { Io } from './io.ts';
import { uvAndNextHourJson } from './next-hour-json.ts';
import type { PlaceArg } from './place-arg.ts';
import type { Wording } from '../wording/wording.ts';

type Outcome =
  | Readonly<{ query: string; place: Place; weather: Weather; error: null }>
  | Readonly<{ query: string; place: Place | null; weather: null; error: WeatherError }>;

type Found = Readonly<{ query: string; place: Place | null; error: WeatherError | null }>;

export type PlaceWeatherDeps = Readonly<{ dispatcher: Dispatcher; clock: Clock; logger: Logger; wording: Wording }>;

/** The engine's English for the log and --json; a person reads errorText's words for the code. */
const NO_PLACE = 'No place found.'; // i18n-ignore: WeatherError.message stays English
const NO_RESULT = 'No result.'; // i18n-ignore: WeatherError.message stays English

/** Every line on stderr starts with the program's name. */
const PROGRAM = 'weather';

export async function printPlaceWeather(args: readonly PlaceArg[], options: CliOptions, deps: PlaceWeatherDeps, io: Io): Promise<number> {
  const client = createWeatherClient({
    config: { provider: options.provider ?? 'open-meteo', forecastUrl: options.forecastUrl, geocodingUrl: options.geocodingUrl, apiKey: options.apiKey },
    dispatcher: deps.dispatcher,
    userAgent: userAgent(APP_VERSION),
    clock: deps.clock,
    logger: deps.logger,
  });
  const extrasClient = placeExtrasClient(options, deps);
  try {
    let extras: Promise<PlaceExtras[]> = Promise.resolve([]);
    let tableAlerts: Promise<PlaceAlerts[]> = Promise.resolve([]);
    // Place names are data: --json asks in English so it stays the same in every language; the table
    // asks in the person's language, as the window does.
    const language = options.json ? 'en' : searchLanguage(deps.wording.locale);
    const outcomes = await fetchAll(client, args, { units: unitsFor(options.units ?? 'metric', options.windUnit), language }, (places) => {
      if (options.json) extras = extrasClient.extrasFor(places, { priority: 'user' });
      else tableAlerts = extrasClient.alerts.alertsFor(places, { priority: 'user' });
    });
    const now = deps.clock.now();
    if (options.json) {
      // Warnings and air quality never change the exit status: a failing source is reported in place.
      const byPlace = new Map((await extras).map((e) => [e.place, e]));
      const entries = outcomes.map((o) => ({
        query: o.query,
        place: o.place,
        weather: o.weather,
        ...uvAndNextHourJson(o.weather, now),
        error: o.error ? cliErrorInfo(o.error.toInfo()) : null,
        ...extrasJson(o.place ? byPlace.get(o.place) : undefined),
      }));
      io.out(`${JSON.stringify(entries, null, 2)}\n`);
    } else {
      const alertsByPlace = new Map((await tableAlerts).map((a) => [a.place, a]));
      const rows = outcomes.flatMap((o) => (o.error === null ? [{ place: o.place, weather: o.weather, alerts: alertsByPlace.get(o.place) ?? null }] : []));
      if (rows.length) io.out(`${formatTable(rows, deps.wording)}\n`);
    }
    for (const o of outcomes) if (o.error) io.err(`${PROGRAM}: ${cliLabel(o.query)}: ${cliErrorText(deps.wording, o.error)}\n`);
    return outcomes.every((o) => o.error === null) ? 0 : 1;
  } finally {
    client.close();
    extrasClient.close();
  }
}

function extrasJson(extras: PlaceExtras | undefined): Readonly<{ alerts: AlertsJson | null; airQuality: AirQualityJson | null }> {
  if (!extras) return { alerts: null, airQuality: null };
  const alerts = alertsJson(extras.alerts);
  const airQuality = airQualityJson(extras.airQuality);
  return {
    alerts: { ...alerts, error: alerts.error && cliErrorInfo(alerts.error) },
    airQuality: { ...airQuality, error: airQuality.error && cliErrorInfo(airQuality.error) },
  };
}

/** `alongside` starts with the weather requests, on the same places (warnings and air quality for --json). */
async function fetchAll(
  client: WeatherClient,
  args: readonly PlaceArg[],
  { units, language }: Readonly<{ units: Units; language: string }>,
  alongside: (places: readonly Place[]) => void,
): Promise<Outcome[]> {
  const found = await Promise.all(
    args.map(async ({ query, place }): Promise<Found> => {
      if (place) return { query, place, error: null };
      try {
        return { query, place: await client.resolvePlace(query, undefined, language), error: null };
      } catch (error) {
        return { query, place: null, error: toWeatherError(error) };
      }
    }),
  );
  const places = found.flatMap((f) => (f.place && !f.error ? [f.place] : []));
  alongside(places);
  const results = await client.fetcher.getWeather(places, { units, priority: 'user' });
  let next = 0;
  return found.map((f): Outcome => {
    if (f.error || !f.place) return { query: f.query, place: f.place, weather: null, error: f.error ?? new WeatherError('not-found', NO_PLACE) };
    const result = results[next++];
    if (result?.ok) return { query: f.query, place: f.place, weather: result.weather, error: null };
    return { query: f.query, place: f.place, weather: null, error: result?.error ?? new WeatherError('malformed', NO_RESULT) };
  });
}
