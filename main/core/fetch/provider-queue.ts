// Every HTTP attempt to one provider, retries included, goes through this queue: it holds the
// provider's concurrency and rate budget, puts work a person asked for first, backs off on failure
// and pauses the whole provider when the provider says it is over its limit.
import PQueue from 'p-queue';
import { sleep, type Clock, type TimerHandle } from '../clock.ts';
import { WeatherError, abortedError, toWeatherError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { DEFAULT_RETRY, backoffDelay, type RetryOptions } from '../http/retry-policy.ts';
import { redact } from '../logger.ts';
import type { QueueLimits } from '../providers/provider.ts';
import type { AttemptOutcome, AttemptRecord } from './attempt-record.ts';

export type Priority = 'user' | 'scheduled';
const PRIORITY_VALUE: Record<Priority, number> = { user: 1, scheduled: 0 };

/** However long a provider asks us to stay away, we look again after an hour. */
const MAX_PAUSE_MS = 60 * 60_000;

export type ProviderQueueOptions = Readonly<{
  provider: string;
  limits: QueueLimits;
  clock: Clock;
  logger: Logger;
  /** @default DEFAULT_RETRY */
  retry?: RetryOptions;
  /** @default Math.random */
  random?: () => number;
  onAttempt?: (record: AttemptRecord) => void;
}>;

export type Attempt<T> = (signal: AbortSignal) => Promise<T>;

export class ProviderQueue {
  readonly provider: string;
  #queue: PQueue;
  #clock: Clock;
  #logger: Logger;
  #retry: RetryOptions;
  #random: () => number;
  #onAttempt: (record: AttemptRecord) => void;
  #pausedUntil = 0;
  #resumeTimer: TimerHandle | null = null;
  #closed = new AbortController();

  constructor(options: ProviderQueueOptions) {
    const { limits } = options;
    this.provider = options.provider;
    this.#queue = new PQueue({
      concurrency: limits.concurrency,
      intervalCap: limits.intervalCap,
      interval: limits.intervalMs,
      strict: true,
    });
    this.#clock = options.clock;
    this.#logger = options.logger;
    this.#retry = options.retry ?? DEFAULT_RETRY;
    this.#random = options.random ?? Math.random;
    this.#onAttempt = options.onAttempt ?? (() => {});
  }

  /** Requests waiting for their turn, and running now. */
  get size(): { waiting: number; running: number } {
    return { waiting: this.#queue.size, running: this.#queue.pending };
  }

  /** Until when (epoch ms) the provider asked us to stay away; 0 when it did not. */
  get pausedUntil(): number {
    return this.#pausedUntil;
  }

  /**
   * Runs `attempt` through the queue, retrying what may succeed later. Resolves with its value or
   * rejects with a WeatherError; with code `aborted` once `signal` aborts or the queue closes.
   */
  async run<T>(attempt: Attempt<T>, options: Readonly<{ url: URL; priority: Priority; signal?: AbortSignal | undefined }>): Promise<T> {
    const signal = options.signal ? AbortSignal.any([options.signal, this.#closed.signal]) : this.#closed.signal;
    const url = redact(options.url);
    for (let attemptIndex = 0; ; attemptIndex++) {
      if (signal.aborted) throw abortedError(this.provider);
      let startedAt = 0;
      let delay: number | null = null;
      try {
        return await this.#queue.add(
          async () => {
            startedAt = this.#clock.now();
            try {
              const value = await attempt(signal);
              this.#record(url, attemptIndex, startedAt, null, 'ok', null);
              return value;
            } catch (thrown) {
              const error = toWeatherError(thrown, this.provider);
              if (error.code !== 'aborted' && !signal.aborted) {
                delay = this.#retryDelay(error, attemptIndex);
                this.#record(url, attemptIndex, startedAt, error.status, delay === null ? 'failed' : 'retry', error.describe());
                // The provider counts all our requests, not this one: everyone waits. This must
                // happen before the task settles, because p-queue starts the next one the moment it does.
                if (error.code === 'rate-limited') this.#pauseFor(Math.min(delay ?? error.retryAfterMs ?? this.#retry.backoff.capMs, MAX_PAUSE_MS));
              }
              throw error;
            }
          },
          { priority: PRIORITY_VALUE[options.priority], signal },
        );
      } catch (thrown) {
        const error = toWeatherError(thrown, this.provider);
        if (error.code === 'aborted' || signal.aborted) {
          if (startedAt) this.#record(url, attemptIndex, startedAt, error.status, 'aborted', error.message);
          throw abortedError(this.provider);
        }
        if (delay === null) throw error;
        this.#logger.info(`${url}: ${error.code}${error.status ? ` ${error.status}` : ''}, retry ${attemptIndex + 1} in ${delay} ms`);
        // After a 429 the paused queue itself holds the retry back.
        if (error.code !== 'rate-limited') {
          await sleep(this.#clock, delay, signal).catch(() => {
            throw abortedError(this.provider);
          });
        }
      }
    }
  }

  /** Aborts everything waiting or running and clears the resume timer; the queue accepts no more work. */
  close(): void {
    this.#closed.abort(abortedError(this.provider));
    this.#queue.clear();
    if (this.#resumeTimer) this.#clock.clearTimeout(this.#resumeTimer);
    this.#resumeTimer = null;
  }

  /** Milliseconds to wait before the next attempt, or null when the error is final. */
  #retryDelay(error: WeatherError, attemptIndex: number): number | null {
    if (!error.retryable || attemptIndex + 1 >= this.#retry.maxAttempts) return null;
    if (error.retryAfterMs !== null) {
      return error.retryAfterMs <= this.#retry.maxRetryAfterMs ? error.retryAfterMs : null;
    }
    return backoffDelay(attemptIndex, this.#retry.backoff, this.#random);
  }

  #pauseFor(ms: number): void {
    const until = this.#clock.now() + ms;
    if (until <= this.#pausedUntil) return;
    this.#pausedUntil = until;
    this.#queue.pause();
    if (this.#resumeTimer) this.#clock.clearTimeout(this.#resumeTimer);
    this.#resumeTimer = this.#clock.setTimeout(() => {
      this.#resumeTimer = null;
      this.#pausedUntil = 0;
      this.#queue.start();
    }, ms);
  }

  #record(url: string, attempt: number, startedAt: number, status: number | null, outcome: AttemptOutcome, error: string | null): void {
    const now = this.#clock.now();
    this.#onAttempt({
      provider: this.provider,
      url,
      attempt: attempt + 1,
      startedAt: startedAt || now,
      durationMs: startedAt ? now - startedAt : 0,
      status: status ?? (outcome === 'ok' ? 200 : null),
      outcome,
      error,
    });
  }
}
