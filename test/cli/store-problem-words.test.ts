// The database's problems in the CLI: whole sentences from the catalogue in the person's language,
// never the store's English (which the log keeps).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli/weather.ts';
import { systemClock } from '../../main/core/clock.ts';
import { createWording } from '../../main/wording/wording.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'skytray-cli-store-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

// The runs below ask for German: the words come from the German catalogue.
const { t } = createWording('de');

async function favouritesIn(db: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['--lang', 'de', '--db', db, 'favourites', 'list'], {}, { out: (s) => (out += s), err: (s) => (err += s) }, systemClock);
  return { code, out, err };
}

describe('weather with a database it cannot use as it is', () => {
  it('says what recovering a damaged file did, from the catalogue', async () => {
    const db = join(dir, 'damaged.db');
    writeFileSync(db, 'this is not a database, it only looks like one to a careless reader'.repeat(100));
    const { code, err } = await favouritesIn(db);
    expect(code).toBe(0);
    expect(err).toContain(t('error.store.recovered', { outcome: 'empty', count: 0 }));
    expect(err).toMatch(new RegExp(`Die beschädigte Datei wurde als ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.damaged-\\d+ aufbewahrt\\.`));
    // The store's English story, as the log has it.
    expect(err).not.toContain('The database could not be read.');
    expect(err).not.toContain('There was no usable backup');
  });

  it('says a newer Skytray wrote the database, from the catalogue', async () => {
    const db = join(dir, 'newer.db');
    const newer = new Database(db);
    newer.pragma('user_version = 99');
    newer.close();
    const { code, err } = await favouritesIn(db);
    expect(code).toBe(1);
    expect(err).toBe(`weather: ${t('error.store.newerSchema')}\n`);
  });
});
