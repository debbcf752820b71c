// Command-line options for `weather`: parsed and checked, or a usage error that says what is wrong.
import { parseArgs } from 'node:util';
import { PROVIDER_IDS, type ProviderId, type UnitSystem } from '../core/model.ts';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export type CliOptions = Readonly<{
  places: readonly string[];
  provider: ProviderId;
  forecastUrl: string | null;
  geocodingUrl: string | null;
  units: UnitSystem;
  apiKey: string | null;
  json: boolean;
  help: boolean;
}>;

export const API_KEY_ENV = 'SKYTRAY_OWM_API_KEY';

export const USAGE = `Usage: weather [options] [place ...]

Prints the current weather and forecast for each place: a name ("Berlin", "Springfield, Illinois")
or coordinates ("52.52,13.41").

Options:
  --provider NAME        open-meteo (default, no key) or openweathermap
  --forecast-url ORIGIN  where the forecast API lives, e.g. http://127.0.0.1:8089
  --geocoding-url ORIGIN where the place search API lives
  --units SYSTEM         metric (default) or imperial
  --api-key KEY          OpenWeatherMap key (or set ${API_KEY_ENV})
  --json                 print JSON instead of a table
  -h, --help             show this help

Exit status: 0 every place succeeded, 1 some place failed, 2 usage error.`;

export function parseCli(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        provider: { type: 'string', default: 'open-meteo' },
        'forecast-url': { type: 'string' },
        'geocoding-url': { type: 'string' },
        units: { type: 'string', default: 'metric' },
        'api-key': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const provider = values.provider as ProviderId;
  if (!PROVIDER_IDS.includes(provider)) {
    throw new UsageError(`--provider must be one of ${PROVIDER_IDS.join(', ')}, got "${values.provider}"`);
  }
  if (values.units !== 'metric' && values.units !== 'imperial') {
    throw new UsageError(`--units must be metric or imperial, got "${values.units}"`);
  }
  const places = positionals.map((p) => p.trim()).filter(Boolean);
  if (!values.help && places.length === 0) throw new UsageError('name at least one place, e.g. weather Berlin');
  return {
    places,
    provider,
    forecastUrl: values['forecast-url'] ?? null,
    geocodingUrl: values['geocoding-url'] ?? null,
    units: values.units,
    apiKey: values['api-key'] ?? env[API_KEY_ENV] ?? null,
    json: values.json,
    help: values.help,
  };
}
