// Command-line options for `weather`: parsed and checked, or a usage error that says what is wrong.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { AlertOrigins } from '../core/alerts/alert-sources.ts';
import { WeatherError } from '../core/errors.ts';
import { PROVIDER_IDS, WIND_SPEED_UNITS, type ProviderId, type UnitSystem, type WindSpeedUnit } from '../core/model/model.ts';
import { checkOrigin } from '../core/providers/provider-config.ts';
import { LOCALES } from '../wording/locales.ts';
import type { Wording } from '../wording/wording.ts';
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
  /** Wind in km/h, m/s or mph whatever the units; null: the saved setting, else the system's own. */
  windUnit: WindSpeedUnit | null;
  apiKey: string | null;
  json: boolean;
  db: string | null;
  /** Also write the log, as JSON lines, to this file. */
  logFile: string | null;
  /** The language asked for with --lang; null: the environment's. */
  lang: string | null;
  help: boolean;
}>;

export const API_KEY_ENV = 'SKYTRAY_OWM_API_KEY';

/** `weather --help`, in the Wording's language. */
export function usageText(wording: Wording): string {
  const { t } = wording;
  return [
    t('cli.help.usage'),
    t('cli.help.places'),
    t('cli.help.options', { env: API_KEY_ENV, languages: LOCALES.join(', ') }),
    t('cli.help.json'),
    t('cli.help.exitStatus'),
  ].join('\n\n');
}

function wholeNumber(value: string | undefined, what: string, min: number): number {
  const n = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || n < min) throw new UsageError((w) => w.t('cli.usage.wholeNumber', { what, min, value: value ?? '' }));
  return n;
}

function parseCommand(positionals: readonly string[]): Command {
  const [first, action, ...rest] = positionals;
  if (first === undefined) return { kind: 'show' };
  if (first === 'refresh') {
    if (positionals.length > 1) throw new UsageError((w) => w.t('cli.usage.refreshTakesNoPlace'));
    return { kind: 'refresh' };
  }
  if (first === 'alerts') return { kind: 'alerts', places: positionals.slice(1).map(parsePlaceArg) };
  if (first !== 'favourites') return { kind: 'places', places: positionals.map(parsePlaceArg) };
  const arity = (n: number): void => {
    if (rest.length !== n) throw new UsageError((w) => w.t('cli.usage.favouritesArguments', { action: action ?? 'list', count: n }));
  };
  switch (action) {
    case undefined:
    case 'list':
      arity(0);
      return { kind: 'favourites', action: 'list' };
    case 'add':
      if (rest.length === 0) throw new UsageError((w) => w.t('cli.usage.favouritesAddNeedsPlace'));
      return { kind: 'favourites', action: 'add', place: parsePlaceArg(rest.join(' ')) };
    case 'remove':
    case 'primary':
      arity(1);
      return { kind: 'favourites', action, id: wholeNumber(rest[0], 'ID', 1) };
    case 'move':
      arity(2);
      return { kind: 'favourites', action, id: wholeNumber(rest[0], 'ID', 1), position: wholeNumber(rest[1], 'POSITION', 1) };
    default:
      throw new UsageError((w) => w.t('cli.usage.favouritesAction', { action }));
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
  'wind-unit': { type: 'string' },
  'api-key': { type: 'string' },
  db: { type: 'string' },
  'log-file': { type: 'string' },
  lang: { type: 'string' },
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
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError((w) => w.t('cli.usage.originNotUrl', { option, value: value.slice(0, 80) }));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError((w) => w.t('cli.usage.originScheme', { option, scheme: url.protocol }));
  try {
    return checkOrigin(value, option);
  } catch (error) {
    if (error instanceof WeatherError) throw new UsageError((w) => w.t('cli.usage.originParts', { option }));
    throw error;
  }
}

/** Node's own parse errors, in the person's language: the option is quoted in Node's English message. */
function parseArgsError(error: unknown): UsageError {
  const code = (error as { code?: unknown }).code;
  const message = (error as Error).message;
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? message;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError((w) => w.t('cli.usage.unknownOption', { option }));
  // A string option without its value, or a true/false one given a value.
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new UsageError((w) => w.t(STRING_OPTIONS.has(option) ? 'cli.usage.missingValue' : 'cli.usage.noValue', { option }));
  }
  return new UsageError(() => message);
}

/**
 * The `--lang` typed, if any, read before the rest is checked: the usage errors themselves are
 * said in that language.
 */
export function langOption(argv: readonly string[]): string | undefined {
  const { values } = parseArgs({ args: separatePlaces(argv), allowPositionals: true, strict: false, options: OPTIONS });
  // `--lang` last, with no value, takes the "--" that separatePlaces adds: the full parse says it needs a value.
  return typeof values.lang === 'string' && values.lang !== '--' ? values.lang : undefined;
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
    throw parseArgsError(error);
  }
  const { values, positionals } = parsed;
  if (values.provider !== undefined && !PROVIDER_IDS.includes(values.provider as ProviderId)) {
    const value = values.provider;
    throw new UsageError((w) => w.t('cli.usage.provider', { providers: PROVIDER_IDS.join(', '), value }));
  }
  if (values.units !== undefined && values.units !== 'metric' && values.units !== 'imperial') {
    const value = values.units;
    throw new UsageError((w) => w.t('cli.usage.units', { value }));
  }
  const windUnit = values['wind-unit'];
  if (windUnit !== undefined && !WIND_SPEED_UNITS.includes(windUnit as WindSpeedUnit)) {
    throw new UsageError((w) => w.t('cli.usage.windUnit', { units: WIND_SPEED_UNITS.join(', '), value: windUnit }));
  }
  if (values.db !== undefined && values.db.trim() === '') throw new UsageError((w) => w.t('cli.usage.needsPath', { option: '--db' }));
  if (values['log-file'] !== undefined && values['log-file'].trim() === '') throw new UsageError((w) => w.t('cli.usage.needsPath', { option: '--log-file' }));
  return {
    command: parseCommand(positionals),
    provider: (values.provider as ProviderId | undefined) ?? null,
    forecastUrl: values['forecast-url'] === undefined ? null : origin(values['forecast-url'], '--forecast-url'),
    geocodingUrl: values['geocoding-url'] === undefined ? null : origin(values['geocoding-url'], '--geocoding-url'),
    alertUrls: {
      ...(values['nws-url'] === undefined ? {} : { nws: origin(values['nws-url'], '--nws-url') }),
      ...(values['metalerts-url'] === undefined ? {} : { metalerts: origin(values['metalerts-url'], '--metalerts-url') }),
      ...(values['meteoalarm-url'] === undefined ? {} : { meteoalarm: origin(values['meteoalarm-url'], '--meteoalarm-url') }),
    },
    airQualityUrl: values['air-quality-url'] === undefined ? null : origin(values['air-quality-url'], '--air-quality-url'),
    units: values.units ?? null,
    windUnit: (windUnit as WindSpeedUnit | undefined) ?? null,
    apiKey: values['api-key'] ?? env[API_KEY_ENV] ?? null,
    json: values.json,
    db: values.db ?? null,
    logFile: values['log-file'] ?? null,
    lang: values.lang ?? null,
    help: values.help,
  };
}
