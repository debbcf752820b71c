// One undici Agent for the whole app: keep-alive to each provider, and every phase of a request
// bounded (undici's own defaults wait 300 s for headers and body). The same bounds hold through a
// proxy, and TLS trusts the OS certificate store as well as Node's bundled roots, so a company's
// own root CA (installed in the OS) works.
import { getCACertificates } from 'node:tls';
import { Agent, EnvHttpProxyAgent, ProxyAgent } from 'undici';
import { APP_HOMEPAGE } from '../app-version.ts';

export type HttpAgentOptions = Readonly<{
  /** Give up connecting after this long. @default 5000 */
  connectTimeoutMs?: number;
  /** Give up waiting for response headers after this long. @default 10000 */
  headersTimeoutMs?: number;
  /** Give up when the body stalls for this long between chunks. @default 10000 */
  bodyTimeoutMs?: number;
  /** Close idle keep-alive sockets after this long. @default 30000 */
  keepAliveTimeoutMs?: number;
  /** Largest response body accepted; a forecast for 10 places is about 150 KB. @default 4 MiB */
  maxResponseBytes?: number;
  /** Root certificates to trust. @default Node's bundled roots and the OS store (trustedCertificates()) */
  ca?: readonly string[];
}>;

const DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

let trusted: string[] | null = null;

/**
 * Node's bundled roots plus the OS store ('system': macOS Keychain, Windows store, the
 * distribution's bundle on Linux; tls.getCACertificates, Node >= 22.15 and 23.5, so also the
 * Node 24 inside Electron 45). Read once: reading the OS store is slow.
 */
export function trustedCertificates(): string[] {
  trusted ??= [...new Set([...getCACertificates('default'), ...getCACertificates('system')])];
  return trusted;
}

function agentOptions(options: HttpAgentOptions): Agent.Options {
  const ca = [...(options.ca ?? trustedCertificates())];
  return {
    connect: { timeout: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS, ca },
    headersTimeout: options.headersTimeoutMs ?? 10_000,
    bodyTimeout: options.bodyTimeoutMs ?? 10_000,
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 30_000,
    maxResponseSize: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
  };
}

export function createHttpAgent(options: HttpAgentOptions = {}): Agent {
  return new Agent(agentOptions(options));
}

/** Through one proxy (`http://host:port`, `https://...` or `socks5://...`), with the same bounds. */
export function createProxyAgent(proxyUrl: string, options: HttpAgentOptions = {}): ProxyAgent {
  const base = agentOptions(options);
  const ca = [...(options.ca ?? trustedCertificates())];
  // undici's ProxyAgent builds its connections from its own options only
  // (lib/dispatcher/proxy-agent.js), not from `connect`: the TLS session with an HTTPS proxy from
  // proxyTls (a company proxy's certificate is often signed by the company's root), the one with
  // the provider through a CONNECT tunnel from requestTls, and both time out after connectTimeout.
  return new ProxyAgent({
    ...base,
    uri: proxyUrl,
    connectTimeout: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    proxyTls: { ca },
    requestTls: { ca },
  });
}

/** The conventional HTTP_PROXY, HTTPS_PROXY and NO_PROXY variables (either case), as curl reads them. */
export function createEnvProxyAgent(env: Readonly<Record<string, string | undefined>>, options: HttpAgentOptions = {}): EnvHttpProxyAgent {
  const pick = (name: string): string | undefined => env[name.toLowerCase()] || env[name] || undefined;
  const httpProxy = pick('HTTP_PROXY');
  // Undici would read process.env for what is not given: give everything, '' meaning none.
  return new EnvHttpProxyAgent({
    ...agentOptions(options),
    httpProxy: httpProxy ?? '',
    httpsProxy: pick('HTTPS_PROXY') ?? httpProxy ?? '',
    noProxy: pick('NO_PROXY') ?? '',
  });
}

/**
 * Identifies Skytray to the weather services, as they ask clients to, with where its authors can be
 * reached (Skytray has no server of its own: its homepage); nothing about the user. api.weather.gov
 * asks for "something that identifies your application and includes a contact" (its OpenAPI
 * document, "userAgent"); api.met.no for the application's name and "a link to the company website
 * where we can find contact information" (https://api.met.no/doc/TermsOfService, "Identification").
 */
export function userAgent(version: string): string {
  return `Skytray/${version} (+${APP_HOMEPAGE})`;
}
