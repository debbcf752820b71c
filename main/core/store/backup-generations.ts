// A few generations of backups, newest first: skytray.db.backup, then .backup.1, .backup.2. A new
// backup replaces the newest only when it holds at least as many favourites; one with fewer (the
// user removed a place, or the database lost its data) becomes a new generation, and the older
// ones, which still have the place, move down instead of being written over. Restoring takes the
// newest generation that is sound.
import { existsSync, renameSync } from 'node:fs';
import { countFavourites, hasNoSchema, integrityProblem, readDatabaseFile } from './database-copy.ts';

/** How many backups are kept, newest first. */
const BACKUP_GENERATIONS = 3;

/** The backup files, newest first. */
export const backupGenerationPaths = (backupPath: string): string[] =>
  Array.from({ length: BACKUP_GENERATIONS }, (_, i) => (i === 0 ? backupPath : `${backupPath}.${i}`));

type UsableBackup = Readonly<{ path: string; favourites: number }>;

/** The backup at `path` if it is a sound Skytray database, else null. */
function usable(path: string): UsableBackup | null {
  if (!existsSync(path)) return null;
  try {
    const db = readDatabaseFile(path);
    try {
      if (integrityProblem(db) || hasNoSchema(db)) return null;
      return { path, favourites: countFavourites(db) };
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/** The newest generation that passes the integrity check, or null when none does. */
export function newestUsableBackup(backupPath: string): UsableBackup | null {
  for (const path of backupGenerationPaths(backupPath)) {
    const backup = usable(path);
    if (backup) return backup;
  }
  return null;
}

export const anyBackupExists = (backupPath: string): boolean => backupGenerationPaths(backupPath).some((path) => existsSync(path));

/**
 * Makes the finished backup at `temporary` the newest generation. Each step is a rename, so a
 * crash between two leaves every file whole; restoring then takes the newest sound one.
 */
export function publishBackup(temporary: string, backupPath: string): void {
  const paths = backupGenerationPaths(backupPath);
  const fresh = usable(temporary);
  const newest = usable(paths[0]!);
  // A newest generation that cannot be read holds nothing to keep.
  if (fresh && newest && fresh.favourites < newest.favourites) shiftGenerations(paths);
  renameSync(temporary, paths[0]!);
}

/** Moves every generation one step older; the oldest is dropped. */
function shiftGenerations(paths: readonly string[]): void {
  for (let i = paths.length - 2; i >= 0; i--) {
    if (existsSync(paths[i]!)) renameSync(paths[i]!, paths[i + 1]!);
  }
}
