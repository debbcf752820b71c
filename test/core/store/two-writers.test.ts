// The app and the CLI (or two CLIs) use one database file at the same time.
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../main/core/logger.ts';
import { BackupWriter } from '../../../main/core/store/backup-writer.ts';
import { addFavourite, listFavourites } from '../../../main/core/store/favourites-repo.ts';
import { backupPathFor, configure } from '../../../main/core/store/open-database.ts';
import { migrate } from '../../../main/core/store/migrations/index.ts';
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

describe('two writers', () => {
  it('write their backups through temporary files of their own, so neither spoils the other', async () => {
    const path = join(tempDir(), 'skytray.db');
    const setup = configure(new Database(path));
    migrate(setup);
    for (let i = 0; i < 200; i++) addFavourite(setup, numberedPlace(i), i);
    setup.close();
    const warnings: string[] = [];
    const logger = createLogger((level, line) => warnings.push(`${level}: ${line}`), 'warn');
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
