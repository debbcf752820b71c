// The browser harness: the real engine (a temporary database and, by default, the local provider),
// a loopback bridge implementing the IPC contract, and the window served on 127.0.0.1.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Agent } from 'undici';
import { build } from 'esbuild';
import { APP_VERSION } from '../../main/core/app-version.ts';
import { systemClock, type Clock } from '../../main/core/clock.ts';
import { diagnosticsReport } from '../../main/core/service/diagnostics-report.ts';
import { createHttpAgent } from '../../main/core/http/http-agent.ts';
import { createLogger, silentLogger, stderrSink, type Logger } from '../../main/core/logger.ts';
import type { ProviderLimits } from '../../main/core/providers/provider.ts';
import type { CallBudgetLimits } from '../../main/core/fetch/call-budget.ts';
import { WeatherService } from '../../main/core/service/weather-service.ts';
import type { ApiKeyStatus, SkytrayEvent } from '../../main/ipc/ipc-contract.ts';
import { createHandlers, dispatch, type ApiKeyStore, type IpcHandlers } from '../../main/ipc/ipc-handlers.ts';
import { extrasEvent, toWindowEvent } from '../../main/ipc/window-events.ts';
import { CSP_DIRECTIVES, formatPolicy } from '../../main/shell/security.ts';
import { buildApp } from '../../.ci/build.ts';
import { startFakeProvider, type FakeProvider } from '../provider/fake-provider.ts';
import { startWarningServices, type WarningServices } from '../provider/alerts/warning-services.ts';
import { fileURLToPath } from 'node:url';

export type HarnessOptions = Readonly<{
  port?: number;
  /** Real (or other) provider origins; by default the local provider is started. */
  forecastUrl?: string;
  geocodingUrl?: string;
  clock?: Clock;
  logger?: Logger;
  /** Override the provider's published limits (tests: no reuse of a just-fetched answer). */
  limits?: Partial<ProviderLimits>;
  /** Open-Meteo's call budget, kept for the local provider as for the public service. */
  callBudget?: CallBudgetLimits;
}>;

export type Harness = Readonly<{
  url: string;
  service: WeatherService;
  /** The local provider, when the harness started one. */
  provider: FakeProvider | null;
  /** The local stand-ins for the warnings services, when the harness started the local provider. */
  warnings: WarningServices | null;
  /** The links the window asked main to open in the system's browser, in order. */
  openedLinks: string[];
  close(): Promise<void>;
}>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The app's policy, plus what the loopback bridge needs: requests to this same origin. */
const HARNESS_CSP = formatPolicy({ ...CSP_DIRECTIVES, 'connect-src': "'self'" });

class MemoryKeyStore implements ApiKeyStore {
  #key: string | null = null;
  status(): ApiKeyStatus {
    return { set: this.#key !== null, storage: 'os-keychain' };
  }
  get(): string | null {
    return this.#key;
  }
  async set(key: string | null): Promise<ApiKeyStatus> {
    this.#key = key?.trim() || null;
    return this.status();
  }
}

/** The window as built for the app, with the bridge loaded before it. */
async function buildWindow(dir: string): Promise<Readonly<{ rendererDir: string; indexHtml: string; bridgeJs: string }>> {
  await buildApp(join(dir, 'dist'));
  const bridge = await build({
    entryPoints: [fileURLToPath(new URL('./bridge.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome130',
    platform: 'browser',
  });
  const rendererDir = join(dir, 'dist', 'renderer');
  const indexHtml = readFileSync(join(rendererDir, 'index.html'), 'utf8').replace(
    '<script src="app.js" defer></script>',
    '<script src="harness-bridge.js"></script>\n  <script src="app.js" defer></script>',
  );
  return { rendererDir, indexHtml, bridgeJs: bridge.outputFiles[0]?.text ?? '' };
}

type Engine = Readonly<{
  service: WeatherService;
  provider: FakeProvider | null;
  warnings: WarningServices | null;
  openedLinks: string[];
  agent: Agent;
  keys: MemoryKeyStore;
  handlers: IpcHandlers;
}>;

/** The real engine on a temporary database, against the local provider unless told otherwise. */
async function startEngine(dir: string, options: HarnessOptions, logger: Logger): Promise<Engine> {
  const provider = options.forecastUrl ? null : await startFakeProvider();
  const warnings = provider ? await startWarningServices() : null;
  const openedLinks: string[] = [];
  const forecastUrl = options.forecastUrl ?? provider?.origin ?? null;
  const geocodingUrl = options.geocodingUrl ?? provider?.origin ?? null;
  const agent = createHttpAgent();
  const keys = new MemoryKeyStore();
  const service = new WeatherService({
    databasePath: join(dir, 'skytray.db'),
    clock: options.clock ?? systemClock,
    dispatcher: agent,
    userAgent: 'Skytray-harness',
    logger,
    apiKey: () => keys.get(),
    // As the app: warnings and air quality come with each refresh of the forecast.
    refreshExtras: true,
    overrides: { openMeteoForecastUrl: forecastUrl, openMeteoGeocodingUrl: geocodingUrl, openWeatherMapUrl: forecastUrl },
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.callBudget ? { callBudget: options.callBudget } : {}),
  });
  // The local provider answers air quality too; the warnings stand-ins serve all three services.
  if (provider && warnings) {
    service.updateSettings({ airQualityUrl: provider.origin, nwsUrl: warnings.origin, metAlertsUrl: warnings.origin, meteoAlarmUrl: warnings.origin });
  }
  const report = (): string =>
    diagnosticsReport(service.diagnostics(), service.getSettings(), { version: APP_VERSION, platform: 'browser harness', versions: process.versions });
  return {
    service,
    provider,
    warnings,
    openedLinks,
    agent,
    keys,
    handlers: createHandlers({
      service,
      apiKeys: keys,
      report,
      showLog: async () => 'The browser harness keeps no log file: it logs to its terminal.',
      logger,
      openExternal: async (url) => void openedLinks.push(url),
    }),
  };
}

const send = (res: ServerResponse, status: number, type: string, body: string): void => {
  res.writeHead(status, { 'content-type': type, 'content-security-policy': HARNESS_CSP, 'cache-control': 'no-store' }).end(body);
};

/** `POST /__ipc/invoke` {channel, args}: the same dispatch, checks and envelopes as ipcMain. */
function answerInvoke(req: IncomingMessage, res: ServerResponse, handlers: IpcHandlers, logger: Logger): void {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    let parsed: { channel?: unknown; args?: unknown };
    try {
      parsed = JSON.parse(body) as { channel?: unknown; args?: unknown };
    } catch {
      return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { code: 'invalid-input', message: 'Not JSON.' } }));
    }
    void dispatch(handlers, parsed.channel, Array.isArray(parsed.args) ? parsed.args : [], logger).then((result) =>
      send(res, 200, 'application/json', JSON.stringify(result)),
    );
  });
}

/** The window's files: index.html with the bridge, the bridge, and the built scripts and styles. */
function serveFile(pathname: string, res: ServerResponse, window: Awaited<ReturnType<typeof buildWindow>>): void {
  if (pathname === '/' || pathname === '/index.html') return send(res, 200, TYPES['.html'] as string, window.indexHtml);
  if (pathname === '/harness-bridge.js') return send(res, 200, TYPES['.js'] as string, window.bridgeJs);
  const name = pathname.slice(1);
  if (/^([\w-]+\.(js|css)|icons\/(animated\/)?[\w-]+\.svg)$/.test(name)) {
    try {
      return send(res, 200, TYPES[extname(name)] as string, readFileSync(join(window.rendererDir, name), 'utf8'));
    } catch {
      // fall through to 404
    }
  }
  send(res, 404, 'text/plain', 'Not found');
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'skytray-harness-'));
  const logger = options.logger ?? silentLogger;
  const window = await buildWindow(dir);
  const { service, provider, warnings, openedLinks, agent, keys, handlers } = await startEngine(dir, options, logger);
  // Events go out as a server-sent event stream, each one as the window would hear it over IPC.
  const streams = new Set<ServerResponse>();
  const broadcast = (event: SkytrayEvent): void => {
    const data = `data: ${JSON.stringify(event)}\n\n`;
    for (const res of streams) res.write(data);
  };
  service.subscribe((event) => broadcast(toWindowEvent(event, keys.status())));
  service.onExtrasUpdated((ids) => broadcast(extrasEvent(service.getExtras(), ids)));
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/__ipc/invoke' && req.method === 'POST') return answerInvoke(req, res, handlers, logger);
    if (url.pathname === '/__ipc/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    serveFile(url.pathname, res, window);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    service,
    provider,
    warnings,
    openedLinks,
    async close() {
      for (const res of streams) res.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await service.close();
      await agent.close();
      await provider?.close();
      await warnings?.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const harnessLogger = (): Logger => createLogger(stderrSink, 'info', 'harness');
