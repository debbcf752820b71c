// The Store decides what is backed up: the user's own data (favourites, settings), not caches.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../main/core/logger.ts';
import { DEFAULT_SETTINGS } from '../../../main/core/model/settings.ts';
import { listFavourites } from '../../../main/core/store/favourites-repo.ts';
import { backupPathFor } from '../../../main/core/store/open-database.ts';
import { loadSettings } from '../../../main/core/store/settings-repo.ts';
import { Store } from '../../../main/core/store/store.ts';
import { place } from '../../support/engine.ts';
import { weatherFor } from '../../support/snapshots.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'skytray-store-'));
  dirs.push(dir);
  return join(dir, 'skytray.db');
}

/** Runs `change` on a fresh store and returns what its backup holds afterwards. */
async function backupAfter(
  path: string,
  change: (store: Store) => void,
): Promise<Readonly<{ names: string[]; units: string; snapshots: number; searches: number; events: number }>> {
  const store = new Store({ path, logger: silentLogger, now: () => 1 });
  change(store);
  await store.close();
  const backup = new Database(backupPathFor(path), { readonly: true });
  try {
    const count = (table: string): number => (backup.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      names: listFavourites(backup).map((f) => f.place.name),
      units: loadSettings(backup, silentLogger).units,
      snapshots: count('snapshots'),
      searches: count('geocode_cache'),
      events: count('fetch_events'),
    };
  } finally {
    backup.close();
  }
}

describe('Store backup policy', () => {
  it('backs up every change to favourites and settings', async () => {
    const path = tempPath();
    expect(await backupAfter(path, (s) => s.addFavourite(place('Berlin'), 1))).toMatchObject({ names: ['Berlin'] });
    expect(await backupAfter(path, (s) => s.saveSettings({ ...DEFAULT_SETTINGS, units: 'imperial' }))).toMatchObject({ names: ['Berlin'], units: 'imperial' });
    const reading = new Store({ path, logger: silentLogger, now: () => 1 });
    const [berlin] = reading.listFavourites();
    await reading.close();
    if (!berlin) throw new Error('Berlin was not kept');
    expect(await backupAfter(path, (s) => s.removeFavourite(berlin.id))).toMatchObject({ names: [] });
    expect(await backupAfter(path, (s) => s.restoreFavourite(berlin))).toMatchObject({ names: ['Berlin'] });
  });

  it('does not back up caches: snapshots, searches and the request log', async () => {
    const path = tempPath();
    await backupAfter(path, (s) => s.addFavourite(place('Berlin'), 1));
    const after = await backupAfter(path, (s) => {
      s.saveSnapshot(1, weatherFor(place('Berlin')), 2);
      s.cacheSearch('open-meteo', 'en', 'berlin', [place('Berlin')], 1);
      s.recordFetchEvent({ provider: 'Open-Meteo', url: 'u', attempt: 1, startedAt: 1, durationMs: 1, status: 200, outcome: 'ok', error: null });
    });
    expect(after).toEqual({ names: ['Berlin'], units: 'metric', snapshots: 0, searches: 0, events: 0 });
  });
});
