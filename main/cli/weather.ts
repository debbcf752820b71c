// `npm run -s weather -- [options] [place ...]`: the engine from a terminal.
import { systemClock } from '../core/clock.ts';
import { WeatherError, toWeatherError } from '../core/errors.ts';
import { createHttpAgent, userAgent } from '../core/http/http-agent.ts';
import { createLogger, stderrSink } from '../core/logger.ts';
import type { Place, Weather } from '../core/model.ts';
import { createWeatherClient } from '../core/weather-client.ts';
import { API_KEY_ENV, USAGE, UsageError, parseCli, type CliOptions } from './cli-args.ts';
import { formatTable } from './format-table.ts';

export const VERSION = '0.1.0';

type Outcome =
  | Readonly<{ query: string; place: Place; weather: Weather; error: null }>
  | Readonly<{ query: string; place: Place | null; weather: null; error: WeatherError }>;

export type Io = Readonly<{ out: (text: string) => void; err: (text: string) => void }>;

export async function main(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, io: Io): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCli(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`weather: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }

  const agent = createHttpAgent();
  const logger = createLogger(stderrSink, env['SKYTRAY_LOG'] === 'debug' ? 'debug' : 'warn', 'weather');
  let client;
  try {
    client = createWeatherClient({
      config: { provider: options.provider, forecastUrl: options.forecastUrl, geocodingUrl: options.geocodingUrl, apiKey: options.apiKey },
      dispatcher: agent,
      userAgent: userAgent(VERSION),
      clock: systemClock,
      logger,
    });
  } catch (error) {
    const e = toWeatherError(error);
    io.err(`weather: ${e.message}${options.provider === 'openweathermap' && !options.apiKey ? ` (or set ${API_KEY_ENV})` : ''}\n`);
    await agent.close();
    return e.code === 'invalid-input' ? 2 : 1;
  }

  try {
    const outcomes = await Promise.all(
      options.places.map(async (query): Promise<Outcome> => {
        let place: Place | null = null;
        try {
          place = await client.resolvePlace(query);
          const [result] = await client.fetcher.getWeather([place], { units: options.units, priority: 'user' });
          if (result?.ok) return { query, place, weather: result.weather, error: null };
          throw result?.error ?? new WeatherError('malformed', 'No result.');
        } catch (error) {
          return { query, place, weather: null, error: toWeatherError(error) };
        }
      }),
    );
    report(outcomes, options, io);
    return outcomes.every((o) => o.error === null) ? 0 : 1;
  } finally {
    client.close();
    await agent.close();
  }
}

function report(outcomes: readonly Outcome[], options: CliOptions, io: Io): void {
  if (options.json) {
    const json = outcomes.map((o) => ({ query: o.query, place: o.place, weather: o.weather, error: o.error?.toInfo() ?? null }));
    io.out(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const rows = outcomes.flatMap((o) => (o.error === null ? [{ place: o.place, weather: o.weather }] : []));
    if (rows.length) io.out(`${formatTable(rows)}\n`);
  }
  for (const o of outcomes) if (o.error) io.err(`weather: ${o.query}: ${o.error.message}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const code = await main(process.argv.slice(2), process.env, {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  });
  process.exitCode = code;
}
