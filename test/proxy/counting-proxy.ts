// A small HTTP proxy on 127.0.0.1 for tests: forwards plain-HTTP requests given in absolute form
// (RFC 9112 §3.2.2) and tunnels CONNECT (RFC 9110 §9.3.6), and counts what passed through it.
// Given a key and certificate, clients reach it over TLS (an "HTTPS" proxy in PAC terms).
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';

export type CountingProxy = Readonly<{
  url: string;
  /** "GET http://127.0.0.1:1234/v1/forecast?…" or "CONNECT 127.0.0.1:5678", in arrival order. */
  seen: string[];
  close(): Promise<void>;
}>;

function forward(req: IncomingMessage, res: ServerResponse, seen: string[]): void {
  seen.push(`${req.method} ${req.url}`);
  let target: URL;
  try {
    target = new URL(req.url ?? '');
  } catch {
    res.writeHead(400).end('absolute URL expected');
    return;
  }
  const headers = { ...req.headers };
  delete headers['proxy-connection'];
  const upstream = request(target, { method: req.method, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
}

function tunnel(req: IncomingMessage, client: Socket, head: Buffer, seen: string[]): void {
  seen.push(`CONNECT ${req.url}`);
  const [host = '', port = '443'] = (req.url ?? '').split(':');
  const upstream = connect(Number(port), host, () => {
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    upstream.write(head);
    upstream.pipe(client);
    client.pipe(upstream);
  });
  const drop = (): void => {
    upstream.destroy();
    client.destroy();
  };
  upstream.on('error', drop);
  client.on('error', drop);
}

export async function startCountingProxy(tls?: Readonly<{ key: string; cert: string }>): Promise<CountingProxy> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const handle = (req: IncomingMessage, res: ServerResponse): void => forward(req, res, seen);
  const server: Server = tls ? createTlsServer(tls, handle) : createServer(handle);
  server.on('connect', (req, client: Socket, head) => {
    sockets.add(client);
    tunnel(req, client, head, seen);
  });
  server.on(tls ? 'secureConnection' : 'connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
