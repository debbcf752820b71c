// A start that fails must never leave an invisible process behind: one holding the
// single-instance lock with no tray and no window would make every later launch quit silently.
// The person gets a native error box with what to do, in their system's language (the Settings
// may be what failed to open), the log gets the cause, the process exits.
import { app, dialog } from 'electron';
import { WeatherError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import { StoreError, type StoreErrorCode } from '../core/store/store-error.ts';
import { errorText } from '../wording/error-text.ts';
import { storeText } from '../wording/store-text.ts';
import { wordingFor, type Wording } from '../wording/wording.ts';

type StartupFailure = Readonly<{ title: string; message: string }>;

const causeOf = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/** The system's languages: getPreferredSystemLanguages() needs no 'ready' (app docs say so only of getSystemLocale). */
const systemWording = (): Wording => wordingFor(app.getPreferredSystemLanguages());

/** What to do, per store problem; a newer schema's message already says: update Skytray. */
type StoreAdvice = 'dialog.startup.storeNewer' | 'dialog.startup.storeDisk' | 'dialog.startup.storeCorrupt' | 'dialog.startup.storeOther';
const STORE_ADVICE: Readonly<Record<StoreErrorCode, StoreAdvice>> = {
  'newer-schema': 'dialog.startup.storeNewer',
  disk: 'dialog.startup.storeDisk',
  corrupt: 'dialog.startup.storeCorrupt',
  busy: 'dialog.startup.storeOther',
  'not-found': 'dialog.startup.storeOther',
  'invalid-input': 'dialog.startup.storeOther',
};

/**
 * What the error box says. A WeatherError is worded from its code (errorText), a StoreError from
 * its code too (storeText): their English messages are for the log, which gets the cause.
 */
function describeStartupFailure(error: unknown, logPath: string | null, wording: Wording): StartupFailure {
  const { t } = wording;
  const details = logPath ? t('dialog.startup.detailsInLog', { path: logPath }) : t('dialog.startup.detailsInTerminal');
  const dataTitle = t('dialog.startup.dataTitle');
  if (error instanceof StoreError) {
    return { title: dataTitle, message: t(STORE_ADVICE[error.code], { problem: storeText(wording, error), details }) };
  }
  const failedTitle = t('dialog.startup.failedTitle');
  if (error instanceof WeatherError)
    return { title: failedTitle, message: t('dialog.startup.engine', { problem: errorText(wording, error, { retrying: false }), details }) };
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    // The file system refused (a folder where a file should be, permissions, a full disk).
    return { title: dataTitle, message: t('dialog.startup.files', { problem: (error as Error).message, details }) };
  }
  return { title: failedTitle, message: t('dialog.startup.unexpected', { problem: causeOf(error), details }) };
}

/** Tells the person, logs the cause, gives up the single-instance lock and exits. */
export function failStartup(error: unknown, logger: Logger, logPath: string | null, wording: Wording = systemWording()): void {
  const code = (error as { code?: unknown }).code;
  exitWithBox(describeStartupFailure(error, logPath, wording), logger, { cause: causeOf(error), code: code === undefined ? null : String(code) });
}

/** The data folder cannot be created or written: nothing else can work, not even the log. `folder` null: unknown. */
export function failUnwritableDataFolder(folder: string | null, problem: string, logger: Logger, { t }: Wording = systemWording()): void {
  const message = t('dialog.startup.unwritableFolder', { folder: folder ?? t('dialog.startup.unknownFolder'), problem });
  exitWithBox({ title: t('dialog.startup.dataTitle'), message }, logger, { cause: problem, code: null });
}

function exitWithBox(failure: StartupFailure, logger: Logger, fields: Readonly<{ cause: string; code: string | null }>): void {
  // The log stays English: the cause and the code in its fields say what happened.
  logger.error('start-up failed', fields);
  // Usable before 'ready' (dialog docs); on Linux before 'ready' it prints to stderr instead.
  dialog.showErrorBox(failure.title, failure.message);
  app.releaseSingleInstanceLock();
  // exit(), not quit(): nothing was built that needs an orderly shutdown, and quit() can be
  // cancelled by a before-quit listener that assumes a running app.
  app.exit(1);
}
