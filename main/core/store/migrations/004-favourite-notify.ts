import type { Migration } from './migration.ts';

export const migration004: Migration = {
  version: 4,
  name: 'per-favourite notifications',
  // Notifications are opt-in per place: existing favourites start with them off.
  up: `ALTER TABLE favourites ADD COLUMN notify INTEGER NOT NULL DEFAULT 0 CHECK (notify IN (0, 1));`,
};
