// One undici Agent for the whole app: keep-alive to each provider, and every phase of a request
// bounded (undici's own defaults wait 300 s for headers and body).
import { Agent } from 'undici';

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
}>;

export const DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

export function createHttpAgent(options: HttpAgentOptions = {}): Agent {
  return new Agent({
    connect: { timeout: options.connectTimeoutMs ?? 5_000 },
    headersTimeout: options.headersTimeoutMs ?? 10_000,
    bodyTimeout: options.bodyTimeoutMs ?? 10_000,
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 30_000,
    maxResponseSize: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
  });
}

/** Identifies Skytray to the weather services, as they ask clients to; nothing about the user. */
export function userAgent(version: string): string {
  return `Skytray/${version} (desktop weather app)`;
}
