// Whether the units are the person's own choice survives restarts, whatever order the settings'
// rows come back in, and a database from before the flag keeps the units its person had.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../../support/service.ts';

let t: TestService | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

/** Runs SQL on the service's file while the service is closed, as an older Skytray or a restart would find it. */
async function editClosed(test: TestService, sql: string): Promise<void> {
  await test.service.close();
  const db = new Database(test.dbPath);
  db.exec(sql);
  db.close();
}

describe('units chosen, across restarts', () => {
  it('a database written before the flag existed: its units were the person’s, so they stay chosen', async () => {
    t = await startTestService({ service: { autoRefresh: false } });
    t.service.updateSettings({ units: 'metric', unitsChosen: false, refreshIntervalMinutes: 30 });
    await editClosed(t, "DELETE FROM settings WHERE key = 'unitsChosen'");
    const reopened = t.reopen({ autoRefresh: false });
    expect(reopened.getSettings()).toMatchObject({ units: 'metric', unitsChosen: true, refreshIntervalMinutes: 30 });
    await reopened.close();
  });

  it('units that only follow the region stay unchosen, though their row is read after the flag’s', async () => {
    t = await startTestService({ service: { autoRefresh: false } });
    t.service.updateSettings({ units: 'imperial', unitsChosen: false });
    // INSERT OR REPLACE moves a row to the end: units now come back after unitsChosen.
    await editClosed(t, `INSERT OR REPLACE INTO settings (key, value) VALUES ('units', '"imperial"')`);
    const reopened = t.reopen({ autoRefresh: false });
    expect(reopened.getSettings()).toMatchObject({ units: 'imperial', unitsChosen: false });
    await reopened.close();
  });

  it('a flag that no longer reads falls back to what the stored rows say', async () => {
    t = await startTestService({ service: { autoRefresh: false } });
    t.service.updateSettings({ units: 'imperial' });
    await editClosed(t, `UPDATE settings SET value = '"maybe"' WHERE key = 'unitsChosen'`);
    const reopened = t.reopen({ autoRefresh: false });
    expect(reopened.getSettings()).toMatchObject({ units: 'imperial', unitsChosen: true });
    await reopened.close();
  });

  it('a new person’s database has neither: the units follow the region', async () => {
    t = await startTestService({ service: { autoRefresh: false } });
    expect(t.service.getSettings()).toMatchObject({ units: 'metric', unitsChosen: false, language: null, hourCycle: null });
  });
});
