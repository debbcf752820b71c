// One HTTP GET of a text document (MeteoAlarm's Atom feeds are XML, not JSON), with the same typed
// failures as the JSON getter: a status a person can act on, Retry-After honoured, timeouts and
// oversized bodies named as such.
import { request, type Dispatcher } from 'undici';
import { WeatherError, abortedError } from '../errors.ts';
import { errorCodeForStatus, parseRetryAfter } from '../http/retry-policy.ts';

export type GetFeedOptions = Readonly<{
  dispatcher: Dispatcher;
  signal: AbortSignal;
  userAgent: string;
  /** "MeteoAlarm" */
  providerLabel: string;
  /** Epoch ms, for Retry-After dates. */
  now: () => number;
  /** What the request accepts. @default 'application/atom+xml, application/xml;q=0.9' */
  accept?: string;
}>;

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

export async function getFeed(url: URL, options: GetFeedOptions): Promise<string> {
  const provider = options.providerLabel;
  try {
    const response = await request(url, {
      method: 'GET',
      dispatcher: options.dispatcher,
      signal: options.signal,
      headers: { 'user-agent': options.userAgent, accept: options.accept ?? 'application/atom+xml, application/xml;q=0.9' },
    });
    const status = response.statusCode;
    if (status === 200) return await response.body.text();
    // Only the status and Retry-After matter. The body is drained up to a small limit, then dropped:
    // destroying it outright makes the stream emit an error that nobody would hear.
    await response.body.dump({ limit: 16 * 1024 }).catch(() => {});
    throw statusError(status, response.headers['retry-after'], provider, options.now());
  } catch (error) {
    if (error instanceof WeatherError) throw error;
    throw transportError(error, provider, options.signal);
  }
}

function statusError(status: number, retryAfter: string | string[] | undefined, provider: string, now: number): WeatherError {
  const code = errorCodeForStatus(status);
  const message =
    status === 429
      ? `${provider} is limiting requests right now. Skytray will try again later.`
      : status === 404
        ? `${provider} has no such feed (HTTP 404).`
        : status >= 500
          ? `${provider} is having trouble (HTTP ${status}). Skytray will try again later.`
          : `${provider} answered HTTP ${status}.`;
  const header = Array.isArray(retryAfter) ? retryAfter[0] : retryAfter;
  return new WeatherError(code, message, { provider, status, retryAfterMs: parseRetryAfter(header, now) ?? undefined });
}

function transportError(error: unknown, provider: string, signal: AbortSignal): WeatherError {
  if (signal.aborted) return abortedError(provider);
  const code = (error as { code?: unknown }).code;
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') {
    return new WeatherError('too-large', `${provider} sent a response larger than Skytray accepts.`, { provider, cause: error });
  }
  if (typeof code === 'string' && TIMEOUT_CODES.has(code)) {
    return new WeatherError('timeout', `${provider} did not answer in time.`, { provider, cause: error });
  }
  return new WeatherError('network', `Could not reach ${provider}. Check your internet connection.`, { provider, cause: error });
}
