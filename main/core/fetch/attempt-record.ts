// One HTTP attempt as the diagnostics see it. The queue writes these, the store keeps the recent
// ones and the service shows them, so the shape lives here rather than in any one of them.

export type AttemptOutcome = 'ok' | 'retry' | 'failed' | 'aborted';

export type AttemptRecord = Readonly<{
  provider: string;
  /** The URL with secrets removed. */
  url: string;
  attempt: number;
  startedAt: number;
  durationMs: number;
  status: number | null;
  outcome: AttemptOutcome;
  /** What went wrong, and for a retry or a rate limit when the next try is; null when it worked. */
  error: string | null;
}>;
