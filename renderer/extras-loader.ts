// Asks main for warnings and air quality when the window needs them outside main's own news: the
// saved ones when the settings change the index to show, and a place's own when it is shown before
// any have come (main sends them as they change, so the window never polls).
import type { FavouriteExtras } from '../main/core/alerts/extras-view.ts';
import type { SkytrayApi } from '../main/ipc/ipc-contract.ts';

/** A place is asked for at most this often: main keeps each service's answer for minutes. */
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

  /** Asks the services for the place now, unless it was asked for recently. A place removed meanwhile is simply not answered for. */
  want(id: number, now = Date.now()): void {
    const asked = this.#askedAt.get(id);
    if (asked !== undefined && now - asked < ASK_AGAIN_AFTER_MS) return;
    this.#askedAt.set(id, now);
    void this.#api.getExtras([id]).then((result) => {
      if (result.ok) this.#onLoaded(result.value);
    });
  }

  /** Every place's last good warnings and air quality, from main's store, asking no service. */
  loadSaved(): void {
    void this.#api.getSavedExtras().then((result) => {
      if (result.ok) this.#onLoaded(result.value);
    });
  }
}
