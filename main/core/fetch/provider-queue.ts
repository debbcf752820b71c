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
import { OverBudgetError, spendOrRefuse, type CallBudget } from './call-budget-gate.ts';
import { rateLimitedError } from './rate-limited-error.ts';
import { RequestDeadline } from './request-deadline.ts';

export type Priority = 'user' | 'scheduled';
const PRIORITY_VALUE: Record<Priority, number> = { user: 1, scheduled: 0 };

/** However long a provider asks us to stay away, we look again after an hour. */
const MAX_PAUSE_MS = 60 * 60_000;
/** Never ask again within the same second after a 429, whatever the provider says. */
const MIN_RATE_LIMIT_WAIT_MS = 1_000;
/** A 429 with neither Retry-After nor a reason: the commonest limit is per minute. */
const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;
/** A person at the CLI or pressing Refresh hears back within this, whatever the provider does. */
const USER_DEADLINE_MS = 15_000;

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
  /** How long a person's request may take, all attempts together. @default USER_DEADLINE_MS */
  userDeadlineMs?: number;
  /** The weighted calls the provider bills, spent before each request is sent. @default null: none kept */
  budget?: CallBudget | null;
}>;

export type Attempt<T> = (signal: AbortSignal) => Promise<T>;
/**
 * Turns what an attempt received into the value wanted, outside the provider's slot: the next
 * request need not wait for our parsing. A WeatherError it throws fails the attempt like any other.
 */
export type Finish<R, T> = (received: R) => T;

type Step = { startedAt: number; delay: number | null };

export type RunOptions = Readonly<{ url: URL; priority: Priority; signal?: AbortSignal | undefined }>;

export class ProviderQueue {
  readonly provider: string;
  #queue: PQueue;
  #clock: Clock;
  #logger: Logger;
  #retry: RetryOptions;
  #random: () => number;
  #onAttempt: (record: AttemptRecord) => void;
  #userDeadlineMs: number;
  #budget: CallBudget | null;
  /** The budget refusal a scheduled request is waiting out. */
  #heldBack: OverBudgetError | null = null;
  #pausedUntil = 0;
  #resumeTimer: TimerHandle | null = null;
  /** Told when the provider pauses, so a person's waiting request can give up at once. */
  #pauseListeners = new Set<(until: number) => void>();
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
    this.#userDeadlineMs = options.userDeadlineMs ?? USER_DEADLINE_MS;
    this.#budget = options.budget ?? null;
  }

  /** The call budget this queue keeps, if any. */
  get budget(): CallBudget | null {
    return this.#budget;
  }

  /** While scheduled work waits for the call budget to have room, why: a person joining it hears this at once. */
  get heldBack(): OverBudgetError | null {
    return this.#heldBack && this.#heldBack.retryAt > this.#clock.now() ? this.#heldBack : null;
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
   * rejects with a WeatherError; with code `aborted` once `signal` aborts or the queue closes. A
   * person's request (priority 'user') is answered within the deadline: with `timeout` when the
   * provider is too slow, and at once with `rate-limited` when it has asked us to wait longer.
   */
  async run<R, T>(attempt: Attempt<R>, finish: Finish<R, T>, options: RunOptions): Promise<T> {
    const deadline = options.priority === 'user' ? new RequestDeadline(this.#clock, this.#userDeadlineMs) : null;
    try {
      return await this.#attempts(attempt, finish, options, deadline);
    } finally {
      deadline?.dispose();
    }
  }

  async #attempts<R, T>(attempt: Attempt<R>, finish: Finish<R, T>, options: RunOptions, deadline: RequestDeadline | null): Promise<T> {
    const signal = AbortSignal.any([this.#closed.signal, ...(options.signal ? [options.signal] : []), ...(deadline ? [deadline.signal] : [])]);
    const url = redact(options.url);
    let lastError: WeatherError | null = null;
    for (let attemptIndex = 0; ; attemptIndex++) {
      if (signal.aborted) throw this.#stopped(options.signal, deadline, lastError);
      if (deadline?.outlasts(this.#pausedUntil - this.#clock.now())) throw this.#pausedError(lastError);
      const step: Step = { startedAt: 0, delay: null };
      // While it waits its turn, a person's request gives up as soon as the provider pauses past its deadline.
      const stopListening = deadline ? this.#listenForPause((until) => step.startedAt === 0 && until > deadline.at && deadline.cutShort()) : () => {};
      try {
        const received = await this.#queue.add(
          async () => {
            // Spent in the slot, just before sending: no call is spent for a request never sent.
            spendOrRefuse(this.#budget, this.provider, options.url, this.#clock.now());
            return this.#send(attempt, url, attemptIndex, signal, step);
          },
          { priority: PRIORITY_VALUE[options.priority], signal },
        );
        return this.#finish(received, finish, url, attemptIndex, step);
      } catch (thrown) {
        if (thrown instanceof OverBudgetError) {
          await this.#waitForBudget(thrown, options, signal, () => this.#stopped(options.signal, deadline, lastError));
          attemptIndex--; // nothing was sent: that was no attempt
          continue;
        }
        const error = toWeatherError(thrown, this.provider);
        if (error.code === 'aborted' || signal.aborted) {
          const why = this.#stopped(options.signal, deadline, lastError);
          if (step.startedAt) this.#record(url, attemptIndex, step.startedAt, error.status, why.code === 'aborted' ? 'aborted' : 'failed', why.describe());
          throw why;
        }
        lastError = error;
        const { delay } = step;
        if (delay === null || deadline?.outlasts(delay)) throw error;
        this.#logger.info(`${url}: ${error.code}${error.status ? ` ${error.status}` : ''}, retry ${attemptIndex + 1} in ${delay} ms`);
        // After a 429 the paused queue itself holds the retry back.
        if (error.code !== 'rate-limited') {
          await sleep(this.#clock, delay, signal).catch(() => {
            throw this.#stopped(options.signal, deadline, lastError);
          });
        }
      } finally {
        stopListening();
      }
    }
  }

  /** A person hears at once that the budget is spent; a scheduled refresh waits until it has room. */
  async #waitForBudget(error: OverBudgetError, options: RunOptions, signal: AbortSignal, stopped: () => WeatherError): Promise<void> {
    if (options.priority === 'user' || error.retryAt === Infinity) throw error;
    this.#logger.info(`${redact(options.url)}: ${error.message}`);
    this.#heldBack = error;
    try {
      await sleep(this.#clock, Math.max(0, error.retryAt - this.#clock.now()), signal).catch(() => {
        throw stopped();
      });
    } finally {
      if (this.#heldBack === error) this.#heldBack = null;
    }
  }

  /** One attempt, inside the queue: on failure records it and, on a 429, pauses the provider before settling. */
  async #send<R>(attempt: Attempt<R>, url: string, attemptIndex: number, signal: AbortSignal, step: Step): Promise<R> {
    step.startedAt = this.#clock.now();
    try {
      return await attempt(signal);
    } catch (thrown) {
      let error = toWeatherError(thrown, this.provider);
      if (error.code === 'aborted' || signal.aborted) throw error;
      if (error.code === 'rate-limited') {
        // The provider counts all our requests, not this one: everyone waits. This must happen
        // before the task settles, because p-queue starts the next one the moment it does.
        const wait = Math.max(MIN_RATE_LIMIT_WAIT_MS, error.retryAfterMs ?? DEFAULT_RATE_LIMIT_WAIT_MS);
        this.#pauseFor(Math.min(wait, MAX_PAUSE_MS));
        error = rateLimitedError(this.provider, this.#pausedUntil, this.#clock.now(), error);
      }
      this.#failed(error, url, attemptIndex, step);
      throw error;
    }
  }

  /** The attempt's value, outside the queue; a value that will not do fails the attempt. */
  #finish<R, T>(received: R, finish: Finish<R, T>, url: string, attemptIndex: number, step: Step): T {
    try {
      const value = finish(received);
      this.#record(url, attemptIndex, step.startedAt, null, 'ok', null);
      return value;
    } catch (thrown) {
      const error = toWeatherError(thrown, this.provider);
      this.#failed(error, url, attemptIndex, step);
      throw error;
    }
  }

  #failed(error: WeatherError, url: string, attemptIndex: number, step: Step): void {
    step.delay = this.#retryDelay(error, attemptIndex);
    this.#record(url, attemptIndex, step.startedAt, error.status, step.delay === null ? 'failed' : 'retry', error.describe());
  }

  /** Why the request stopped early: cancelled, out of time, or the provider asked us to wait. */
  #stopped(signal: AbortSignal | undefined, deadline: RequestDeadline | null, lastError: WeatherError | null): WeatherError {
    if (!deadline?.passed || signal?.aborted || this.#closed.signal.aborted) return abortedError(this.provider);
    if (this.#pausedUntil > this.#clock.now()) return this.#pausedError(lastError);
    return new WeatherError('timeout', `${this.provider} did not answer within ${Math.round(deadline.ms / 1000)} s.`, {
      provider: this.provider,
      cause: lastError ?? undefined,
    });
  }

  #pausedError(lastError: WeatherError | null): WeatherError {
    return rateLimitedError(this.provider, this.#pausedUntil, this.#clock.now(), lastError ?? undefined);
  }

  #listenForPause(listener: (until: number) => void): () => void {
    this.#pauseListeners.add(listener);
    return () => this.#pauseListeners.delete(listener);
  }

  /** Aborts everything waiting or running and clears the resume timer; the queue accepts no more work. */
  close(): void {
    this.#closed.abort(abortedError(this.provider));
    this.#queue.clear();
    this.#pauseListeners.clear();
    if (this.#resumeTimer) this.#clock.clearTimeout(this.#resumeTimer);
    this.#resumeTimer = null;
  }

  /** Milliseconds to wait before the next attempt, or null when the error is final. */
  #retryDelay(error: WeatherError, attemptIndex: number): number | null {
    if (!error.retryable || attemptIndex + 1 >= this.#retry.maxAttempts) return null;
    if (error.retryAfterMs !== null) {
      // After a 429, retryAfterMs is the pause already set; waiting longer than accepted fails now.
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
    for (const listener of this.#pauseListeners) listener(until);
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
