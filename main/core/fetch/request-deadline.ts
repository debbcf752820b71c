// The time a person's request may take, all attempts and all waiting together. Each attempt has its
// own socket timeouts, but four of them and the back-off between can add up to most of a minute.
import type { Clock, TimerHandle } from '../clock.ts';

export class RequestDeadline {
  /** Epoch ms by which the request must be answered. */
  readonly at: number;
  readonly ms: number;
  #controller = new AbortController();
  #clock: Clock;
  #timer: TimerHandle | null;

  constructor(clock: Clock, ms: number) {
    this.#clock = clock;
    this.ms = ms;
    this.at = clock.now() + ms;
    this.#timer = clock.setTimeout(() => {
      this.#timer = null;
      this.#controller.abort();
    }, ms);
  }

  /** Aborts when the time is up, or when waiting longer is known to be pointless. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get passed(): boolean {
    return this.#controller.signal.aborted;
  }

  /** Whether waiting `ms` more would end after the deadline. */
  outlasts(ms: number): boolean {
    return this.#clock.now() + ms > this.at;
  }

  /** Gives up now: nothing can arrive in time. */
  cutShort(): void {
    this.#controller.abort();
    this.dispose();
  }

  dispose(): void {
    if (this.#timer) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
  }
}
