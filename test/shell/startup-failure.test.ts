// A start that fails says why in a native error box, logs the cause to the log file, and exits,
// giving up the single-instance lock: never a process with no tray and no window.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WeatherError } from '../../main/core/errors.ts';
import { silentLogger } from '../../main/core/logger.ts';
import { StoreError } from '../../main/core/store/store-error.ts';
import { startApp, type RunningApp } from '../../main/shell/app.ts';
import { failStartup } from '../../main/shell/startup-failure.ts';
import { createWording } from '../../main/wording/wording.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { BrowserWindow, Tray, app, dialog, ipcMain, resetElectron } from './fake-electron.ts';

let dir: string;
let running: RunningApp | null = null;
const clock = new FakeClock();

const start = (): Promise<RunningApp | null> =>
  startApp({
    paths: { renderer: dir, preload: dir },
    argv: ['--hidden'],
    platform: 'linux',
    clock,
    env: {},
    runCommand: async () => ({ code: 0, stdout: 'boolean true' }),
    logToStderr: false,
    trayFactory: (image) => new Tray(image as never) as never,
  });

function expectExitedWithBox(title: string, content: RegExp): void {
  expect(dialog.errorBoxes).toHaveLength(1);
  expect(dialog.errorBoxes[0]?.title).toBe(title);
  expect(dialog.errorBoxes[0]?.content).toMatch(content);
  expect(app.exitCode).toBe(1);
  expect(app.lockReleased).toBe(true);
  expect(Tray.all).toHaveLength(0);
  expect(ipcMain.handlers.size).toBe(0);
}

beforeEach(() => {
  resetElectron('linux');
  dir = mkdtempSync(join(tmpdir(), 'skytray-start-'));
  app.userData = dir;
});
afterEach(async () => {
  await running?.quit();
  running = null;
  rmSync(dir, { recursive: true, force: true });
});

describe('start-up failures', () => {
  it('a database from a newer Skytray: says to update, logs it, exits', async () => {
    const db = new Database(join(dir, 'skytray.db'));
    db.pragma('user_version = 999');
    db.close();
    expect(await start()).toBeNull();
    const logPath = join(dir, 'logs', 'skytray.log');
    expectExitedWithBox(
      'Skytray cannot open its data',
      /written by a newer Skytray.*Update Skytray to open it\.\n\nThe details are in the log: .*skytray\.log$/s,
    );
    expect(dialog.errorBoxes[0]?.content).toContain(logPath);
    const lines = readFileSync(logPath, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.at(-1)).toMatchObject({ level: 'error', scope: 'skytray', fields: { code: 'newer-schema' } });
    expect(String(lines.at(-1)?.['message'])).toContain('start-up failed');
    // The newer file is left alone.
    expect(existsSync(join(dir, 'skytray.db'))).toBe(true);
  });

  it('a damaged database that cannot be moved aside: a box, the log, an exit; the file is kept', async () => {
    writeFileSync(join(dir, 'skytray.db'), Buffer.alloc(8192, 7));
    // Where the damaged file would be moved to, something is already in the way.
    mkdirSync(join(dir, `skytray.db.damaged-${clock.now()}`, 'occupied'), { recursive: true });
    expect(await start()).toBeNull();
    expectExitedWithBox('Skytray cannot open its data', /could not use the files in its data folder .*skytray\.db.*\n\nThe details are in the log: /s);
    expect(readFileSync(join(dir, 'skytray.db'))).toEqual(Buffer.alloc(8192, 7));
    expect(readFileSync(join(dir, 'logs', 'skytray.log'), 'utf8')).toContain('start-up failed');
  });

  it('an unwritable data folder: a box naming the folder and an exit, not a silent quit as if another Skytray ran', async () => {
    // A file where the data folder should be: nothing can be created inside it. Chromium then
    // refuses the single-instance lock (electron/electron#33547), which alone looks like a second launch.
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'not a folder');
    app.userData = blocked;
    expect(await start()).toBeNull();
    expectExitedWithBox('Skytray cannot open its data', new RegExp(`^Skytray cannot write to ${blocked.replace(/[.\\/]/g, '\\$&')} \\(`));
    expect(app.quitCount).toBe(0);
    expect(BrowserWindow.all).toHaveLength(0);
  });

  it('an engine error is worded from its code in the system’s language; its English message goes only to the log', () => {
    app.languages = { preferred: ['en-US'], systemLocale: 'en-US' };
    const logged: unknown[] = [];
    const logger = { ...silentLogger, error: (...args: unknown[]) => void logged.push(args) };
    failStartup(new WeatherError('invalid-input', 'refresh interval 0 is below 5'), logger, '/tmp/skytray.log');
    expect(dialog.errorBoxes[0]).toEqual({
      title: 'Skytray could not start',
      content: 'Skytray could not use a value it was given.\n\nThe details are in the log: /tmp/skytray.log',
    });
    expect(JSON.stringify(logged)).toContain('refresh interval 0 is below 5');
    expect(app.exitCode).toBe(1);
  });

  it('a database problem is worded from its code, one whole sentence; the store’s English goes only to the log', () => {
    app.languages = { preferred: ['de-DE'], systemLocale: 'de-DE' };
    const logged: unknown[] = [];
    const logger = { ...silentLogger, error: (...args: unknown[]) => void logged.push(args) };
    failStartup(new StoreError('corrupt', 'failed its integrity check (row 3 missing from index)'), logger, '/tmp/skytray.log');
    // A German system: the German catalogue's words.
    const { t } = createWording('de');
    const details = t('dialog.startup.detailsInLog', { path: '/tmp/skytray.log' });
    expect(dialog.errorBoxes[0]).toEqual({
      title: t('dialog.startup.dataTitle'),
      content: t('dialog.startup.storeCorrupt', { problem: t('error.store.corrupt'), details }),
    });
    expect(dialog.errorBoxes[0]?.content).not.toContain('integrity check');
    expect(JSON.stringify(logged)).toContain('row 3 missing from index');
  });
});
