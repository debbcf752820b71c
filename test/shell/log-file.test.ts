// The log file: JSON lines (time, level, scope, message, fields), rotated by size, with no API
// keys and no precise coordinates; where the OS keeps logs for the app, and --log-file for the CLI.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../main/cli/weather.ts';
import { openLogFile } from '../../main/core/log-file.ts';
import { showLogFile } from '../../main/shell/log-folder.ts';
import { createWording } from '../../main/wording/wording.ts';
import { createLogger } from '../../main/core/logger.ts';
import { startFakeProvider } from '../provider/fake-provider.ts';
import { app, ipcMain, resetElectron, shell } from './fake-electron.ts';
import { appFixture, type AppFixture } from './start-app.ts';

const ENGLISH = createWording('en');

let dir: string;
let f: AppFixture | null = null;
beforeEach(() => {
  resetElectron('linux');
  dir = mkdtempSync(join(tmpdir(), 'skytray-log-'));
});
afterEach(async () => {
  await f?.close();
  f = null;
  rmSync(dir, { recursive: true, force: true });
});

const records = (path: string): Record<string, unknown>[] =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('log file', () => {
  it('writes one JSON object per line, without keys or precise coordinates', () => {
    const file = openLogFile({ path: join(dir, 'nested', 'skytray.log') });
    const logger = createLogger(file.sink, 'info', 'skytray').child('fetch');
    logger.debug('not at this level');
    logger.warn('GET https://api.openweathermap.org/data/2.5/weather?lat=52.5234&lon=13.4114&appid=0123456789abcdef failed', {
      status: 401,
      latitude: 52.5234,
      apiKey: 'oops',
    });
    file.close();
    const [record, ...rest] = records(join(dir, 'nested', 'skytray.log'));
    expect(rest).toEqual([]);
    expect(Object.keys(record!)).toEqual(['level', 'time', 'scope', 'fields', 'message']);
    expect(record).toMatchObject({ level: 'warn', scope: 'skytray:fetch', fields: { status: 401, latitude: 52.5, apiKey: 'REDACTED' } });
    expect(record?.['message']).toBe('GET https://api.openweathermap.org/data/2.5/weather?lat=52.5&lon=13.4&appid=REDACTED failed');
    expect(Number.isNaN(Date.parse(String(record?.['time'])))).toBe(false);
  });

  it('rotates by size and keeps a bounded number of files', () => {
    const path = join(dir, 'skytray.log');
    const file = openLogFile({ path, maxBytes: 2_000, keep: 2 });
    const logger = createLogger(file.sink, 'info', 'skytray');
    for (let i = 0; i < 200; i++) logger.info(`line ${i} ${'x'.repeat(40)}`);
    file.close();
    expect(readdirSync(dir).sort()).toEqual(['skytray.log', 'skytray.log.1', 'skytray.log.2']);
    for (const name of readdirSync(dir)) expect(readFileSync(join(dir, name)).length).toBeLessThan(2_200);
    expect(String(records(path).at(-1)?.['message'])).toMatch(/^line 199 /);
    expect(String(records(`${path}.1`).at(-1)?.['message'])).toMatch(/^line 1\d\d /);
  });
});

describe('the app’s log', () => {
  it('lives in the OS logs folder, follows the log level setting, and the diagnostics name it', async () => {
    f = await appFixture('linux');
    await f.seed(['Berlin']);
    const running = await f.start(['--hidden']);
    const path = join(f.dir, 'logs', 'skytray.log');
    expect(running.logPath).toBe(path);
    running.service.updateSettings({ logLevel: 'debug' });
    await running.service.refresh();
    expect(records(path).some((r) => r['level'] === 'debug')).toBe(true);
    expect(readFileSync(path, 'utf8')).not.toMatch(/latitude=\d+\.\d{2}/);
    running.windows.show();
    const frame = running.windows.trustedFrames()[0];
    const report = (await ipcMain.invoke('diagnostics:report', frame)) as { ok: true; value: string };
    expect(report.value).toContain(`Log file: ${path}`);
    expect(await running.showLog()).toBeNull();
    expect(shell.shownInFolder).toEqual([path]);
  });

  it('"Show the log" opens the folder when the file is not there yet, and says why when there is none', async () => {
    const folder = join(dir, 'logs');
    expect(await showLogFile(join(folder, 'skytray.log'), ENGLISH)).toBeNull();
    expect(shell.opened).toEqual([folder]);
    expect(await showLogFile(null, ENGLISH)).toMatch(/logs to the terminal only/);
  });

  it('SKYTRAY_LOG wins over the setting; on macOS the file is in ~/Library/Logs/Skytray', async () => {
    f = await appFixture('darwin');
    app.macLogs = join(f.dir, 'Library', 'Logs', 'Skytray');
    await f.seed([], { logLevel: 'debug' });
    const running = await f.start([], { env: { SKYTRAY_LOG: 'error' } });
    expect(running.logPath).toBe(join(app.macLogs, 'skytray.log'));
    await running.service.refresh();
    expect(existsSync(running.logPath!) ? records(running.logPath!).filter((r) => r['level'] !== 'error') : []).toEqual([]);
  });
});

describe('the CLI’s log', () => {
  it('--log-file writes JSON lines as well as stderr', async () => {
    // One 503 on the forecast: the retry is logged (info), with the request's URL.
    const server = await startFakeProvider({ faults: { script: [{ status: 503 }], pathPrefix: '/v1/forecast' } });
    try {
      const path = join(dir, 'cli.log');
      let err = '';
      const code = await main(
        ['--forecast-url', server.origin, '--geocoding-url', server.origin, '--log-file', path, '52.5234,13.4114'],
        {},
        { out: () => {}, err: (t) => (err += t) },
      );
      expect(code).toBe(0);
      expect(err).toBe(''); // the terminal gets errors only, as before
      const [retry] = records(path);
      expect(retry?.['level']).toBe('info');
      expect(String(retry?.['scope'])).toMatch(/^weather/);
      expect(String(retry?.['message'])).toMatch(/latitude=52\.5&longitude=13\.4&.*retry 1/);
      const missing = await main(['--log-file', join(dir, 'no', 'such', '\0bad'), 'Berlin'], {}, { out: () => {}, err: (t) => (err += t) });
      expect(missing).toBe(2);
      expect(err).toContain('cannot write the log file');
    } finally {
      await server.close();
    }
  });
});
