// The app's logger: every record to stderr and to the log file in the OS's logs folder
// (app.getPath('logs'): ~/Library/Logs/Skytray on macOS, inside the user-data folder elsewhere).
// The level comes from SKYTRAY_LOG when set, else from the settings.
import { join } from 'node:path';
import { app } from 'electron';
import { LOG_FILE_NAME, openLogFile, type LogFile } from '../core/log-file.ts';
import { createLogger, parseLogLevel, stderrSink, teeSink, type LogLevel, type Logger } from '../core/logger.ts';

export type AppLog = Readonly<{
  logger: Logger;
  /** The file, or null when it could not be opened (the log then goes to stderr only). */
  path: string | null;
  /** The level the settings ask for; SKYTRAY_LOG, when set, wins. */
  useSettingsLevel(level: LogLevel): void;
  close(): void;
}>;

/** `toStderr` as well as the file (a terminal, the journal); only to stderr when the file cannot be opened. */
export function openAppLog(env: Readonly<Record<string, string | undefined>>, toStderr = true): AppLog {
  const fromEnv = parseLogLevel(env['SKYTRAY_LOG']);
  let level: LogLevel = fromEnv ?? 'info';
  let file: LogFile | null = null;
  let problem: string | null = null;
  try {
    // getPath('logs') creates the folder, and throws when it cannot (app.getPath docs).
    file = openLogFile({ path: join(app.getPath('logs'), LOG_FILE_NAME) });
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  const sink = !file ? stderrSink : toStderr ? teeSink(stderrSink, file.sink) : file.sink;
  const logger = createLogger(sink, () => level, 'skytray');
  if (problem) logger.warn(`the log file could not be opened; logging to stderr only: ${problem}`);
  return {
    logger,
    path: file?.path ?? null,
    useSettingsLevel: (fromSettings) => {
      level = fromEnv ?? fromSettings;
    },
    close: () => file?.close(),
  };
}
