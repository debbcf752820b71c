// One HTTP GET that returns parsed JSON or throws a WeatherError saying what went wrong.
import { request, type Dispatcher } from 'undici';
import { WeatherError, abortedError } from '../errors.ts';
import { rateLimitWaitMs, reasonOf } from './rate-limit-wait.ts';
import { errorCodeForStatus, parseRetryAfter } from './retry-policy.ts';

export type GetJsonOptions = Readonly<{
  dispatcher: Dispatcher;
  signal: AbortSignal;
  userAgent: string;
  /** Provider name used in messages: "Open-Meteo". */
  providerLabel: string;
  /** Epoch ms, for Retry-After dates. */
  now: () => number;
  /** Words for a person about a failed status, from the provider that knows its API. */
  explain: (status: number, body: unknown) => string;
}>;

/** Keep the error body small: it only has to carry a reason. */
const ERROR_BODY_LIMIT = 16 * 1024;

export async function getJson(url: URL, options: GetJsonOptions): Promise<unknown> {
  const { providerLabel: provider } = options;
  let response: Dispatcher.ResponseData;
  try {
    response = await request(url, {
      method: 'GET',
      dispatcher: options.dispatcher,
      signal: options.signal,
      headers: { 'user-agent': options.userAgent, accept: 'application/json' },
    });
  } catch (error) {
    throw transportError(error, provider, options.signal);
  }

  let text: string;
  try {
    text = response.statusCode === 200 ? await response.body.text() : await readPrefix(response.body, ERROR_BODY_LIMIT);
  } catch (error) {
    throw transportError(error, provider, options.signal);
  }

  if (response.statusCode !== 200) {
    const status = response.statusCode;
    const body = parseOrNull(text);
    const retryAfter = header(response.headers['retry-after']);
    const code = errorCodeForStatus(status);
    throw new WeatherError(code, options.explain(status, body), {
      provider,
      status,
      // A 429 always says how long to stay away: the header when sent, else the provider's reason.
      retryAfterMs: parseRetryAfter(retryAfter, options.now()) ?? (status === 429 ? rateLimitWaitMs(reasonOf(body), options.now()) : undefined),
      cause: `HTTP ${status}: ${text.slice(0, 300)}`,
    });
  }

  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // Open-Meteo streams its body: a failure half way appends plain text to a 200.
    throw new WeatherError('malformed', `${provider} sent a response that could not be read.`, {
      provider,
      status: 200,
      cause: `${(error as Error).message}; body ends with ${JSON.stringify(text.slice(-120))}`,
    });
  }
}

function header(value: string | string[] | undefined): string | null {
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

async function readPrefix(body: Dispatcher.ResponseData['body'], limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = chunk as Buffer;
    chunks.push(buffer);
    size += buffer.length;
    if (size >= limit) {
      body.destroy();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

function transportError(error: unknown, provider: string, signal: AbortSignal): WeatherError {
  if (signal.aborted) return abortedError(provider);
  const code = (error as { code?: unknown }).code;
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') {
    return new WeatherError('too-large', `${provider} sent a response larger than Skytray accepts.`, {
      provider,
      cause: error,
    });
  }
  if (typeof code === 'string' && TIMEOUT_CODES.has(code)) {
    return new WeatherError('timeout', `${provider} did not answer in time.`, { provider, cause: error });
  }
  return new WeatherError('network', `Could not reach ${provider}. Check your internet connection.`, {
    provider,
    cause: error,
  });
}
