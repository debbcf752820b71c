// Command-line options for `weather`: parsed and checked, or a usage error that says what is wrong.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { AlertOrigins } from '../core/alerts/alert-sources.ts';
import { WeatherError } from '../core/errors.ts';
import { PROVIDER_IDS, type ProviderId, type UnitSystem } from '../core/model/model.ts';
import { checkOrigin } from '../core/providers/provider-config.ts';
import { parsePlaceArg, type PlaceArg } from './place-arg.ts';
import { UsageError } from './usage-error.ts';

export { UsageError };

export type Command =
  | Readonly<{ kind: 'places'; places: readonly PlaceArg[] }>
  /** No places: the favourites. */
  | Readonly<{ kind: 'alerts'; places: readonly PlaceArg[] }>
  | Readonly<{ kind: 'show' }>
  | Readonly<{ kind: 'refresh' }>
  | Readonly<{ kind: 'favourites'; action: 'list' }>
  | Readonly<{ kind: 'favourites'; action: 'add'; place: PlaceArg }>
  | Readonly<{ kind: 'favourites'; action: 'remove' | 'primary'; id: number }>
  | Readonly<{ kind: 'favourites'; action: 'move'; id: number; position: number }>;

export type CliOptions = Readonly<{
  command: Command;
  /** Null when not given: use the saved setting (store commands) or the default. */
  provider: ProviderId | null;
  forecastUrl: string | null;
  geocodingUrl: string | null;
  /** Where the warnings services live, for those given. */
  alertUrls: AlertOrigins;
  airQualityUrl: string | null;
  units: UnitSystem | null;
  apiKey: string | null;
  json: boolean;
  db: string | null;
  /** Also write the log, as JSON lines, to this file. */
  logFile: string | null;
  help: boolean;
}>;

export const API_KEY_ENV = 'SKYTRAY_OWM_API_KEY';

export const USAGE = `Usage:
  weather [options] place ...            the weather for these places, now
  weather [options]                      your favourites with their saved weather (refreshed when stale)
  weather [options] refresh              refresh every favourite now
  weather [options] alerts [place ...]   official warnings in force there (default: your favourites)
  weather [options] favourites list
  weather [options] favourites add PLACE
  weather [options] favourites remove ID
  weather [options] favourites move ID POSITION    (positions count from 1)
  weather [options] favourites primary ID          (the place the tray shows)

A place is a name ("Berlin", "Springfield, Illinois") or coordinates ("52.52,13.41", "-33.87,151.21").

Options:
  --db PATH              the database (default: the one the Skytray app uses)
  --provider NAME        open-meteo (no key) or openweathermap; default: saved setting, else open-meteo
  --forecast-url ORIGIN  where the forecast API lives, e.g. http://127.0.0.1:8089
  --geocoding-url ORIGIN where the place search API lives
  --nws-url ORIGIN       where the US National Weather Service API lives (default https://api.weather.gov)
  --metalerts-url ORIGIN where MET Norway's API lives (default https://api.met.no)
  --meteoalarm-url ORIGIN where MeteoAlarm's feeds live (default https://feeds.meteoalarm.org)
  --air-quality-url ORIGIN where Open-Meteo's air-quality API lives
  --units SYSTEM         metric or imperial; default: saved setting, else metric
  --api-key KEY          OpenWeatherMap key (or set ${API_KEY_ENV})
  --json                 print JSON instead of a table
  --log-file PATH        also write the log (JSON lines) to this file; SKYTRAY_LOG=debug for more
  -h, --help             show this help

With --json, each place of "weather place ..." also carries its "alerts" and "airQuality".

Exit status: 0 success, 1 some place failed (for alerts: a warnings service did not answer), 2 usage error.`;

function wholeNumber(value: string | undefined, what: string, min: number): number {
  const n = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || n < min) throw new UsageError(`${what} must be a whole number of at least ${min}, got "${value ?? ''}"`);
  return n;
}

function parseCommand(positionals: readonly string[]): Command {
  const [first, action, ...rest] = positionals;
  if (first === undefined) return { kind: 'show' };
  if (first === 'refresh') {
    if (positionals.length > 1) throw new UsageError('refresh takes no place: it refreshes every favourite (for the weather somewhere, leave out "refresh")');
    return { kind: 'refresh' };
  }
  if (first === 'alerts') return { kind: 'alerts', places: positionals.slice(1).map(parsePlaceArg) };
  if (first !== 'favourites') return { kind: 'places', places: positionals.map(parsePlaceArg) };
  const arity = (n: number): void => {
    if (rest.length !== n) throw new UsageError(`favourites ${action} takes ${n === 0 ? 'no arguments' : `${n} argument${n > 1 ? 's' : ''}`}`);
  };
  switch (action) {
    case undefined:
    case 'list':
      arity(0);
      return { kind: 'favourites', action: 'list' };
    case 'add':
      if (rest.length === 0) throw new UsageError('favourites add needs a place, e.g. favourites add "Springfield, Illinois"');
      return { kind: 'favourites', action: 'add', place: parsePlaceArg(rest.join(' ')) };
    case 'remove':
    case 'primary':
      arity(1);
      return { kind: 'favourites', action, id: wholeNumber(rest[0], 'ID', 1) };
    case 'move':
      arity(2);
      return { kind: 'favourites', action, id: wholeNumber(rest[0], 'ID', 1), position: wholeNumber(rest[1], 'POSITION', 1) };
    default:
      throw new UsageError(`unknown favourites action "${action}": use list, add, remove, move or primary`);
  }
}

const OPTIONS = {
  provider: { type: 'string' },
  'forecast-url': { type: 'string' },
  'geocoding-url': { type: 'string' },
  'nws-url': { type: 'string' },
  'metalerts-url': { type: 'string' },
  'meteoalarm-url': { type: 'string' },
  'air-quality-url': { type: 'string' },
  units: { type: 'string' },
  'api-key': { type: 'string' },
  db: { type: 'string' },
  'log-file': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsOptionsConfig;

/** String options: the argument after one of these is its value, even when it starts with "-". */
const STRING_OPTIONS = new Set(Object.entries(OPTIONS).flatMap(([name, option]) => (option.type === 'string' ? [`--${name}`] : [])));
/** "-33.87,151.21" or "-33.87": a number, not an option. */
const NEGATIVE_NUMBER = /^-\.?\d/;

/**
 * Options first, then every place after "--", in the order typed: parseArgs alone would take
 * negative coordinates for options.
 */
function separatePlaces(argv: readonly string[]): string[] {
  const options: string[] = [];
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    // As --name=value, which parseArgs takes even when the value starts with a dash.
    if (STRING_OPTIONS.has(arg) && i + 1 < argv.length) options.push(`${arg}=${argv[++i] ?? ''}`);
    else if (arg.startsWith('-') && !NEGATIVE_NUMBER.test(arg)) options.push(arg);
    else positionals.push(arg);
  }
  return [...options, '--', ...positionals];
}

/** An http(s) origin (and optional path), checked as the settings check it, or a usage error. */
function origin(value: string, option: string): string {
  try {
    return checkOrigin(value, option);
  } catch (error) {
    if (error instanceof WeatherError) throw new UsageError(error.message);
    throw error;
  }
}

export function parseCli(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: separatePlaces(argv),
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.provider !== undefined && !PROVIDER_IDS.includes(values.provider as ProviderId)) {
    throw new UsageError(`--provider must be one of ${PROVIDER_IDS.join(', ')}, got "${values.provider}"`);
  }
  if (values.units !== undefined && values.units !== 'metric' && values.units !== 'imperial') {
    throw new UsageError(`--units must be metric or imperial, got "${values.units}"`);
  }
  if (values.db !== undefined && values.db.trim() === '') throw new UsageError('--db needs a file path');
  if (values['log-file'] !== undefined && values['log-file'].trim() === '') throw new UsageError('--log-file needs a file path');
  return {
    command: parseCommand(positionals),
    provider: (values.provider as ProviderId | undefined) ?? null,
    forecastUrl: values['forecast-url'] ?? null,
    geocodingUrl: values['geocoding-url'] ?? null,
    alertUrls: {
      ...(values['nws-url'] === undefined ? {} : { nws: origin(values['nws-url'], '--nws-url') }),
      ...(values['metalerts-url'] === undefined ? {} : { metalerts: origin(values['metalerts-url'], '--metalerts-url') }),
      ...(values['meteoalarm-url'] === undefined ? {} : { meteoalarm: origin(values['meteoalarm-url'], '--meteoalarm-url') }),
    },
    airQualityUrl: values['air-quality-url'] === undefined ? null : origin(values['air-quality-url'], '--air-quality-url'),
    units: values.units ?? null,
    apiKey: values['api-key'] ?? env[API_KEY_ENV] ?? null,
    json: values.json,
    db: values.db ?? null,
    logFile: values['log-file'] ?? null,
    help: values.help,
  };
}
