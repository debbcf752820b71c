// Asks main for a place's warnings and air quality when the window shows that place, again after a
// refresh, and otherwise no more often than they can change: main keeps each service's answer for
// minutes, so asking sooner would only redraw the same thing.
import type { FavouriteExtras } from '../main/core/alerts/extras-view.ts';
import type { SkytrayApi } from '../main/ipc/ipc-contract.ts';

/** Warnings services are asked at most every two minutes by main; the window keeps to five. */
const ASK_AGAIN_AFTER_MS = 5 * 60_000;

export class ExtrasLoader {
  #api: SkytrayApi;
  #onLoaded: (extras: readonly FavouriteExtras[]) => void;
  /** When each place was last asked for, by the window's clock. */
  #askedAt = new Map<number, number>();

  constructor(api: SkytrayApi, onLoaded: (extras: readonly FavouriteExtras[]) => void) {
    this.#api = api;
    this.#onLoaded = onLoaded;
  }

  /** Asks for the place unless it was asked for recently. */
  want(id: number, now = Date.now()): void {
    const asked = this.#askedAt.get(id);
    if (asked !== undefined && now - asked < ASK_AGAIN_AFTER_MS) return;
    this.load(id, now);
  }

  /** Asks for the place now. A place removed meanwhile is simply not answered for: nothing to show. */
  load(id: number, now = Date.now()): void {
    this.#askedAt.set(id, now);
    void this.#api.getExtras([id]).then((result) => {
      if (result.ok) this.#onLoaded(result.value);
    });
  }
}
