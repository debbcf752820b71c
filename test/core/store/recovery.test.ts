// Favourites are never lost: damaged files, missing backups, disks that refuse writes.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeSync, closeSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../main/core/logger.ts';
import { listFavourites } from '../../../main/core/store/favourites-repo.ts';
import { backupPathFor, openDatabase } from '../../../main/core/store/open-database.ts';
import { Store } from '../../../main/core/store/store.ts';
import { place } from '../../support/engine.ts';
import { favouriteFacts } from './favourite-fixtures.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'skytray-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

const open = (path: string): Store => new Store({ path, logger: silentLogger, now: () => 1_800_000_000_000 });

async function storeWith(path: string, names: string[]): Promise<void> {
  const store = open(path);
  for (const name of names) store.addFavourite(place(name), 1);
  await store.close();
}

/** SQLite's own check of the file, on a connection of its own. */
function integrity(path: string): unknown {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    db.close();
  }
}

/** Overwrites bytes in the middle of the file, where table pages live. */
function damage(path: string): void {
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, Math.max(4096, Math.floor(size / 2) - 2048));
  writeSync(fd, Buffer.alloc(100, 0x5a), 0, 100, 0); // and the header
  closeSync(fd);
}

/** Berlin, Paris (primary), Tokyo, Lima: a list with an order and a primary the user chose. */
async function storeWithChoices(path: string): Promise<string[]> {
  const store = open(path);
  const ids = ['Berlin', 'Paris', 'Tokyo', 'Lima'].map((name) => store.addFavourite(place(name), 1).favourite.id);
  store.setPrimary(ids[1]!);
  const facts = favouriteFacts(store.listFavourites());
  await store.close();
  return facts;
}

const LOST_MAIN_FILES: ReadonlyArray<readonly [string, (path: string) => void]> = [
  ['emptied to zero bytes', (path) => writeFileSync(path, '')],
  ['overwritten with text', (path) => writeFileSync(path, 'not a database at all, but long enough to have a header '.repeat(4))],
  [
    'a valid database with no tables',
    (path) => {
      rmSync(path);
      const empty = new Database(path);
      empty.exec('CREATE TABLE scratch (x); DROP TABLE scratch;');
      empty.close();
    },
  ],
  ['gone', (path) => rmSync(path)],
];

describe('a main file that lost the data', () => {
  it.each(LOST_MAIN_FILES)('%s: is restored from the backup, says so, and the backup keeps every favourite', async (_, lose) => {
    const dir = tempDir();
    const path = join(dir, 'skytray.db');
    const before = await storeWithChoices(path);
    lose(path);
    const store = open(path);
    expect(store.recovery).toMatchObject({ restoredFromBackup: true, favouritesRestored: 4 });
    expect(store.recovery?.message).toMatch(/4 places were restored from the backup/);
    expect(favouriteFacts(store.listFavourites())).toEqual(before);
    store.addFavourite(place('Oslo'), 2);
    await store.close();
    const backup = new Database(backupPathFor(path), { readonly: true });
    expect(favouriteFacts(listFavourites(backup)).slice(0, 4)).toEqual(before);
    backup.close();
  });
});

describe('store recovery', () => {
  it('keeps a backup after every change to favourites', async () => {
    const path = join(tempDir(), 'skytray.db');
    const before = await storeWithChoices(path);
    const backup = new Database(backupPathFor(path), { readonly: true });
    expect(favouriteFacts(listFavourites(backup))).toEqual(before);
    backup.close();
  });

  it('moves a damaged file aside (never deletes it) and restores the favourites from the backup', async () => {
    const dir = tempDir();
    const path = join(dir, 'skytray.db');
    const before = await storeWithChoices(path);
    damage(path);
    const store = open(path);
    expect(store.recovery).toMatchObject({ restoredFromBackup: true, favouritesRestored: 4, backupUsed: backupPathFor(path) });
    expect(store.recovery?.reason).toMatch(/^The database (could not be read|failed its integrity check)/);
    expect(store.recovery?.message).toContain(`4 places were restored from the backup. The damaged file was kept as ${store.recovery?.movedTo}.`);
    expect(existsSync(store.recovery?.movedTo ?? '')).toBe(true);
    expect(favouriteFacts(store.listFavourites())).toEqual(before);
    await store.close();
    expect(integrity(path)).toBe('ok');
    expect(readdirSync(dir).filter((f) => f.includes('.damaged-'))).toHaveLength(1);
  });

  it('starts empty, and says so, when the backup is damaged too', async () => {
    const path = join(tempDir(), 'skytray.db');
    await storeWith(path, ['Berlin']);
    damage(path);
    writeFileSync(backupPathFor(path), 'not a database');
    const store = open(path);
    expect(store.recovery).toMatchObject({ restoredFromBackup: false, favouritesRestored: 0 });
    expect(store.listFavourites()).toEqual([]);
    await store.close();
  });

  it('keeps running in memory, and says why, when its folder cannot be created', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'not-a-folder'), '');
    const store = open(join(dir, 'not-a-folder', 'skytray.db'));
    expect(store.diskProblem).toMatch(
      /^Skytray cannot write to .*not-a-folder.*\(a file is in the way of its folder\)\. It keeps running, but changes will be lost when it quits\.$/,
    );
    store.addFavourite(place('Berlin'), 1);
    expect(store.listFavourites().map((f) => f.place.name)).toEqual(['Berlin']);
    await store.close();
  });

  // As root, chmod does not stop writes. A folder standing where SQLite must create the -wal file
  // fails the open as a folder that refuses new files does (SQLITE_CANTOPEN, even read-only); one
  // where the -shm file goes lets SQLite read but not write (SQLITE_READONLY). Both work as root.
  const REFUSING_FOLDERS: ReadonlyArray<readonly [string, (path: string) => void]> = [
    ['its -wal file cannot be created', (path) => mkdirSync(`${path}-wal`)],
    ['its -shm file cannot be created', (path) => mkdirSync(`${path}-shm`)],
    ...(process.getuid?.() === 0 ? [] : [['its folder is read-only', (path: string) => chmodSync(join(path, '..'), 0o555)] as const]),
  ];
  it.each(REFUSING_FOLDERS)('keeps a copy of the favourites in memory, and says it cannot save, when %s', async (_, refuse) => {
    const path = join(tempDir(), 'skytray.db');
    const before = await storeWithChoices(path);
    refuse(path);
    const store = open(path);
    expect(store.diskProblem).toMatch(/^Skytray cannot write to .*skytray\.db \(.*\)\. It keeps running, but changes will be lost when it quits\.$/);
    expect(store.recovery).toBeNull();
    expect(favouriteFacts(store.listFavourites())).toEqual(before);
    store.addFavourite(place('Oslo'), 2);
    expect(store.listFavourites()).toHaveLength(5);
    await store.close();
  });

  it('moves to memory when the disk fills up mid-run, keeps the change, and reports it once', async () => {
    const path = join(tempDir(), 'skytray.db');
    await storeWith(path, ['Berlin']);
    // A database that may not grow behaves like a full disk: SQLITE_FULL.
    const store = new Store({
      path,
      logger: silentLogger,
      now: () => 1_800_000_000_000,
      open: (...args) => {
        const opened = openDatabase(...args);
        opened.db.pragma(`max_page_count = ${opened.db.pragma('page_count', { simple: true }) as number}`);
        return opened;
      },
    });
    const problems: string[] = [];
    store.onDiskProblem((m) => problems.push(m));
    const onDisk = favouriteFacts(store.listFavourites());
    const big = { provider: 'open-meteo', fetchedAt: 1, padding: 'x'.repeat(200_000) };
    store.saveSnapshot(1, big as never, 2);
    store.addFavourite(place('Paris'), 2);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/can no longer save to .*\(the disk is full\).*keeps running/);
    expect(store.listFavourites().map((f) => f.place.name)).toEqual(['Berlin', 'Paris']);
    await store.close();
    // What was on disk before is intact.
    const reopened = open(path);
    expect(favouriteFacts(reopened.listFavourites())).toEqual(onDisk);
    await reopened.close();
  });

  it('refuses to open a database from a newer Skytray instead of moving it aside', async () => {
    const path = join(tempDir(), 'skytray.db');
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.close();
    expect(() => open(path)).toThrow(/newer Skytray/);
    expect(existsSync(path)).toBe(true);
  });
});
