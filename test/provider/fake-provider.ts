// A real HTTP server on 127.0.0.1 that speaks Open-Meteo's and OpenWeatherMap's APIs, with knobs
// for everything that goes wrong in the wild. Tests, the benchmark, the CLI checks and the browser
// harness all point Skytray at it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { DEFAULT_FAULTS, faultsFromJson, type FaultSettings, type Step } from './faults.ts';
import { airQuality } from './air-quality-routes.ts';
import * as openMeteo from './open-meteo-routes.ts';
import * as owm from './owm-routes.ts';
import type { ApiAnswer } from './open-meteo-routes.ts';
import { errorBody } from './error-bodies.ts';

type LoggedRequest = Readonly<{
  at: number;
  path: string;
  query: URLSearchParams;
  client: string;
  /** The status sent, or what happened instead. */
  outcome: number | 'reset' | 'hang';
}>;

export type FakeProviderOptions = Readonly<{
  /** @default 0 (any free port) */
  port?: number;
  /** The weather's clock, epoch ms. @default Date.now */
  now?: () => number;
  faults?: Partial<FaultSettings>;
}>;

export type FakeProvider = Readonly<{
  /** `http://127.0.0.1:PORT` */
  origin: string;
  port: number;
  /** Every API request answered or refused, in arrival order. */
  requests: LoggedRequest[];
  /** The most requests that were being served at the same moment. */
  peakConcurrency: () => number;
  /** Responses not yet finished, hung ones included. */
  openResponses: () => number;
  setFaults(faults: Partial<FaultSettings>): void;
  resetFaults(): void;
  clearLog(): void;
  close(): Promise<void>;
}>;

type Route = (q: URLSearchParams, nowMs: number) => ApiAnswer;

const WRONG_SHAPE = { latitude: 'fifty-two', hourly: [], results: 'none', cod: 200 };
const ROUTES: Record<string, Route> = {
  '/v1/forecast': openMeteo.forecast,
  '/v1/search': (q) => openMeteo.search(q),
  '/v1/air-quality': airQuality,
  '/data/2.5/weather': owm.currentWeather,
  '/data/2.5/forecast': owm.forecast,
  '/geo/1.0/direct': (q) => owm.geocode(q),
};

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function startFakeProvider(options: FakeProviderOptions = {}): Promise<FakeProvider> {
  const now = options.now ?? Date.now;
  let faults: FaultSettings = { ...DEFAULT_FAULTS, ...options.faults };
  let script: Step[] = [...faults.script];
  const requests: LoggedRequest[] = [];
  const clients = new Map<string, { active: number; waiting: (() => void)[] }>();
  const recent = new Map<string, number[]>();
  const hanging = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  let serving = 0;
  let peak = 0;

  const setFaults = (next: Partial<FaultSettings>): void => {
    faults = { ...faults, ...next };
    if (next.script) script = [...next.script];
  };

  /** Open-Meteo serves one request per client at a time, queues a few, and refuses the rest. */
  const acquire = async (client: string): Promise<boolean> => {
    let state = clients.get(client);
    if (!state) clients.set(client, (state = { active: 0, waiting: [] }));
    if (state.active < faults.concurrency) {
      state.active++;
      return true;
    }
    if (state.waiting.length >= faults.queueLimit) return false;
    await new Promise<void>((resolve) => state.waiting.push(resolve));
    return true;
  };
  const release = (client: string): void => {
    const state = clients.get(client);
    if (!state) return;
    const next = state.waiting.shift();
    if (next) next();
    else state.active--;
  };

  const overRate = (client: string): boolean => {
    const limit = faults.rateLimit;
    if (!limit) return false;
    const t = now();
    const times = (recent.get(client) ?? []).filter((x) => t - x < limit.windowMs);
    const over = times.length >= limit.limit;
    if (!over) times.push(t);
    recent.set(client, times);
    return over;
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/__fake/')) return control(req, res, url.pathname);
    const route = ROUTES[url.pathname];
    const client = req.socket.remoteAddress ?? 'unknown';
    const log = (outcome: LoggedRequest['outcome']): void => {
      requests.push({ at: now(), path: url.pathname, query: url.searchParams, client, outcome });
    };
    if (!route) {
      log(404);
      return json(res, 404, { error: true, reason: 'Not Found' });
    }
    if (overRate(client)) {
      log(429);
      const headers = faults.rateLimit?.retryAfter ? { 'retry-after': faults.rateLimit.retryAfter } : {};
      return json(res, 429, errorBody(url.pathname, 429), headers);
    }
    if (!(await acquire(client))) {
      log(429);
      return json(res, 429, { error: true, reason: 'Too many concurrent requests' });
    }
    serving++;
    peak = Math.max(peak, serving);
    try {
      const step = url.pathname.startsWith(faults.pathPrefix) ? (script.shift() ?? faults.always ?? {}) : {};
      const latency = step.latencyMs ?? faults.latencyMs;
      if (latency > 0) await sleep(latency);
      await answer(res, url.pathname, route(url.searchParams, now()), step, log);
    } finally {
      serving--;
      release(client);
    }
  }

  async function answer(res: ServerResponse, path: string, api: ApiAnswer, step: Step, log: (o: LoggedRequest['outcome']) => void): Promise<void> {
    const headers: Record<string, string> = step.retryAfter ? { 'retry-after': step.retryAfter } : {};
    if (step.status !== undefined && step.status !== 200) {
      log(step.status);
      return json(res, step.status, errorBody(path, step.status), headers);
    }
    switch (step.fault) {
      case 'reset':
        log('reset');
        res.socket?.destroy();
        return;
      case 'hang':
        log('hang');
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      case 'malformed':
        log(200);
        res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>502 Bad Gateway</body></html>');
        return;
      case 'wrong-shape':
        log(200);
        return json(res, 200, WRONG_SHAPE);
      case 'bad-entry':
        log(200);
        return json(res, 200, Array.isArray(api.body) ? [...api.body.slice(0, -1), WRONG_SHAPE] : WRONG_SHAPE);
      case 'truncated':
        log(200);
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        return void res.end(JSON.stringify(api.body).slice(0, Math.floor(JSON.stringify(api.body).length / 2)));
      case 'append-text':
        log(200);
        return streamFailure(res, JSON.stringify(api.body));
      case 'oversized':
        log(200);
        return oversized(res, faults.oversizeBytes);
      case undefined:
        log(api.status);
        return json(res, api.status, api.body, headers);
    }
  }

  async function control(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (path === '/__fake/faults' && req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += String(chunk);
      try {
        setFaults(faultsFromJson(JSON.parse(body || '{}')));
      } catch (error) {
        return json(res, 400, { error: (error as Error).message });
      }
      return json(res, 200, { ok: true });
    }
    if (path === '/__fake/faults' && req.method === 'DELETE') {
      faults = { ...DEFAULT_FAULTS };
      script = [];
      return json(res, 200, { ok: true });
    }
    if (path === '/__fake/requests') return json(res, 200, { count: requests.length });
    return json(res, 404, { error: 'unknown control path' });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;

  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    peakConcurrency: () => peak,
    openResponses: () => serving + hanging.size,
    setFaults,
    resetFaults: () => {
      faults = { ...DEFAULT_FAULTS };
      script = [];
    },
    clearLog: () => {
      requests.length = 0;
      peak = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Open-Meteo streams its JSON in chunks of about 16 KiB once the status is sent; an error after that
 * is written into the same 200 body as plain text and the body ends (open-meteo/open-meteo,
 * Sources/App/Helper/Writer/JsonWriter.swift: "Unexpected error while streaming data: ...").
 */
async function streamFailure(res: ServerResponse, text: string): Promise<void> {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  const flushed = Math.min(16 * 1024, Math.floor(text.length / 2));
  res.write(text.slice(0, flushed));
  await sleep(5);
  if (!res.destroyed) res.end('Unexpected error while streaming data: Timeout');
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
}

async function oversized(res: ServerResponse, bytes: number): Promise<void> {
  res.writeHead(200, { 'content-type': 'application/json' });
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  res.write('{"padding":"');
  for (let sent = 0; sent < bytes && !res.destroyed; sent += chunk.length) {
    if (!res.write(chunk)) await drainOrClose(res);
  }
  if (!res.destroyed) res.end('"}');
}

/** Waits for room to write, or for the client to go; either way both listeners go too. */
function drainOrClose(res: ServerResponse): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
