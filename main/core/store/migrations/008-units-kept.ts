import type { Migration } from './migration.ts';

export const migration008: Migration = {
  version: 8,
  name: 'units kept for people who had places',
  // Settings are saved only once changed, so a person who never touched them has no `units` row,
  // and the units would now follow their region: a US person who had places in metric (the old
  // default) would find them switched to imperial without asking. Anyone with places saw metric,
  // so that is what they chose. The wind unit stays as it is (no row: the units' own, as before).
  up: `
    INSERT OR REPLACE INTO settings (key, value)
      SELECT 'unitsChosen', 'true'
      WHERE EXISTS (SELECT 1 FROM favourites) AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'units');
    INSERT INTO settings (key, value)
      SELECT 'units', '"metric"'
      WHERE EXISTS (SELECT 1 FROM favourites) AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'units');
  `,
};
