// Requests go where the user's system says: each origin's proxy is asked of Chromium
// (session.resolveProxy, which follows the OS settings, PAC scripts included) and the request is
// handed to the matching undici dispatcher. Answers are cached per origin until the network
// changes. A proxy Chromium could use but undici cannot (QUIC) falls back to a direct connection.
import { Dispatcher } from 'undici';
import type { Logger } from '../core/logger.ts';

/** Chromium's answer for a URL: "DIRECT", "PROXY host:port", "HTTPS host:port", "SOCKS5 host:port", ";"-separated. */
type ProxyResolver = (url: string) => Promise<string>;

/**
 * The first entry undici can follow, as a proxy URL, or null for a direct connection.
 * A bare `SOCKS` is SOCKS4 (Chromium's ProxyServerToPacResultElement writes "SOCKS" for SOCKS4 and
 * "SOCKS5" for SOCKS5), which undici cannot speak (its socks5: is SOCKS5 only): it is skipped like
 * QUIC, and `onUnsupported` hears of it.
 */
export function proxyUrlFromAnswer(answer: string, onUnsupported: (entry: string) => void = () => {}): string | null {
  for (const entry of answer
    .split(';')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [kind = '', hostPort = ''] = entry.split(/\s+/);
    switch (kind.toUpperCase()) {
      case 'DIRECT':
        return null;
      case 'PROXY':
        return `http://${hostPort}`;
      case 'HTTPS':
        return `https://${hostPort}`;
      case 'SOCKS5':
        return `socks5://${hostPort}`;
      case 'SOCKS':
        onUnsupported(entry);
        continue;
      default:
        continue; // e.g. QUIC: try the next entry
    }
  }
  return null;
}

export type SystemProxyOptions = Readonly<{
  resolve: ProxyResolver;
  direct: Dispatcher;
  /** Builds the dispatcher for one proxy URL (timeouts and CAs as for direct requests). */
  viaProxy: (proxyUrl: string) => Dispatcher;
  logger: Logger;
}>;

export class SystemProxyDispatcher extends Dispatcher {
  #options: SystemProxyOptions;
  /** Origin -> proxy URL (null: direct), as Chromium last answered. */
  #routes = new Map<string, Promise<string | null>>();
  #proxies = new Map<string, Dispatcher>();
  #saidSocks4 = false;

  constructor(options: SystemProxyOptions) {
    super();
    this.#options = options;
  }

  /** The network changed: ask again before the next request to each origin. */
  forgetRoutes(): void {
    this.#routes.clear();
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    const origin = String(options.origin);
    void this.#route(origin).then((proxyUrl) => {
      try {
        this.#dispatcherFor(proxyUrl).dispatch(options, handler);
      } catch (error) {
        handler.onResponseError?.(null as never, error as Error);
      }
    });
    return true;
  }

  override async close(): Promise<void> {
    await Promise.all([this.#options.direct.close(), ...[...this.#proxies.values()].map((p) => p.close())]);
  }

  override async destroy(): Promise<void> {
    await Promise.all([this.#options.direct.destroy(), ...[...this.#proxies.values()].map((p) => p.destroy())]);
  }

  #route(origin: string): Promise<string | null> {
    let route = this.#routes.get(origin);
    if (!route) {
      route = this.#options.resolve(`${origin}/`).then(
        (answer) => {
          const proxyUrl = proxyUrlFromAnswer(answer, (entry) => this.#socks4Skipped(entry));
          // i18n-ignore: a log line
          this.#options.logger.debug(`requests to ${origin} go ${proxyUrl ? `through ${proxyUrl}` : 'direct'}`);
          return proxyUrl;
        },
        (error: unknown) => {
          this.#options.logger.warn(`could not ask the system for the proxy of ${origin}; connecting directly: ${String(error)}`);
          this.#routes.delete(origin);
          return null;
        },
      );
      this.#routes.set(origin, route);
    }
    return route;
  }

  /** Said once: every origin behind the same PAC script would repeat it. */
  #socks4Skipped(entry: string): void {
    if (this.#saidSocks4) return;
    this.#saidSocks4 = true;
    this.#options.logger.warn(`the system proxy answered "${entry}", a SOCKS4 proxy, which Skytray does not support; using the next choice of the answer`);
  }

  #dispatcherFor(proxyUrl: string | null): Dispatcher {
    if (proxyUrl === null) return this.#options.direct;
    let proxy = this.#proxies.get(proxyUrl);
    if (!proxy) {
      proxy = this.#options.viaProxy(proxyUrl);
      this.#proxies.set(proxyUrl, proxy);
    }
    return proxy;
  }
}
