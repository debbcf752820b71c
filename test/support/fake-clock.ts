// A clock tests drive by hand: time moves only when told, and pending timers can be counted.
import type { Clock, TimerHandle } from '../../main/core/clock.ts';

type Timer = { id: number; at: number; callback: () => void };

export class FakeClock implements Clock {
  #now: number;
  #timers = new Map<number, Timer>();
  #nextId = 1;

  constructor(start = Date.UTC(2026, 10, 25, 9, 0, 0)) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, ms: number): TimerHandle {
    const id = this.#nextId++;
    this.#timers.set(id, { id, at: this.#now + Math.max(0, ms), callback });
    return { id };
  }

  clearTimeout(handle: TimerHandle): void {
    this.#timers.delete(handle.id as number);
  }

  /** Timers set and neither fired nor cleared. */
  get pending(): number {
    return this.#timers.size;
  }

  /** When the next timer fires, or null when none is set. */
  nextAt(): number | null {
    let next: number | null = null;
    for (const t of this.#timers.values()) if (next === null || t.at < next) next = t.at;
    return next;
  }

  /**
   * The machine sleeps for `ms`: the wall clock moves on and no timer fires. Node's timers run on
   * a monotonic clock that stands still during suspend, so each one is late by the whole sleep.
   */
  sleep(ms: number): void {
    this.#now += ms;
    for (const timer of this.#timers.values()) timer.at += ms;
  }

  /** Moves time forward, firing due timers in order and letting promises settle between them. */
  async advance(ms: number): Promise<void> {
    const end = this.#now + ms;
    for (;;) {
      // Work already under way may set timers of its own before time moves on.
      await flush();
      const next = [...this.#timers.values()].filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!next) break;
      this.#now = next.at;
      this.#timers.delete(next.id);
      next.callback();
      await flush();
    }
    this.#now = end;
    await flush();
  }
}

/** Lets queued microtasks and immediate callbacks run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}
