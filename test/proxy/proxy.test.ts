// Requests follow the user's proxy: the app asks Chromium (session.resolveProxy, PAC included)
// for each origin; the CLI reads HTTP_PROXY / HTTPS_PROXY / NO_PROXY. A counting proxy on
// 127.0.0.1 shows what went through it. TLS trusts the OS store as well as Node's roots.
import { getCACertificates } from 'node:tls';
import { request } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../main/cli/weather.ts';
import { createHttpAgent, createProxyAgent, trustedCertificates } from '../../main/core/http/http-agent.ts';
import { createLogger, silentLogger } from '../../main/core/logger.ts';
import { SystemProxyDispatcher, proxyUrlFromAnswer } from '../../main/shell/system-proxy.ts';
import { startFakeProvider, type FakeProvider } from '../provider/fake-provider.ts';
import { net, proxyRules } from '../shell/fake-electron.ts';
import { appFixture, type AppFixture } from '../shell/start-app.ts';
import { startCountingProxy, type CountingProxy } from './counting-proxy.ts';
import { serverCertificate, startTlsServer, type TlsServer } from './tls-server.ts';

let proxy: CountingProxy;
let provider: FakeProvider;
let f: AppFixture | null = null;
beforeEach(async () => {
  proxy = await startCountingProxy();
  provider = await startFakeProvider();
});
afterEach(async () => {
  await f?.close();
  f = null;
  await proxy.close();
  await provider.close();
});

const host = (url: string): string => new URL(url).host;

describe('proxy answers', () => {
  it('reads Chromium’s PAC-style answers', () => {
    expect(proxyUrlFromAnswer('DIRECT')).toBeNull();
    expect(proxyUrlFromAnswer('PROXY proxy.corp:3128; DIRECT')).toBe('http://proxy.corp:3128');
    expect(proxyUrlFromAnswer('HTTPS secure.corp:443')).toBe('https://secure.corp:443');
    expect(proxyUrlFromAnswer('SOCKS5 socks.corp:1080')).toBe('socks5://socks.corp:1080');
    expect(proxyUrlFromAnswer('QUIC q.corp:443; PROXY p.corp:8080')).toBe('http://p.corp:8080');
    expect(proxyUrlFromAnswer('')).toBeNull();
  });

  it('skips a SOCKS (that is SOCKS4) entry for the next one, and says so once', async () => {
    expect(proxyUrlFromAnswer('SOCKS socks.corp:1080; PROXY p.corp:8080')).toBe('http://p.corp:8080');
    const warnings: string[] = [];
    const dispatcher = new SystemProxyDispatcher({
      resolve: async () => 'SOCKS socks.corp:1080; DIRECT',
      direct: createHttpAgent(),
      viaProxy: (url) => createProxyAgent(url),
      logger: createLogger((record) => void warnings.push(record.message), 'warn'),
    });
    for (const name of ['Berlin', 'Lima']) {
      const { statusCode, body } = await request(`${provider.origin}/v1/search?name=${name}`, { dispatcher });
      await body.text();
      expect(statusCode).toBe(200); // direct, the answer's next entry
      dispatcher.forgetRoutes(); // so the system is asked, and answers SOCKS, again
    }
    expect(proxy.seen).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('SOCKS4');
    await dispatcher.close();
  });
});

describe('the app', () => {
  it('sends each origin where the system proxy settings say, and asks again after a network change', async () => {
    f = await appFixture('linux');
    proxyRules.answer = () => `PROXY ${host(proxy.url)}`;
    await f.seed(['Berlin']);
    const { service } = await f.start(['--hidden']);
    await service.refresh();
    expect(proxy.seen.some((line) => line.startsWith(`GET ${f!.server.origin}/v1/forecast`))).toBe(true);
    expect(proxyRules.asked).toEqual([`${f.server.origin}/`]); // asked once per origin
    // The network changes (the poll sees it go away and come back) and the answer is now DIRECT.
    proxyRules.answer = () => 'DIRECT';
    net.online = false;
    await f.clock.advance(30_000);
    net.online = true;
    await f.clock.advance(30_000);
    const before = proxy.seen.length;
    await service.refresh();
    expect(proxy.seen.length).toBe(before);
    // Asked again after the change; the offline probe may ask once more for the warnings it fetches
    // alongside the forecast (a failed warnings answer, unlike a fresh forecast, is not reused).
    expect(proxyRules.asked.length).toBeGreaterThanOrEqual(2);
  });

  it('connects directly when the system cannot say', async () => {
    const dispatcher = new SystemProxyDispatcher({
      resolve: async () => {
        throw new Error('no proxy service');
      },
      direct: createHttpAgent(),
      viaProxy: (url) => createProxyAgent(url),
      logger: silentLogger,
    });
    const { statusCode, body } = await request(`${provider.origin}/v1/search?name=Berlin`, { dispatcher });
    await body.text();
    expect(statusCode).toBe(200);
    expect(proxy.seen).toEqual([]);
    await dispatcher.close();
  });
});

describe('the CLI', () => {
  const run = async (env: Record<string, string>): Promise<{ code: number; out: string }> => {
    let out = '';
    const local = [
      '--forecast-url',
      provider.origin,
      '--geocoding-url',
      provider.origin,
      '--air-quality-url',
      provider.origin,
      '--meteoalarm-url',
      provider.origin,
    ];
    const code = await main([...local, '--json', 'Berlin'], env, { out: (t) => (out += t), err: () => {} });
    return { code, out };
  };

  it('goes through HTTP_PROXY (NO_PROXY empty: 127.0.0.1 is not exempt by default)', async () => {
    const { code, out } = await run({ HTTP_PROXY: proxy.url, NO_PROXY: '' });
    expect(code).toBe(0);
    expect((JSON.parse(out) as { place: { name: string } }[])[0]?.place.name).toBe('Berlin');
    // search, forecast, air quality, and Germany's warnings feed (which the local provider does not have)
    expect(proxy.seen.filter((l) => l.startsWith(`GET ${provider.origin}`)).length).toBe(4);
  });

  it('honours NO_PROXY, in either case', async () => {
    expect((await run({ http_proxy: proxy.url, no_proxy: '127.0.0.1' })).code).toBe(0);
    expect(proxy.seen).toEqual([]);
  });
});

describe('certificates', () => {
  let tls: TlsServer;
  beforeEach(async () => {
    tls = await startTlsServer();
  });
  afterEach(() => tls.close());

  it('trusts the OS store as well as Node’s bundled roots', () => {
    const trusted = new Set(trustedCertificates());
    for (const cert of [...getCACertificates('system'), ...getCACertificates('default')]) expect(trusted.has(cert)).toBe(true);
  });

  it('reaches an HTTPS origin through a CONNECT tunnel with the trusted roots', async () => {
    const dispatcher = createProxyAgent(proxy.url, { ca: [tls.ca] });
    const { statusCode, body } = await request(`${tls.origin}/hello`, { dispatcher });
    expect([statusCode, await body.text()]).toEqual([200, 'hello over tls']);
    expect(proxy.seen).toEqual([`CONNECT ${host(tls.origin)}`]);
    await dispatcher.close();
    // Without the root that signed it, the same request is refused.
    const strict = createProxyAgent(proxy.url, { ca: getCACertificates('default') });
    await expect(request(`${tls.origin}/hello`, { dispatcher: strict })).rejects.toThrow(/certificate/i);
    await strict.close();
  });

  it('reaches a proxy spoken to over TLS (HTTPS in PAC terms) with the trusted roots', async () => {
    // undici's ProxyAgent builds the TLS connection to the proxy from its proxyTls option only
    // (lib/dispatcher/proxy-agent.js): the roots given for the origin do not reach it.
    const secureProxy = await startCountingProxy(serverCertificate());
    try {
      const dispatcher = createProxyAgent(secureProxy.url, { ca: [tls.ca] });
      const { statusCode, body } = await request(`${provider.origin}/v1/search?name=Berlin`, { dispatcher });
      await body.text();
      expect(statusCode).toBe(200);
      expect(secureProxy.seen).toEqual([`GET ${provider.origin}/v1/search?name=Berlin`]);
      await dispatcher.close();
      // A proxy whose certificate no trusted root signed is refused.
      const strict = createProxyAgent(secureProxy.url, { ca: getCACertificates('default') });
      await expect(request(`${provider.origin}/v1/search?name=Lima`, { dispatcher: strict })).rejects.toThrow(/certificate/i);
      await strict.close();
    } finally {
      await secureProxy.close();
    }
  });
});
