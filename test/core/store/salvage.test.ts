// A damaged database with no usable backup: whatever favourites can still be read are saved out of
// it before Skytray starts empty, and the damaged file is kept.
import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../main/core/logger.ts';
import { backupGenerationPaths } from '../../../main/core/store/backup-generations.ts';
import { backupPathFor } from '../../../main/core/store/open-database.ts';
import { Store } from '../../../main/core/store/store.ts';
import { favouriteFacts, numberedPlace } from './favourite-fixtures.ts';

const dirs: string[] = [];
function tempPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'skytray-salvage-'));
  dirs.push(dir);
  return join(dir, 'skytray.db');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const open = (path: string): Store => new Store({ path, logger: silentLogger, now: () => 1_800_000_000_000 });

/** `count` favourites (the third one primary), each with a snapshot; no backup left beside it. */
async function storeWithoutBackup(path: string, count: number): Promise<string[]> {
  const store = open(path);
  for (let i = 0; i < count; i++) {
    const { favourite } = store.addFavourite(numberedPlace(i), i);
    store.saveSnapshot(favourite.id, { provider: 'open-meteo', fetchedAt: 1, padding: 'w'.repeat(2_000) } as never, 2);
  }
  store.setPrimary(store.listFavourites()[2]!.id);
  const facts = favouriteFacts(store.listFavourites());
  await store.close();
  for (const backup of backupGenerationPaths(backupPathFor(path))) rmSync(backup, { force: true });
  return facts;
}

/** The pages a table's rows live on (its b-tree leaves), from SQLite's dbstat table. */
function leafPages(path: string, table: string): number[] {
  const db = new Database(path, { readonly: true });
  const pages = (db.prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno").all(table) as { pageno: number }[]).map(
    (r) => r.pageno,
  );
  db.close();
  return pages;
}

function overwritePage(path: string, pageno: number): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, (pageno - 1) * 4096);
  closeSync(fd);
}

describe('salvage', () => {
  it('saves every favourite when only the weather pages are damaged, keeping order and primary', async () => {
    const path = tempPath();
    const before = await storeWithoutBackup(path, 12);
    for (const page of leafPages(path, 'snapshots')) overwritePage(path, page);
    const store = open(path);
    expect(store.recovery).toMatchObject({ restoredFromBackup: false, salvaged: true, favouritesRestored: 12 });
    expect(store.recovery?.message).toMatch(
      /There was no usable backup; 12 places were saved from the damaged file\. The damaged file was kept as .*\.damaged-/,
    );
    expect(favouriteFacts(store.listFavourites())).toEqual(before);
    await store.close();
    expect(existsSync(store.recovery?.movedTo ?? '')).toBe(true);
  });

  it('saves the favourites on the pages that can still be read when some of theirs are damaged', async () => {
    const path = tempPath();
    const before = await storeWithoutBackup(path, 400);
    const leaves = leafPages(path, 'favourites');
    expect(leaves.length).toBeGreaterThan(3);
    overwritePage(path, leaves[1]!);
    const store = open(path);
    const saved = store.listFavourites().map((f) => f.place.name);
    await store.close();
    const perPage = Math.ceil(400 / leaves.length);
    expect(saved.length).toBeGreaterThanOrEqual(400 - 2 * perPage);
    expect(saved.length).toBeLessThan(400);
    expect(store.recovery).toMatchObject({ salvaged: true, favouritesRestored: saved.length });
    expect(store.recovery?.message).toContain(`${saved.length} places were saved from the damaged file`);
    const originalNames = before.map((fact) => fact.replace(/^\d+\. (.*?)( \(primary\))? @.*$/, '$1'));
    expect(saved).toEqual(originalNames.filter((name) => saved.includes(name))); // same order, nothing invented
  });

  it('starts empty and says so when nothing can be read, keeping the damaged file', async () => {
    const path = tempPath();
    await storeWithoutBackup(path, 3);
    overwritePage(path, 1);
    const store = open(path);
    expect(store.recovery).toMatchObject({ salvaged: false, favouritesRestored: 0 });
    expect(store.recovery?.message).toMatch(/no places could be read, so Skytray starts empty/);
    expect(store.listFavourites()).toEqual([]);
    await store.close();
    expect(readdirSync(join(path, '..')).filter((f) => f.includes('.damaged-'))).toHaveLength(1);
  });
});
