// The text getter's failures: typed like the JSON getter's, and a refused body is let go cleanly.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { getFeed } from '../../../main/core/alerts/get-feed.ts';
import { WeatherError } from '../../../main/core/errors.ts';
import { createHttpAgent } from '../../../main/core/http/http-agent.ts';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function serve(status: number, body: string, headers: Record<string, string> = {}): Promise<URL> {
  server = createServer((_req, res) => void res.writeHead(status, { 'content-type': 'text/html', ...headers }).end(body));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/feeds/x`);
}

async function failure(url: URL): Promise<WeatherError> {
  const agent = createHttpAgent();
  try {
    await getFeed(url, { dispatcher: agent, signal: new AbortController().signal, userAgent: 'Skytray-test', providerLabel: 'MeteoAlarm', now: () => 0 });
  } catch (error) {
    if (error instanceof WeatherError) return error;
    throw error;
  } finally {
    await agent.close();
  }
  throw new Error('expected a failure');
}

describe('getFeed', () => {
  it('a 404 with a large body is "not-found", and the body is let go without an error of its own', async () => {
    const error = await failure(await serve(404, `<html>${'x'.repeat(256 * 1024)}</html>`));
    expect([error.code, error.status, error.message]).toEqual(['not-found', 404, 'MeteoAlarm has no such feed (HTTP 404).']);
    // An error event from a body nobody listens to would surface here, after the test, as uncaught.
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  it('a 503 with Retry-After is a retryable "server" error that says when', async () => {
    const error = await failure(await serve(503, 'busy', { 'retry-after': '7' }));
    expect([error.code, error.retryable, error.retryAfterMs]).toEqual(['server', true, 7000]);
  });

  it('a refused connection is "network"', async () => {
    const url = await serve(200, '');
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    server = undefined;
    expect((await failure(url)).code).toBe('network');
  });
});
