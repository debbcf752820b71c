// The local provider's fault knobs: what goes wrong, for which requests, and how often.

export type FaultKind =
  /** The socket is destroyed before any response. */
  | 'reset'
  /** The request is accepted and never answered. */
  | 'hang'
  /** A 200 whose body is an HTML error page. */
  | 'malformed'
  /** A 200 whose JSON body stops half way. */
  | 'truncated'
  /** A 200 with plain text appended after the JSON, as Open-Meteo's streaming does on a late error. */
  | 'append-text'
  /** A 200 far larger than any real response. */
  | 'oversized'
  /** Valid JSON in the wrong shape. */
  | 'wrong-shape'
  /** The real answer, with the last location of a multi-location answer in the wrong shape. */
  | 'bad-entry';

/** What happens to one request: a status with the API's own error body, or a fault. */
export type Step = Readonly<{
  status?: number;
  retryAfter?: string;
  fault?: FaultKind;
  latencyMs?: number;
}>;

type RateLimit = Readonly<{ limit: number; windowMs: number; retryAfter?: string }>;

export type FaultSettings = Readonly<{
  /** Added before every answer. @default 0 */
  latencyMs: number;
  /** Requests served at once per client address; more wait in line. @default Infinity */
  concurrency: number;
  /** Requests allowed to wait per client before a 429, like Open-Meteo's 6th concurrent request. @default 4 */
  queueLimit: number;
  /** Requests per client per window before 429. @default null (no limit) */
  rateLimit: RateLimit | null;
  /** Consumed one step per matching request, then `always` applies. */
  script: readonly Step[];
  /** Applied to every matching request once the script is used up. @default null */
  always: Step | null;
  /** Only requests whose path starts with this are scripted. @default '/' */
  pathPrefix: string;
  /** Size of an `oversized` body. @default 8 MiB */
  oversizeBytes: number;
}>;

export const DEFAULT_FAULTS: FaultSettings = {
  latencyMs: 0,
  concurrency: Infinity,
  queueLimit: 4,
  rateLimit: null,
  script: [],
  always: null,
  pathPrefix: '/',
  oversizeBytes: 8 * 1024 * 1024,
};

/** Reads fault settings sent as JSON to the control endpoint; `null` stands for Infinity. */
export function faultsFromJson(json: unknown): Partial<FaultSettings> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('faults must be a JSON object');
  const input = json as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_FAULTS)) {
    if (!(key in input)) continue;
    const value = input[key];
    out[key] = key === 'concurrency' && value === null ? Infinity : value;
  }
  const unknown = Object.keys(input).filter((k) => !(k in DEFAULT_FAULTS));
  if (unknown.length) throw new Error(`unknown fault settings: ${unknown.join(', ')}`);
  return out as Partial<FaultSettings>;
}
