// What opening the database had to do to give the user back their data. The store owns this
// concept; the service, the CLI and the window only pass it on.

export type RecoveryReport = Readonly<{
  /** Why the file could not be used, for a person. */
  reason: string;
  /** Where the damaged file now is (it is never deleted), or null when there was no file. */
  movedTo: string | null;
  restoredFromBackup: boolean;
  /** The backup file the favourites came from, when they came from one. */
  backupUsed: string | null;
  /** How many favourites the user has back, from the backup or saved from the damaged file. */
  favouritesRestored: number;
  /** True when there was no usable backup and the favourites were read out of the damaged file. */
  salvaged: boolean;
  /** The whole story in sentences for a person: what happened, what was kept, where the file is. */
  message: string;
}>;
