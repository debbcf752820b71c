// Errors are values a person can act on: `message` is for the user, `cause` is for the log.

export type WeatherErrorCode =
  'network' | 'timeout' | 'rate-limited' | 'server' | 'bad-request' | 'auth' | 'not-found' | 'malformed' | 'too-large' | 'aborted' | 'invalid-input';

/**
 * What a person must be told beyond the code, for the edge to word in their language
 * (main/wording/error-text.ts): the place that was not found, when the next try is.
 */
export type WeatherErrorDetail =
  | Readonly<{ kind: 'place-not-found'; query: string }>
  | Readonly<{ kind: 'favourite-not-found'; id: number }>
  | Readonly<{ kind: 'api-key-missing' }>
  /** The key would travel unencrypted to `origin`. */
  | Readonly<{ kind: 'api-key-needs-https'; origin: string }>
  /** Epoch ms of the next attempt the queue allows. */
  | Readonly<{ kind: 'next-try'; at: number }>;

/** The plain-data form that crosses IPC and goes into JSON output. */
export type WeatherErrorInfo = Readonly<{
  code: WeatherErrorCode;
  message: string;
  provider: string | null;
  status: number | null;
  /** Present only when the code alone does not say it. */
  detail?: WeatherErrorDetail;
}>;

const RETRYABLE: ReadonlySet<WeatherErrorCode> = new Set(['network', 'timeout', 'rate-limited', 'server', 'malformed']);

export type WeatherErrorOptions = Readonly<{
  provider?: string | undefined;
  status?: number | undefined;
  /** How long the server asked us to wait before the next attempt. */
  retryAfterMs?: number | undefined;
  detail?: WeatherErrorDetail | undefined;
  cause?: unknown;
}>;

export class WeatherError extends Error {
  override readonly name = 'WeatherError';
  readonly code: WeatherErrorCode;
  readonly provider: string | null;
  readonly status: number | null;
  readonly retryAfterMs: number | null;
  readonly detail: WeatherErrorDetail | null;

  constructor(code: WeatherErrorCode, message: string, options: WeatherErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.provider = options.provider ?? null;
    this.status = options.status ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
    this.detail = options.detail ?? null;
  }

  /** Worth another attempt: the same request may succeed later. */
  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }

  toInfo(): WeatherErrorInfo {
    const info = { code: this.code, message: this.message, provider: this.provider, status: this.status };
    return this.detail ? { ...info, detail: this.detail } : info;
  }

  /** One line for the log: what the user saw, and what caused it. */
  describe(): string {
    const cause = this.cause instanceof Error ? `${this.cause.name}: ${this.cause.message}` : this.cause;
    return cause === undefined ? this.message : `${this.message} (cause: ${String(cause)})`;
  }
}

function isAbort(error: unknown): boolean {
  return (
    (error instanceof WeatherError && error.code === 'aborted') || (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError'))
  );
}

export function abortedError(provider?: string): WeatherError {
  return new WeatherError('aborted', 'The request was cancelled.', { provider });
}

/** Anything thrown becomes a WeatherError, so callers handle one type. */
export function toWeatherError(error: unknown, provider?: string): WeatherError {
  if (error instanceof WeatherError) return error;
  if (isAbort(error)) return abortedError(provider);
  return new WeatherError('network', 'Something went wrong while fetching the weather.', {
    provider,
    cause: error,
  });
}
