export type Migration = Readonly<{
  /** The `user_version` the database has after this migration. */
  version: number;
  name: string;
  /** SQL run once, inside the transaction that also sets `user_version`. */
  up: string;
}>;
