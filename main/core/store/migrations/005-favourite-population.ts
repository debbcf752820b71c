import type { Migration } from './migration.ts';

export const migration005: Migration = {
  version: 5,
  name: 'favourite population',
  // Place search tells how many people live there (it tells same-named places apart); favourites
  // kept before this version never had it, so theirs is unknown (null), not zero.
  up: `ALTER TABLE favourites ADD COLUMN population INTEGER CHECK (population IS NULL OR population >= 0);`,
};
