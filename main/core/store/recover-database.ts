// Gives the user back their favourites when the database file cannot be used: the file is moved
// aside (never deleted), then the newest sound backup generation takes its place; when there is
// none, whatever favourites can still be read are saved out of the damaged file.
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import type { Logger } from '../logger.ts';
import { newestUsableBackup } from './backup-generations.ts';
import { temporaryPathFor } from './backup-writer.ts';
import type { RecoveryReport } from './recovery-report.ts';
import { salvageInto } from './salvage.ts';

export type RecoverOptions = Readonly<{
  path: string;
  backupPath: string;
  /** Why the file cannot be used, as a sentence for a person. */
  reason: string;
  logger: Logger;
  now: () => number;
}>;

/** Leaves a usable database at `path` (or none, to start empty) and says what happened. */
export function recoverDatabase({ path, backupPath, reason, logger, now }: RecoverOptions): RecoveryReport {
  const movedTo = existsSync(path) ? moveAside(path, now()) : null;
  const backup = newestUsableBackup(backupPath);
  if (backup) {
    copyInto(backup.path, path);
    const report = { reason, movedTo, restoredFromBackup: true, backupUsed: backup.path, favouritesRestored: backup.favourites, salvaged: false };
    return withMessage(report, logger);
  }
  const saved = movedTo ? salvageInto(movedTo, path, logger) : 0;
  return withMessage({ reason, movedTo, restoredFromBackup: false, backupUsed: null, favouritesRestored: saved, salvaged: saved > 0 }, logger);
}

function withMessage(report: Omit<RecoveryReport, 'message'>, logger: Logger): RecoveryReport {
  const { reason, movedTo, favouritesRestored: n, restoredFromBackup } = report;
  const places = n === 1 ? '1 place was' : `${n} places were`;
  const kept = movedTo ? ` The damaged file was kept as ${movedTo}.` : '';
  const outcome = restoredFromBackup
    ? `${places} restored from the backup.`
    : report.salvaged
      ? `There was no usable backup; ${places} saved from the damaged file.`
      : 'There was no usable backup and no places could be read, so Skytray starts empty.';
  const message = `${reason} ${outcome}${kept}`;
  logger.warn(message);
  return { ...report, message };
}

function moveAside(path: string, stamp: number): string {
  const target = `${path}.damaged-${stamp}`;
  renameSync(path, target);
  // The WAL belongs to the damaged file; left in place it would be replayed into the new one.
  for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix);
  return target;
}

/** Copies through a temporary file, so `path` is never a half-written copy. */
function copyInto(source: string, path: string): void {
  const temporary = temporaryPathFor(path);
  try {
    copyFileSync(source, temporary);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
