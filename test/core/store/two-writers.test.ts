// The app and the CLI (or two CLIs) use one database file at the same time.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, silentLogger } from '../../../main/core/logger.ts';
import { BackupWriter } from '../../../main/core/store/backup-writer.ts';
import { addFavourite, listFavourites } from '../../../main/core/store/favourites-repo.ts';
import { configure } from '../../../main/core/store/configure-connection.ts';
import { backupPathFor } from '../../../main/core/store/open-database.ts';
import { SCHEMA_VERSION, migrate, schemaVersion } from '../../../main/core/store/migrations/index.ts';
import { Store } from '../../../main/core/store/store.ts';
import { numberedPlace } from './favourite-fixtures.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'skytray-writers-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const editor = fileURLToPath(new URL('./edit-favourites-child.ts', import.meta.url));

type Finished = Readonly<{ code: number | null; stderr: string }>;

/** Starts one editor per prefix, lets them all go at once, and waits for every one to finish. */
async function editAtOnce(path: string, prefixes: readonly string[], edits: number): Promise<Finished[]> {
  const children = prefixes.map((prefix, group) =>
    spawn(process.execPath, [editor, path, prefix, String(group), String(edits)], { stdio: ['pipe', 'pipe', 'pipe'] }),
  );
  const finished = children.map(
    (child) =>
      new Promise<Finished>((resolve, reject) => {
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', reject);
        child.on('exit', (code) => resolve({ code, stderr }));
      }),
  );
  await Promise.all(children.map((child) => new Promise((resolve) => child.stdout.once('data', resolve))));
  for (const child of children) child.stdin.write('go\n');
  return Promise.all(finished);
}

describe('two writers', () => {
  it('three processes opening one new file at once, 50 edits each: no error, no edit lost', async () => {
    const path = join(tempDir(), 'skytray.db');
    const prefixes = ['App', 'Cli', 'Script'];
    const results = await editAtOnce(path, prefixes, 50);
    expect(results).toEqual(prefixes.map(() => ({ code: 0, stderr: '' })));
    const db = new Database(path, { readonly: true });
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const favourites = listFavourites(db);
    db.close();
    expect(favourites.map((f) => f.place.name).sort()).toEqual(prefixes.flatMap((p) => Array.from({ length: 50 }, (_, i) => `${p} ${i}`)).sort());
    expect(favourites.map((f) => f.position)).toEqual(favourites.map((_, i) => i));
    expect(favourites.filter((f) => f.primary)).toHaveLength(1);
  });

  it('two processes editing favourites in one file, 50 edits each: none dies of "database is locked"', async () => {
    const path = join(tempDir(), 'skytray.db');
    const setup = configure(new Database(path));
    migrate(setup);
    setup.close();
    const results = await editAtOnce(path, ['App', 'Cli'], 50);
    expect(results).toEqual([
      { code: 0, stderr: '' },
      { code: 0, stderr: '' },
    ]);
    const db = new Database(path, { readonly: true });
    const names = listFavourites(db).map((f) => f.place.name);
    db.close();
    expect(names.sort()).toEqual(['App', 'Cli'].flatMap((p) => Array.from({ length: 50 }, (_, i) => `${p} ${i}`)).sort());
  });

  it('three processes starting at once on an emptied file restore it once, and keep every edit', async () => {
    const dir = tempDir();
    const path = join(dir, 'skytray.db');
    const store = new Store({ path, logger: silentLogger, now: Date.now });
    for (let i = 0; i < 4; i++) store.addFavourite(numberedPlace(i, 'Kept', 14), i);
    await store.close();
    writeFileSync(path, '');
    const prefixes = ['App', 'Cli', 'Script'];
    const results = await editAtOnce(path, prefixes, 10);
    expect(results).toEqual(prefixes.map(() => ({ code: 0, stderr: '' })));
    expect(readdirSync(dir).filter((f) => /\.damaged-\d+$/.test(f))).toHaveLength(1);
    const db = new Database(path, { readonly: true });
    const names = listFavourites(db).map((f) => f.place.name);
    db.close();
    const expected = ['Kept 0', 'Kept 1', 'Kept 2', 'Kept 3', ...prefixes.flatMap((p) => Array.from({ length: 10 }, (_, i) => `${p} ${i}`))];
    expect(names.sort()).toEqual(expected.sort());
  });

  it('write their backups through temporary files of their own, so neither spoils the other', async () => {
    const path = join(tempDir(), 'skytray.db');
    const setup = configure(new Database(path));
    migrate(setup);
    for (let i = 0; i < 200; i++) addFavourite(setup, numberedPlace(i), i);
    setup.close();
    const warnings: string[] = [];
    const logger = createLogger((record) => void warnings.push(`${record.level}: ${record.message}`), 'warn');
    const app = configure(new Database(path));
    const cli = configure(new Database(path));
    const writers = [new BackupWriter(backupPathFor(path), logger), new BackupWriter(backupPathFor(path), logger)];
    await Promise.all([writers[0]!.request(app), writers[1]!.request(cli), writers[0]!.request(app), writers[1]!.request(cli)]);
    await Promise.all(writers.map((w) => w.settled()));
    const expected = listFavourites(app);
    app.close();
    cli.close();
    expect(warnings).toEqual([]);
    const backup = new Database(backupPathFor(path), { readonly: true });
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(listFavourites(backup)).toEqual(expected);
    backup.close();
    expect(readdirSync(join(path, '..')).filter((f) => f.includes('tmp'))).toEqual([]);
  });
});
