// When to refresh which favourite. Pure timing: the service does the fetching. One timer, set for
// the earliest place due; places due within a window of each other go together; failing places
// back off; nothing runs while paused (sleep) or offline, and coming back brings one refresh of
// whatever went stale, not a burst.
import type { Clock, TimerHandle } from '../clock.ts';
import type { WeatherErrorCode } from '../errors.ts';
import type { Logger } from '../logger.ts';

export type CycleOutcome = Readonly<{ id: number; ok: true } | { id: number; ok: false; code: WeatherErrorCode }>;

/** Fetches these favourites; resolves with one outcome each. Must not reject. */
export type RunCycle = (ids: readonly number[], signal: AbortSignal) => Promise<CycleOutcome[]>;

export type SchedulerOptions = Readonly<{
  clock: Clock;
  logger: Logger;
  runCycle: RunCycle;
  intervalMs: number;
  /** @default Math.random */
  random?: () => number;
  /** Called when the scheduler decides the network is gone or back. */
  onOnlineChange?: (online: boolean) => void;
}>;

type PlaceState = { nextDueAt: number; failures: number };

/** ±10% on every interval, so places and machines drift apart instead of asking in lockstep. */
const JITTER = 0.1;
/** Places due within this share of the interval of the earliest one go in the same cycle. */
const BATCH_WINDOW = 0.2;
/** Time for a refresh to land once it has started: a queue wait, a retry. */
const FETCH_GRACE_MS = 60_000;
const FAILURE_BASE_MS = 60_000;
const FAILURE_CAP_MS = 60 * 60_000;
const PROBE_BASE_MS = 15_000;
const PROBE_CAP_MS = 5 * 60_000;

/**
 * How old a healthy place's data gets before its refresh lands: the interval at its longest
 * jitter, and a moment for the fetch. Older than this, the refresh that should have come did not.
 */
export function staleAfterMs(intervalMs: number): number {
  return Math.round(intervalMs * (1 + JITTER)) + FETCH_GRACE_MS;
}

export class RefreshScheduler {
  #clock: Clock;
  #logger: Logger;
  #runCycle: RunCycle;
  #random: () => number;
  #onOnlineChange: (online: boolean) => void;
  #intervalMs: number;
  #places = new Map<number, PlaceState>();
  #timer: TimerHandle | null = null;
  #cycle: { controller: AbortController; done: Promise<void> } | null = null;
  #started = false;
  #paused = false;
  #online = true;
  #probeFailures = 0;
  /** While offline: when the next probe goes out. A point in time, so re-arming never delays it. */
  #probeAt = 0;
  /** While offline: probe at the next chance instead of after the back-off (OS says online, a place was added). */
  #probeSoon = false;
  #closed = false;

  constructor(options: SchedulerOptions) {
    this.#clock = options.clock;
    this.#logger = options.logger;
    this.#runCycle = options.runCycle;
    this.#random = options.random ?? Math.random;
    this.#onOnlineChange = options.onOnlineChange ?? (() => {});
    this.#intervalMs = options.intervalMs;
  }

  get online(): boolean {
    return this.#online;
  }

  get paused(): boolean {
    return this.#paused;
  }

  start(): void {
    if (this.#closed) return;
    this.#started = true;
    this.#arm();
  }

  /**
   * The favourites to keep fresh, with when each was last fetched (null: never). New places are due
   * when their data goes stale; places no longer listed are forgotten.
   */
  setPlaces(places: readonly Readonly<{ id: number; fetchedAt: number | null }>[]): void {
    const now = this.#clock.now();
    const next = new Map<number, PlaceState>();
    let added = false;
    for (const { id, fetchedAt } of places) {
      const known = this.#places.get(id);
      added ||= !known && fetchedAt === null;
      next.set(id, known ?? { nextDueAt: fetchedAt === null ? now : Math.max(now, fetchedAt + this.#intervalMs), failures: 0 });
    }
    this.#places = next;
    // A place just added is worth a try at once, even while offline: it doubles as the probe.
    if (added && !this.#online) this.#probeSoon = true;
    this.#arm();
  }

  setInterval(intervalMs: number): void {
    const previous = this.#intervalMs;
    this.#intervalMs = intervalMs;
    for (const state of this.#places.values()) state.nextDueAt += intervalMs - previous;
    this.#arm();
  }

  /** A changed setting (units, provider, key): every place is due now, its failures forgiven. */
  allDue(): void {
    const now = this.#clock.now();
    for (const state of this.#places.values()) {
      state.failures = 0;
      state.nextDueAt = Math.min(state.nextDueAt, now);
    }
    this.#arm();
  }

  /** A manual or other out-of-band fetch finished: schedule these places from now. */
  recordOutcomes(outcomes: readonly CycleOutcome[]): void {
    const now = this.#clock.now();
    for (const outcome of outcomes) {
      const state = this.#places.get(outcome.id);
      if (!state) continue;
      if (outcome.ok) {
        state.failures = 0;
        state.nextDueAt = now + this.#jittered(this.#intervalMs);
      } else if (outcome.code !== 'aborted') {
        state.failures++;
        // 1, 2, 4 ... minutes, capped at an hour: soon after a blip, rarely for a place that keeps failing.
        state.nextDueAt = now + this.#jittered(Math.min(FAILURE_CAP_MS, FAILURE_BASE_MS * 2 ** (state.failures - 1)));
      }
    }
    if (outcomes.some((o) => o.ok) && !this.#online) this.#setOnline(true);
    this.#arm();
  }

  /** The machine goes to sleep: stop timers and cancel what is running. */
  pause(): void {
    if (this.#closed || this.#paused) return;
    this.#paused = true;
    this.#disarm();
    this.#cycle?.controller.abort();
  }

  /**
   * The machine woke up: one refresh of whatever went stale while it slept. Re-arms even when no
   * suspend was seen: a timer set before the sleep is late by the whole sleep.
   */
  resume(): void {
    if (this.#closed) return;
    this.#paused = false;
    this.#arm();
  }

  /** What the operating system says about the network. `false` is reliable; `true` is only a hint. */
  setOnline(online: boolean): void {
    if (this.#closed) return;
    if (!online) {
      if (this.#online) this.#scheduleProbe();
      this.#setOnline(false);
      this.#cycle?.controller.abort();
      this.#arm();
    } else if (!this.#online) {
      this.#probeFailures = 0;
      // Only a successful request proves the network is back: probe now. With nothing to probe
      // with, the OS's word is all there is.
      if (this.#places.size === 0) this.#setOnline(true);
      else {
        this.#probeSoon = true;
        this.#arm();
      }
    }
  }

  /** Stops for good: no timer left, the running cycle cancelled. Resolves when it has ended. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#disarm();
    const cycle = this.#cycle;
    cycle?.controller.abort();
    await cycle?.done;
  }

  #jittered(ms: number): number {
    return Math.round(ms * (1 - JITTER + 2 * JITTER * this.#random()));
  }

  #scheduleProbe(): void {
    this.#probeAt = this.#clock.now() + Math.min(PROBE_CAP_MS, PROBE_BASE_MS * 2 ** this.#probeFailures);
  }

  #setOnline(online: boolean): void {
    if (this.#online === online) return;
    this.#online = online;
    this.#logger.info(online ? 'network is back' : 'network seems to be gone; probing with back-off');
    this.#onOnlineChange(online);
  }

  #disarm(): void {
    if (this.#timer) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** Sets the one timer for the next thing to do. */
  #arm(): void {
    this.#disarm();
    if (this.#closed || !this.#started || this.#paused || this.#cycle || this.#places.size === 0) return;
    const now = this.#clock.now();
    let delay: number;
    if (!this.#online) delay = this.#probeSoon ? 0 : Math.max(0, this.#probeAt - now);
    else delay = Math.max(0, Math.min(...[...this.#places.values()].map((s) => s.nextDueAt)) - now);
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = null;
      this.#fire();
    }, delay);
  }

  #fire(): void {
    if (this.#closed || this.#paused || this.#cycle) return;
    const now = this.#clock.now();
    let ids: number[];
    if (!this.#online) {
      // Probe with the place most overdue: one request tells whether the network is back.
      const [first] = [...this.#places].sort((a, b) => a[1].nextDueAt - b[1].nextDueAt);
      ids = first ? [first[0]] : [];
    } else {
      const horizon = now + this.#intervalMs * BATCH_WINDOW;
      ids = [...this.#places].filter(([, s]) => s.nextDueAt <= horizon).map(([id]) => id);
    }
    if (ids.length === 0) return this.#arm();
    const controller = new AbortController();
    const probing = !this.#online;
    if (probing) this.#probeSoon = false;
    const done = this.#runCycle(ids, controller.signal)
      .then((outcomes) => this.#afterCycle(outcomes, probing))
      .catch((error: unknown) => this.#logger.error(`refresh cycle failed: ${(error as Error).message}`))
      .finally(() => {
        this.#cycle = null;
        this.#arm();
      });
    this.#cycle = { controller, done };
  }

  #afterCycle(outcomes: readonly CycleOutcome[], probing: boolean): void {
    if (this.#closed) return;
    const attempted = outcomes.filter((o) => o.ok || o.code !== 'aborted');
    // The probe's place went away before it could be tried: try again with another, at once.
    if (probing && attempted.length === 0) this.#probeSoon = true;
    const networkDown = attempted.length > 0 && attempted.every((o) => !o.ok && o.code === 'network');
    if (networkDown) {
      // Nothing got through: this is the network, not the places. Do not count it against them.
      if (probing) this.#probeFailures++;
      else this.#probeFailures = 0;
      this.#scheduleProbe();
      this.#setOnline(false);
      return;
    }
    this.recordOutcomes(outcomes);
    if (probing && attempted.some((o) => o.ok)) {
      // Back online: one refresh of whatever went stale while we were away.
      this.#probeFailures = 0;
      const now = this.#clock.now();
      for (const state of this.#places.values()) if (state.nextDueAt < now) state.nextDueAt = now;
    }
  }
}
