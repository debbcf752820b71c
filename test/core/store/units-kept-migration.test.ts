// Migration 008: a person who had places before the units followed the region keeps the units
// they saw (the old default, metric), rather than having them switched without asking.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../main/core/logger.ts';
import { migrate } from '../../../main/core/store/migrations/index.ts';
import { loadSettings } from '../../../main/core/store/settings-repo.ts';
import { Store } from '../../../main/core/store/store.ts';

const BEFORE_UNITS_KEPT = 7;
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A database file as Skytray at schema 7 left it, with `setUp` run on it. */
function schema7File(setUp: (db: Database.Database) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'skytray-units-'));
  dirs.push(dir);
  const path = join(dir, 'skytray.db');
  const db = new Database(path);
  migrate(db, BEFORE_UNITS_KEPT);
  setUp(db);
  db.close();
  return path;
}

const addBerlin = (db: Database.Database): unknown =>
  db
    .prepare(
      "INSERT INTO favourites (place_id, name, latitude, longitude, timezone, position, is_primary, added_at) VALUES ('open-meteo:1', 'Berlin', 52.5, 13.4, 'Europe/Berlin', 0, 1, 5)",
    )
    .run();

async function settingsOpened(path: string): Promise<ReturnType<typeof loadSettings>> {
  const store = new Store({ path, logger: silentLogger, now: () => 1 });
  await store.close();
  const db = new Database(path, { readonly: true });
  try {
    return loadSettings(db, silentLogger);
  } finally {
    db.close();
  }
}

describe('migration 008', () => {
  it('keeps metric, as chosen, for a person with places and no saved units', async () => {
    const settings = await settingsOpened(schema7File(addBerlin));
    expect(settings).toMatchObject({ units: 'metric', unitsChosen: true, windUnit: null });
  });

  it('leaves a new, empty database to follow the region', async () => {
    const settings = await settingsOpened(schema7File(() => undefined));
    expect(settings.unitsChosen).toBe(false);
  });

  it('leaves units a person saved as they are', async () => {
    const path = schema7File((db) => {
      addBerlin(db);
      const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
      insert.run('units', '"imperial"');
      insert.run('windUnit', '"m/s"');
    });
    expect(await settingsOpened(path)).toMatchObject({ units: 'imperial', unitsChosen: true, windUnit: 'm/s' });
  });
});
