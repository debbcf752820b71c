// A start that fails must never leave an invisible process behind: one holding the
// single-instance lock with no tray and no window would make every later launch quit silently.
// The person gets a native error box with what to do, the log gets the cause, the process exits.
import { app, dialog } from 'electron';
import { WeatherError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import { StoreError } from '../core/store/store-error.ts';

type StartupFailure = Readonly<{ title: string; message: string }>;

const causeOf = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/** What the error box says: the store's and the engine's messages are written for people. */
function describeStartupFailure(error: unknown, logPath: string | null): StartupFailure {
  const details = logPath ? `The details are in the log: ${logPath}` : 'The details were written to the terminal (the log file could not be opened).';
  if (error instanceof StoreError) {
    const advice =
      error.code === 'newer-schema'
        ? '' // The message already says: update Skytray.
        : error.code === 'disk'
          ? ' Check that the disk has space and that Skytray may write to its folder, then start Skytray again.'
          : error.code === 'corrupt'
            ? ' Skytray could not repair or set aside its database. Move the file away (it keeps your places) and start Skytray again.'
            : ' Start Skytray again; if this keeps happening, please report it with the log.';
    return { title: 'Skytray cannot open its data', message: `${error.message}${advice}\n\n${details}` };
  }
  if (error instanceof WeatherError) return { title: 'Skytray could not start', message: `${error.message}\n\n${details}` };
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    // The file system refused (a folder where a file should be, permissions, a full disk).
    return {
      title: 'Skytray cannot open its data',
      message: `Skytray could not use the files in its data folder (${(error as Error).message}). Check that folder, then start Skytray again.\n\n${details}`,
    };
  }
  return {
    title: 'Skytray could not start',
    message: `Something unexpected went wrong while starting (${causeOf(error)}). Start Skytray again; if this keeps happening, please report it with the log.\n\n${details}`,
  };
}

/** Tells the person, logs the cause, gives up the single-instance lock and exits. */
export function failStartup(error: unknown, logger: Logger, logPath: string | null): void {
  const code = (error as { code?: unknown }).code;
  exitWithBox(describeStartupFailure(error, logPath), logger, { cause: causeOf(error), code: code === undefined ? null : String(code) });
}

/** The data folder cannot be created or written: nothing else can work, not even the log. */
export function failUnwritableDataFolder(folder: string, problem: string, logger: Logger): void {
  const message = `Skytray cannot write to ${folder} (${problem}). Check that this folder exists and that you may write to it, then start Skytray again.`;
  exitWithBox({ title: 'Skytray cannot open its data', message }, logger, { cause: problem, code: null });
}

function exitWithBox(failure: StartupFailure, logger: Logger, fields: Readonly<{ cause: string; code: string | null }>): void {
  logger.error(`start-up failed: ${failure.message.split('\n')[0] ?? ''}`, fields);
  // Usable before 'ready' (dialog docs); on Linux before 'ready' it prints to stderr instead.
  dialog.showErrorBox(failure.title, failure.message);
  app.releaseSingleInstanceLock();
  // exit(), not quit(): nothing was built that needs an orderly shutdown, and quit() can be
  // cancelled by a before-quit listener that assumes a running app.
  app.exit(1);
}
