// "Refresh now": one run at a time with progress. Asking again for the same places joins the run;
// asking for others while it runs queues them all into one follow-up run.
import type { CycleOutcome } from './refresh-scheduler.ts';
import type { RefreshProgress, RefreshSummary } from './service-types.ts';

export type ManualRefreshOptions = Readonly<{
  /** Fetches the places, calling `onEach` as each one settles. */
  fetch: (ids: readonly number[], onEach: () => void) => Promise<CycleOutcome[]>;
  summarise: (outcomes: readonly CycleOutcome[]) => RefreshSummary;
  onProgress: (progress: RefreshProgress) => void;
  /** Ids that still exist when a follow-up starts. */
  exists: (id: number) => boolean;
}>;

const EMPTY: RefreshSummary = { succeeded: [], failed: [] };

export class ManualRefresh {
  #options: ManualRefreshOptions;
  #running: { ids: ReadonlySet<number>; done: Promise<RefreshSummary> } | null = null;
  #followUp: Promise<RefreshSummary> | null = null;
  #followUpIds = new Set<number>();
  #progress: RefreshProgress = { running: false, done: 0, total: 0 };
  #closed = false;

  constructor(options: ManualRefreshOptions) {
    this.#options = options;
  }

  get progress(): RefreshProgress {
    return this.#progress;
  }

  request(ids: readonly number[]): Promise<RefreshSummary> {
    if (this.#closed) return Promise.resolve(EMPTY);
    if (!this.#running) return this.#start(ids);
    if (ids.every((id) => this.#running?.ids.has(id))) return this.#running.done;
    for (const id of ids) this.#followUpIds.add(id);
    this.#followUp ??= this.#running.done.then(() => {
      const next = [...this.#followUpIds].filter(this.#options.exists);
      this.#followUpIds.clear();
      this.#followUp = null;
      return this.#closed ? EMPTY : this.#start(next);
    });
    return this.#followUp;
  }

  /** No new runs; resolves when the current one (already being cancelled by its fetches) ends. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#running?.done.catch(() => {});
    await this.#followUp?.catch(() => {});
  }

  #start(ids: readonly number[]): Promise<RefreshSummary> {
    const done = this.#run(ids).finally(() => {
      this.#running = null;
    });
    this.#running = { ids: new Set(ids), done };
    return done;
  }

  async #run(ids: readonly number[]): Promise<RefreshSummary> {
    const total = ids.length;
    let count = 0;
    this.#setProgress({ running: true, done: 0, total });
    const outcomes = await this.#options.fetch(ids, () => this.#setProgress({ running: true, done: ++count, total }));
    this.#setProgress({ running: false, done: total, total });
    return this.#options.summarise(outcomes);
  }

  #setProgress(progress: RefreshProgress): void {
    this.#progress = progress;
    this.#options.onProgress(progress);
  }
}
