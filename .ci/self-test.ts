// `npm run self-test`: starts the real Skytray in Electron with a throw-away data folder against the
// local provider; the app checks itself (main/shell/self-test.ts) and quits. Prints one JSON report.
// Exit: 0 every check passed, 1 a check failed, 77 skipped (no Electron binary on this machine).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeProvider } from '../test/provider/fake-provider.ts';
import { buildApp } from './build.ts';
import { ensureElectron } from './electron-binary.ts';
import { fileURLToPath } from 'node:url';

export const SKIPPED_EXIT_CODE = 77;
const QUIT_WITHIN_MS = 90_000;
const root = fileURLToPath(new URL('../', import.meta.url));

const electron = ensureElectron(root);
if (!electron.found) {
  process.stdout.write(`${JSON.stringify({ ok: false, skipped: `no Electron binary: ${electron.reason}` })}\n`);
  process.stderr.write('skipped: no Electron binary\n');
  process.exit(SKIPPED_EXIT_CODE);
}

const work = mkdtempSync(join(tmpdir(), 'skytray-self-test-'));
const reportPath = join(work, 'report.json');
// app.setPath throws for a folder that does not exist (electron.d.ts).
const userData = join(work, 'user-data');
mkdirSync(userData);
const provider = await startFakeProvider();
await buildApp(join(root, 'dist'));

const started = Date.now();
const child = spawn(electron.path, [root], {
  stdio: ['ignore', 'inherit', 'inherit'],
  // XDG_CONFIG_HOME too: on Linux the autostart entry lives there, and the user's must stay untouched.
  env: {
    ...process.env,
    XDG_CONFIG_HOME: join(work, 'config'),
    SKYTRAY_SELF_TEST: reportPath,
    SKYTRAY_SELF_TEST_USER_DATA: userData,
    SKYTRAY_SELF_TEST_PROVIDER: provider.origin,
  },
});
const timer = setTimeout(() => child.kill('SIGKILL'), QUIT_WITHIN_MS);
const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
clearTimeout(timer);
await provider.close();

type Check = { name: string; ok: boolean; detail: string };
let report: { ok: boolean; checks: Check[] } & Record<string, unknown>;
try {
  report = JSON.parse(readFileSync(reportPath, 'utf8')) as typeof report;
} catch {
  report = { ok: false, checks: [{ name: 'report', ok: false, detail: 'the app wrote no report' }] };
}
const quitCheck: Check = {
  name: 'quit',
  ok: code === 0,
  detail: code === 0 ? `exited cleanly after ${Date.now() - started} ms` : `exit code ${code}, signal ${signal}`,
};
const final = { ...report, ok: report.ok && quitCheck.ok, checks: [...report.checks, quitCheck] };
process.stdout.write(`${JSON.stringify(final, null, 2)}\n`);
rmSync(work, { recursive: true, force: true });
process.exit(final.ok ? 0 : 1);
