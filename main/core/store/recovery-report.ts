// What opening the database had to do to give the user back their data. The store owns this
// concept; the service, the CLI and the window only pass it on.

export type RecoveryReport = Readonly<{
  /** Why the file could not be used, for a person. */
  reason: string;
  /** Where the damaged file now is; it is never deleted. */
  movedTo: string;
  restoredFromBackup: boolean;
  favouritesRestored: number;
}>;
