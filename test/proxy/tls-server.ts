// An HTTPS server on 127.0.0.1 whose certificate is signed by a test-only root (certs/, made once
// with openssl, valid until 2126; the root's key was thrown away), so tests can show which roots a
// client trusts.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';

export type TlsServer = Readonly<{ origin: string; ca: string; close(): Promise<void> }>;

const cert = (name: string): string => readFileSync(new URL(`certs/${name}`, import.meta.url), 'utf8');

/** The key and certificate (for 127.0.0.1, signed by the test root) any test server may use. */
export const serverCertificate = (): Readonly<{ key: string; cert: string }> => ({ key: cert('server.key'), cert: cert('server.pem') });

export async function startTlsServer(): Promise<TlsServer> {
  const server: Server = createServer(serverCertificate(), (_req, res) => res.end('hello over tls'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://127.0.0.1:${port}`,
    ca: cert('ca.pem'),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
