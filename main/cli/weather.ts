// `npm run -s weather -- ...`: the engine from a terminal. Places named on the command line are
// fetched directly; everything about favourites goes through the WeatherService and its database.
import { homedir } from 'node:os';
import { APP_VERSION } from '../core/app-version.ts';
import { systemClock } from '../core/clock.ts';
import { defaultDatabasePath } from '../core/data-path.ts';
import { WeatherError, toWeatherError } from '../core/errors.ts';
import type { Dispatcher } from 'undici';
import { createEnvProxyAgent, userAgent } from '../core/http/http-agent.ts';
import { openLogFile, type LogFile } from '../core/log-file.ts';
import { atLeast, createLogger, parseLogLevel, stderrSink, teeSink, type Logger } from '../core/logger.ts';
import type { Place, Weather } from '../core/model/model.ts';
import { createWeatherClient } from '../core/service/weather-client.ts';
import { WeatherService } from '../core/service/weather-service.ts';
import { StoreError } from '../core/store/store-error.ts';
import { API_KEY_ENV, USAGE, UsageError, parseCli, type CliOptions } from './cli-args.ts';
import { cliErrorText, cliLabel } from './cli-error-text.ts';
import { formatTable } from './format-table.ts';
import type { Io } from './io.ts';
import type { PlaceArg } from './place-arg.ts';
import { runStoreCommand, settingsOverrides } from './store-commands.ts';

type Env = Readonly<Record<string, string | undefined>>;

export async function main(argv: readonly string[], env: Env, io: Io): Promise<number> {
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
  let logFile: LogFile | null = null;
  try {
    logFile = options.logFile ? openLogFile({ path: options.logFile }) : null;
  } catch (error) {
    io.err(`weather: cannot write the log file ${options.logFile}: ${(error as Error).message}\n`);
    return 2;
  }
  // HTTPS_PROXY, HTTP_PROXY and NO_PROXY as curl reads them; TLS trusts the OS certificate store.
  const agent = createEnvProxyAgent(env);
  const level = parseLogLevel(env['SKYTRAY_LOG']);
  const toTerminal = atLeast(level ?? 'error', stderrSink);
  const logger = createLogger(logFile ? teeSink(toTerminal, atLeast(level ?? 'info', logFile.sink)) : toTerminal, 'debug', 'weather');
  try {
    if (options.command.kind === 'places') return await fetchPlaces(options.command.places, options, agent, logger, io);
    const service = new WeatherService({
      databasePath: options.db ?? defaultDatabasePath(process.platform, env, homedir()),
      clock: systemClock,
      dispatcher: agent,
      userAgent: userAgent(APP_VERSION),
      logger,
      apiKey: () => options.apiKey,
      autoRefresh: false,
      overrides: settingsOverrides(options),
    });
    try {
      const status = service.status();
      if (status.recovery) io.err(`weather: ${status.recovery.message}\n`);
      if (status.diskProblem) io.err(`weather: ${status.diskProblem}\n`);
      return await runStoreCommand(service, options.command, options, io);
    } finally {
      await service.close();
    }
  } catch (error) {
    // Expected failures are words, never stack traces.
    if (error instanceof StoreError || error instanceof WeatherError) {
      const hint = error instanceof WeatherError && error.code === 'auth' && !options.apiKey ? ` (or set ${API_KEY_ENV})` : '';
      io.err(`weather: ${error instanceof WeatherError ? cliErrorText(error.toInfo()) : error.message}${hint}\n`);
      return error instanceof WeatherError && error.code === 'invalid-input' ? 2 : 1;
    }
    throw error;
  } finally {
    await agent.close();
    logFile?.close();
  }
}

type Outcome =
  | Readonly<{ query: string; place: Place; weather: Weather; error: null }>
  | Readonly<{ query: string; place: Place | null; weather: null; error: WeatherError }>;

async function fetchPlaces(
  queries: readonly PlaceArg[],
  options: CliOptions,
  agent: Dispatcher,
  logger: Logger,
  io: Io,
): Promise<number> {
  const units = options.units ?? 'metric';
  const client = createWeatherClient({
    config: { provider: options.provider ?? 'open-meteo', forecastUrl: options.forecastUrl, geocodingUrl: options.geocodingUrl, apiKey: options.apiKey },
    dispatcher: agent,
    userAgent: userAgent(APP_VERSION),
    clock: systemClock,
    logger,
  });
  try {
    const outcomes = await Promise.all(
      queries.map(async ({ query, place: typed }): Promise<Outcome> => {
        let place: Place | null = typed;
        try {
          place ??= await client.resolvePlace(query);
          const [result] = await client.fetcher.getWeather([place], { units, priority: 'user' });
          if (result?.ok) return { query, place, weather: result.weather, error: null };
          throw result?.error ?? new WeatherError('malformed', 'No result.');
        } catch (error) {
          return { query, place, weather: null, error: toWeatherError(error) };
        }
      }),
    );
    if (options.json) {
      const entries = outcomes.map((o) => ({ query: o.query, place: o.place, weather: o.weather, error: o.error ? { ...o.error.toInfo(), message: cliErrorText(o.error.toInfo()) } : null }));
      io.out(`${JSON.stringify(entries, null, 2)}\n`);
    } else {
      const rows = outcomes.flatMap((o) => (o.error === null ? [{ place: o.place, weather: o.weather }] : []));
      if (rows.length) io.out(`${formatTable(rows)}\n`);
    }
    for (const o of outcomes) if (o.error) io.err(`weather: ${cliLabel(o.query)}: ${cliErrorText(o.error.toInfo())}\n`);
    return outcomes.every((o) => o.error === null) ? 0 : 1;
  } finally {
    client.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2), process.env, {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  });
}
