// The backup is never replaced by a state with fewer favourites than the user left: that state
// becomes a new generation, and the older ones stay.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../main/core/logger.ts';
import { backupGenerationPaths } from '../../../main/core/store/backup-generations.ts';
import { BackupWriter } from '../../../main/core/store/backup-writer.ts';
import { listFavourites } from '../../../main/core/store/favourites-repo.ts';
import { configure } from '../../../main/core/store/configure-connection.ts';
import { backupPathFor } from '../../../main/core/store/open-database.ts';
import { migrate } from '../../../main/core/store/migrations/index.ts';
import { Store } from '../../../main/core/store/store.ts';
import { favouriteFacts, numberedPlace } from './favourite-fixtures.ts';

const dirs: string[] = [];
function tempPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'skytray-generations-'));
  dirs.push(dir);
  return join(dir, 'skytray.db');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const open = (path: string): Store => new Store({ path, logger: silentLogger, now: () => 1_800_000_000_000 });

/** The favourites in each backup generation, newest first; null where there is none. */
function generations(path: string): (string[] | null)[] {
  return backupGenerationPaths(backupPathFor(path)).map((file) => {
    try {
      const db = new Database(file, { readonly: true, fileMustExist: true });
      const facts = favouriteFacts(listFavourites(db));
      db.close();
      return facts;
    } catch {
      return null;
    }
  });
}

async function storeWith(path: string, count: number): Promise<string[]> {
  const store = open(path);
  for (let i = 0; i < count; i++) store.addFavourite(numberedPlace(i), i);
  const facts = favouriteFacts(store.listFavourites());
  await store.close();
  return facts;
}

describe('backup generations', () => {
  it('an empty database written over a backup of three favourites becomes a new generation', async () => {
    const path = tempPath();
    const three = await storeWith(path, 3);
    const emptied = configure(new Database(`${path}.elsewhere`));
    migrate(emptied);
    const writer = new BackupWriter(backupPathFor(path), silentLogger);
    await writer.request(emptied);
    expect(generations(path)).toEqual([[], three, null]);
    await writer.request(emptied); // the same state again replaces only the newest
    expect(generations(path)).toEqual([[], three, null]);
    emptied.close();
  });

  it('a removal by the user is backed up, and the generation that had the place is kept', async () => {
    const path = tempPath();
    const three = await storeWith(path, 3);
    const store = open(path);
    store.removeFavourite(store.listFavourites()[1]!.id);
    const two = favouriteFacts(store.listFavourites());
    await store.close();
    expect(generations(path)).toEqual([two, three, null]);
  });

  it('keeps three generations at most, newest first', async () => {
    const path = tempPath();
    const facts = [await storeWith(path, 4)];
    const store = open(path);
    for (let i = 0; i < 3; i++) {
      store.removeFavourite(store.listFavourites()[0]!.id);
      await store.backupSettled();
      facts.unshift(favouriteFacts(store.listFavourites()));
    }
    await store.close();
    expect(generations(path)).toEqual(facts.slice(0, 3));
  });

  it('restoring takes the newest generation that passes the integrity check', async () => {
    const path = tempPath();
    const three = await storeWith(path, 3);
    const store = open(path);
    store.removeFavourite(store.listFavourites()[0]!.id);
    await store.close();
    const [newest] = backupGenerationPaths(backupPathFor(path));
    writeFileSync(newest!, 'damaged '.repeat(100));
    writeFileSync(path, '');
    const restored = open(path);
    expect(restored.recovery).toMatchObject({ restoredFromBackup: true, favouritesRestored: 3 });
    expect(favouriteFacts(restored.listFavourites())).toEqual(three);
    await restored.close();
  });
});
