// A real HTTP server on 127.0.0.1 that stands in for the three warnings services at their own paths
// (NWS `/alerts/active`, MET Norway `/weatherapi/metalerts/2.0/current.json`, MeteoAlarm
// `/feeds/meteoalarm-legacy-atom-<country>`), with the stories the test tells and the faults it asks for.
// One origin serves all three: each source's base URL is a setting, so a test points all of them here.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { metAlertsCurrent } from './metalerts-answers.ts';
import { meteoAlarmFeed } from './meteoalarm-answers.ts';
import { nwsActiveAlerts, type ServiceAnswer } from './nws-answers.ts';
import type { WarningStory } from './warning-lifecycle.ts';

type WarningFault =
  /** The service's own answer, cut off half way. */
  | 'truncated'
  /** A 200 whose body is a proxy's HTML error page. */
  | 'html'
  /** Accepted and never answered. */
  | 'hang'
  /** The JSON answer with its first message's `id` a number: one message no parser can read. */
  | 'unreadable-message';

type WarningStep = Readonly<{ status?: number; fault?: WarningFault; latencyMs?: number }>;

type WarningRequest = Readonly<{ at: number; path: string; query: URLSearchParams; userAgent: string | null; status: number | 'hang' }>;

export type WarningServices = Readonly<{
  origin: string;
  requests: WarningRequest[];
  /** The warnings the services know of; each tells its own life in time. */
  setStories(stories: readonly WarningStory[]): void;
  /** Applied to requests whose path starts with `pathPrefix`: each script step once, then `always`. */
  setFaults(faults: Readonly<{ pathPrefix?: string; script?: readonly WarningStep[]; always?: WarningStep | null }>): void;
  close(): Promise<void>;
}>;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function startWarningServices(options: Readonly<{ now?: () => number; stories?: readonly WarningStory[] }> = {}): Promise<WarningServices> {
  const now = options.now ?? Date.now;
  let stories = options.stories ?? [];
  let pathPrefix = '/';
  let script: WarningStep[] = [];
  let always: WarningStep | null = null;
  const requests: WarningRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const sockets = new Set<Socket>();

  const answerFor = (url: URL, req: IncomingMessage): ServiceAnswer => {
    const ua = req.headers['user-agent'];
    if (url.pathname === '/alerts/active') return nwsActiveAlerts(url.searchParams, ua, stories, now());
    if (url.pathname === '/weatherapi/metalerts/2.0/current.json') return metAlertsCurrent(url.searchParams, ua, stories, now());
    const feed = /^\/feeds\/meteoalarm-legacy-atom-([a-z-]+)$/.exec(url.pathname);
    if (feed?.[1]) return meteoAlarmFeed(feed[1], stories, now());
    return { status: 404, contentType: 'text/plain', body: 'Not Found' };
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const step = url.pathname.startsWith(pathPrefix) ? (script.shift() ?? always ?? {}) : {};
    const log = (status: WarningRequest['status']): void => {
      requests.push({ at: now(), path: url.pathname, query: url.searchParams, userAgent: req.headers['user-agent'] ?? null, status });
    };
    if (step.latencyMs) await sleep(step.latencyMs);
    if (step.fault === 'hang') {
      log('hang');
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    const answer: ServiceAnswer = step.status
      ? { status: step.status, contentType: 'text/plain', body: `Stand-in status ${step.status}` }
      : answerFor(url, req);
    log(answer.status);
    if (res.destroyed) return;
    if (step.fault === 'html') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>502 Bad Gateway</body></html>');
    const body =
      step.fault === 'truncated'
        ? answer.body.slice(0, Math.floor(answer.body.length / 2))
        : step.fault === 'unreadable-message'
          ? spoilFirstMessage(answer.body)
          : answer.body;
    res.writeHead(answer.status, { 'content-type': answer.contentType }).end(body);
  }

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    setStories: (next) => void (stories = next),
    setFaults: (faults) => {
      pathPrefix = faults.pathPrefix ?? '/';
      script = [...(faults.script ?? [])];
      always = faults.always ?? null;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function spoilFirstMessage(json: string): string {
  const body = JSON.parse(json) as { features?: { properties: Record<string, unknown> }[] };
  const first = body.features?.[0];
  if (first) first.properties['id'] = 7;
  return JSON.stringify(body);
}
