// `npm run self-test` starts the real app with SKYTRAY_SELF_TEST set: then this drives each part
// that only real Electron can prove (tray image, sandboxed window, preload, protocol, CSP) against
// the local provider, writes a JSON report and quits. The runner (.ci/self-test.ts) checks the exit.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserWindow, Tray, app, session, type NativeImage, type WebContents } from 'electron';
import { systemClock } from '../core/clock.ts';
import { DATABASE_FILE } from '../core/data-path.ts';
import { createLogger } from '../core/logger.ts';
import { WeatherService } from '../core/service/weather-service.ts';
import { createHttpAgent } from '../core/http/http-agent.ts';
import { APP_ORIGIN } from './app-origin.ts';
import { CONTENT_SECURITY_POLICY } from './security.ts';
import { startApp, type AppPaths, type RunningApp } from './app.ts';
import type { TrayFactory } from './tray-service.ts';

export type SelfTestRequest = Readonly<{ reportPath: string; userData: string; providerOrigin: string }>;
type SelfTestCheck = Readonly<{ name: string; ok: boolean; detail: string }>;
type SelfTestReport = Readonly<{ ok: boolean; electron: string; platform: string; checks: SelfTestCheck[] }>;

/** Set by the runner only; the app ignores a partial request rather than half-testing itself. */
export function selfTestRequest(env: NodeJS.ProcessEnv): SelfTestRequest | null {
  const reportPath = env['SKYTRAY_SELF_TEST'];
  const userData = env['SKYTRAY_SELF_TEST_USER_DATA'];
  const providerOrigin = env['SKYTRAY_SELF_TEST_PROVIDER'];
  return reportPath && userData && providerOrigin ? { reportPath, userData, providerOrigin } : null;
}

/** A Tray factory that keeps what it made, so the test can look at the real icon. */
function recordingTrayFactory(): { factory: TrayFactory; images: NativeImage[] } {
  const images: NativeImage[] = [];
  return { images, factory: (image) => (images.push(image), new Tray(image)) };
}

const TIMEOUT_MS = 30_000;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} took over ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS)),
  ]);
}

async function check(checks: SelfTestCheck[], name: string, run: () => Promise<string>): Promise<void> {
  try {
    checks.push({ name, ok: true, detail: await run() });
  } catch (error) {
    checks.push({ name, ok: false, detail: error instanceof Error ? error.message : String(error) });
  }
}

function assert(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

async function openedWindow(running: RunningApp): Promise<WebContents> {
  running.windows.show();
  const win = BrowserWindow.getAllWindows()[0];
  assert(win !== undefined, 'no window was created');
  const contents = (win as BrowserWindow).webContents;
  if (contents.isLoading()) await withTimeout(new Promise<void>((resolve) => contents.once('did-finish-load', () => resolve())), 'loading the window');
  return contents;
}

/** Runs in the window, through the real preload: every API method once, in an order that makes sense. */
const IPC_ROUND_TRIPS = `(async () => {
  const api = window.skytray, seen = {};
  const call = async (method, ...args) => { const r = await api[method](...args); seen[method] = r && typeof r.ok === 'boolean' ? (r.ok ? 'ok' : 'error:' + r.error.code) : 'no envelope'; return r.ok ? r.value : null; };
  const places = await call('searchPlaces', 'Berlin', 'en');
  const favourite = places && places[0] ? await call('addFavourite', places[0]) : null;
  await call('listFavourites');
  await call('getSnapshots');
  const summary = favourite ? await call('refresh', [favourite.id]) : null;
  if (favourite) { await call('moveFavourite', favourite.id, 0); await call('setPrimary', favourite.id); await call('setNotify', favourite.id, false); }
  await call('getSettings'); await call('updateSettings', {}); await call('testApiKey', null);
  await call('getStatus'); await call('getDiagnostics'); await call('getDiagnosticsReport');
  if (favourite) { await call('removeFavourite', favourite.id); await call('restoreFavourite', favourite); }
  return { seen, favourite, summary, methods: Object.keys(api).filter((k) => k !== 'onEvent') };
})()`;

type IpcOutcome = {
  seen: Record<string, string>;
  favourite: { id: number; place: { name: string } } | null;
  summary: { succeeded: number[] } | null;
  methods: string[];
};

async function checkWindowAndIpc(checks: SelfTestCheck[], running: RunningApp, request: SelfTestRequest): Promise<void> {
  let contents: WebContents | null = null;
  await check(checks, 'window', async () => {
    contents = await openedWindow(running);
    const isolated: unknown = await contents.executeJavaScript(
      "typeof require === 'undefined' && typeof process === 'undefined' && typeof window.skytray === 'object'",
    );
    assert(isolated === true, 'the window can reach Node, or the preload API is missing');
    return `loaded ${contents.getURL()}; no Node in the page; window.skytray present`;
  });
  if (!contents) return;
  const outcome = (await withTimeout((contents as WebContents).executeJavaScript(IPC_ROUND_TRIPS), 'the IPC round trips').catch((error: unknown) => error)) as
    IpcOutcome | Error;
  await check(checks, 'ipc', async () => {
    if (outcome instanceof Error) throw outcome;
    const missing = outcome.methods.filter((m) => !(m in outcome.seen));
    const failed = Object.entries(outcome.seen).filter(([m, r]) => r === 'no envelope' || (r !== 'ok' && m !== 'testApiKey'));
    assert(missing.length === 0, `not exercised: ${missing.join(', ')}`);
    assert(failed.length === 0, `failed: ${failed.map(([m, r]) => `${m} ${r}`).join(', ')}`);
    return `${Object.keys(outcome.seen).length} methods answered through the preload`;
  });
  await check(checks, 'refresh', async () => {
    if (outcome instanceof Error || !outcome.favourite) throw new Error('no favourite was added');
    assert(outcome.summary?.succeeded.includes(outcome.favourite.id) === true, 'the refresh did not succeed');
    return `${outcome.favourite.place.name} refreshed from ${request.providerOrigin}`;
  });
  await check(checks, 'sqlite', async () => {
    if (outcome instanceof Error || !outcome.favourite) throw new Error('no favourite was added');
    const names = await readFavouritesFromDisk(request.userData);
    assert(names.includes(outcome.favourite.place.name), `the database holds ${JSON.stringify(names)}`);
    return `a second connection reads ${JSON.stringify(names)} from ${DATABASE_FILE}`;
  });
}

/** A second, independent engine on the same file: proves the favourite reached SQLite on disk. */
async function readFavouritesFromDisk(userData: string): Promise<string[]> {
  const dispatcher = createHttpAgent();
  const reader = new WeatherService({
    databasePath: join(userData, DATABASE_FILE),
    clock: systemClock,
    dispatcher,
    userAgent: 'Skytray self-test',
    logger: createLogger(() => {}),
    autoRefresh: false,
  });
  try {
    return reader.listFavourites().map((f) => f.place.name);
  } finally {
    await reader.close();
    await dispatcher.close();
  }
}

async function checkProtocol(checks: SelfTestCheck[]): Promise<void> {
  await check(checks, 'protocol', async () => {
    const page = await session.defaultSession.fetch(`${APP_ORIGIN}/index.html`);
    assert(page.status === 200, `index.html answered ${page.status}`);
    assert(page.headers.get('content-security-policy') === CONTENT_SECURITY_POLICY, `CSP header: ${page.headers.get('content-security-policy')}`);
    // Chromium folds /../ and /%2e%2e/ away before the handler sees them; an encoded slash reaches it.
    for (const outside of ['/..%2F..%2Fpackage.json', '/..%2F..%2Fmain%2Fapp.js', '/main/app.js']) {
      const refused = await session.defaultSession.fetch(`${APP_ORIGIN}${outside}`).then(
        (r) => r.status,
        () => 0,
      );
      assert(refused !== 200, `${outside} was served`);
    }
    return 'index.html served with the CSP header; paths outside the renderer refused';
  });
}

async function runSelfTest(running: RunningApp, images: readonly NativeImage[], request: SelfTestRequest): Promise<SelfTestReport> {
  const checks: SelfTestCheck[] = [];
  await check(checks, 'tray', async () => {
    const image = images[0];
    assert(image !== undefined, 'no tray was created');
    assert(!(image as NativeImage).isEmpty(), 'the tray icon is an empty image');
    const { width, height } = (image as NativeImage).getSize();
    return `tray created with a ${width}x${height} drawn icon`;
  });
  await checkWindowAndIpc(checks, running, request);
  await checkProtocol(checks);
  const report = { ok: checks.every((c) => c.ok), electron: process.versions.electron ?? 'unknown', platform: `${process.platform} ${process.arch}`, checks };
  writeFileSync(request.reportPath, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

/**
 * The app as the self-test runs it: a throw-away data folder and the local provider, so it never
 * touches the user's data; then the checks, the report, and a clean quit (exit 1 if a check throws).
 * Called without await from the entry: the folder is set before anything else runs.
 */
export async function runSelfTestApp(paths: AppPaths, request: SelfTestRequest): Promise<void> {
  app.setPath('userData', request.userData);
  const { factory, images } = recordingTrayFactory();
  try {
    const running = await startApp({
      paths,
      argv: [...process.argv, '--hidden'],
      trayFactory: factory,
      overrides: { provider: 'open-meteo', openMeteoForecastUrl: request.providerOrigin, openMeteoGeocodingUrl: request.providerOrigin },
    });
    if (running) await runSelfTest(running, images, request);
    app.quit();
  } catch (error) {
    // The runner reads the missing or failing report; a hang would only end in its timeout.
    process.stderr.write(`self-test: ${error instanceof Error ? error.message : String(error)}\n`);
    app.exit(1);
  }
}
