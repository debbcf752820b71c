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
import { LOCALES, cliTags, matchLocale } from '../wording/locales.ts';
import { memoryOnlyText, recoveryText, storeText } from '../wording/store-text.ts';
import { wordingFor, type Wording } from '../wording/wording.ts';
import { API_KEY_ENV, UsageError, langOption, parseCli, usageText, type CliOptions } from './cli-args.ts';
import { cliErrorText } from './cli-error-text.ts';
import { printPlaceWeather } from './place-weather.ts';
import type { Io } from './io.ts';
import { runStoreCommand, settingsOverrides } from './store-commands.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** Every line on stderr starts with the program's name, as Unix tools do. */
const PROGRAM = 'weather';

/** The POSIX variables that name the language, in the order they count. */
function posixLocale(env: Env): Readonly<{ LC_ALL?: string | undefined; LC_MESSAGES?: string | undefined; LANG?: string | undefined }> {
  return { LC_ALL: env['LC_ALL'], LC_MESSAGES: env['LC_MESSAGES'], LANG: env['LANG'] };
}

/**
 * The Wording of `--lang`, else of the environment's locale, else English. A `--lang` Skytray does
 * not speak is a usage error rather than a quiet fallback: the person typed it and should know.
 */
function cliWording(argv: readonly string[], env: Env): Wording | UsageError {
  const lang = langOption(argv);
  if (lang === '') return new UsageError((w) => w.t('cli.usage.missingValue', { option: '--lang' }));
  if (lang !== undefined && !matchLocale(lang)) {
    return new UsageError((w) => w.t('cli.unknownLanguage', { lang, languages: w.list(LOCALES) }));
  }
  return wordingFor(cliTags({ lang, ...posixLocale(env) }));
}

function usageFailure(error: UsageError, wording: Wording, io: Io): number {
  io.err(`${PROGRAM}: ${error.text(wording)}\n\n${usageText(wording)}\n`);
  return 2;
}

/** Runs one command; `clock` is the system's except in tests. Resolves with the exit status. */
export async function main(argv: readonly string[], env: Env, io: Io, clock: Clock = systemClock): Promise<number> {
  const chosen = cliWording(argv, env);
  if (chosen instanceof UsageError) return usageFailure(chosen, wordingFor(cliTags(posixLocale(env))), io);
  const wording = chosen;
  let options: CliOptions;
  try {
    options = parseCli(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return usageFailure(error, wording, io);
  }
  if (options.help) {
    io.out(`${usageText(wording)}\n`);
    return 0;
  }
  let logFile: LogFile | null = null;
  try {
    logFile = options.logFile ? openLogFile({ path: options.logFile }) : null;
  } catch (error) {
    io.err(`${PROGRAM}: ${wording.t('cli.logFileUnwritable', { path: options.logFile ?? '', reason: (error as Error).message })}\n`);
    return 2;
  }
  // HTTPS_PROXY, HTTP_PROXY and NO_PROXY as curl reads them; TLS trusts the OS certificate store.
  const agent = createEnvProxyAgent(env);
  const level = parseLogLevel(env['SKYTRAY_LOG']);
  const toTerminal = atLeast(level ?? 'error', stderrSink);
  const logger = createLogger(logFile ? teeSink(toTerminal, atLeast(level ?? 'info', logFile.sink)) : toTerminal, 'debug', 'weather');
  try {
    const deps = { dispatcher: agent, clock, logger, wording };
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
      // The store's own English sentences went to the log; the person reads the catalogue's.
      if (status.recovery) io.err(`${PROGRAM}: ${recoveryText(wording, status.recovery)}\n`);
      if (status.diskProblem) io.err(`${PROGRAM}: ${memoryOnlyText(wording, status.databasePath)}\n`);
      if (options.command.kind === 'alerts')
        return await printAlerts([], { places: service.listFavourites().map((f) => f.place), settings: service.getSettings() }, options, deps, io);
      return await runStoreCommand(service, options.command, options, { io, wording });
    } finally {
      await service.close();
    }
  } catch (error) {
    // Expected failures are words, never stack traces.
    if (error instanceof WeatherError) {
      const keyMissing = error.detail?.kind === 'api-key-missing' && !options.apiKey;
      io.err(`${PROGRAM}: ${keyMissing ? wording.t('cli.apiKeyMissing', { env: API_KEY_ENV }) : cliErrorText(wording, error)}\n`);
      return error.code === 'invalid-input' ? 2 : 1;
    }
    if (error instanceof StoreError) {
      // Warn, not error: the terminal shows errors, and the person has just read this in their language.
      logger.warn(error.message, { code: error.code });
      io.err(`${PROGRAM}: ${storeText(wording, error)}\n`);
      return 1;
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
