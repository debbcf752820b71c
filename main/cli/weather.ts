// `npm run -s weather -- ...`: the engine from a terminal. Places named on the command line are
// fetched directly; everything about favourites goes through the WeatherService and its database.
import { homedir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { APP_VERSION } from '../core/app-version.ts';
import { systemClock, type Clock } from '../core/clock.ts';
import { defaultDatabasePath } from '../core/data-path.ts';
import { WeatherError } from '../core/errors.ts';
import { createEnvProxyAgent, userAgent } from '../core/http/http-agent.ts';
import { openLogFile, type LogFile } from '../core/log-file.ts';
import { atLeast, createLogger, parseLogLevel, stderrSink, teeSink } from '../core/logger.ts';
import { WeatherService } from '../core/service/weather-service.ts';
import { StoreError } from '../core/store/store-error.ts';
import { printAlerts } from './alerts-command.ts';
import { API_KEY_ENV, USAGE, UsageError, parseCli, type CliOptions } from './cli-args.ts';
import { cliErrorText } from './cli-error-text.ts';
import { printPlaceWeather } from './place-weather.ts';
import type { Io } from './io.ts';
import { runStoreCommand, settingsOverrides } from './store-commands.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** Runs one command; `clock` is the system's except in tests. Resolves with the exit status. */
export async function main(argv: readonly string[], env: Env, io: Io, clock: Clock = systemClock): Promise<number> {
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
    const deps = { dispatcher: agent, clock, logger };
    if (options.command.kind === 'places') return await printPlaceWeather(options.command.places, options, deps, io);
    if (options.command.kind === 'alerts' && options.command.places.length) return await printAlerts(options.command.places, null, options, deps, io);
    const service = new WeatherService({
      databasePath: options.db ?? defaultDatabasePath(process.platform, env, homedir()),
      clock,
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
      if (options.command.kind === 'alerts')
        return await printAlerts([], { places: service.listFavourites().map((f) => f.place), settings: service.getSettings() }, options, deps, io);
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

// Compared as URLs: on Windows argv[1] is D:\..., and a path with spaces is percent-encoded in a URL.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), process.env, {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  });
}
