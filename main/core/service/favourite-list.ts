// The favourites as the service keeps them: a copy of what the store holds, so reads never wait,
// reloaded after every change. An id that names no favourite is a clear error, not a silent no-op.
import { WeatherError } from '../errors.ts';
import type { Favourite } from '../model/favourite.ts';
import type { Place } from '../model/model.ts';
import type { Store } from '../store/store.ts';

export class FavouriteList {
  #store: Store;
  #favourites: Favourite[];
  #onChange: (favourites: readonly Favourite[]) => void;

  /** `onChange` hears every change, after the store has it. */
  constructor(store: Store, onChange: (favourites: readonly Favourite[]) => void) {
    this.#store = store;
    this.#favourites = store.listFavourites();
    this.#onChange = onChange;
  }

  all(): Favourite[] {
    return [...this.#favourites];
  }

  find(id: number): Favourite | undefined {
    return this.#favourites.find((f) => f.id === id);
  }

  has(id: number): boolean {
    return this.find(id) !== undefined;
  }

  /** `id`, if it names a favourite; a not-found error if it does not (any more). */
  require(id: number): number {
    if (!this.has(id))
      throw new WeatherError('not-found', `There is no favourite with id ${id}; it may have been removed.`, {
        detail: { kind: 'favourite-not-found', id },
      });
    return id;
  }

  /** Adds `place` at the end; a place already kept is returned as it is. */
  add(place: Place, now: number): Favourite {
    const { favourite, created } = this.#store.addFavourite(place, now);
    if (created) this.#changed();
    return favourite;
  }

  /** Undo of a removal: back where it was, with its flags, in one change. */
  restore(removed: Favourite): Favourite {
    const favourite = this.#store.restoreFavourite(removed);
    this.#changed();
    return favourite;
  }

  remove(id: number): void {
    this.#store.removeFavourite(this.require(id));
    this.#changed();
  }

  move(id: number, position: number): void {
    this.#store.moveFavourite(this.require(id), position);
    this.#changed();
  }

  setPrimary(id: number): void {
    this.#store.setPrimary(this.require(id));
    this.#changed();
  }

  setNotify(id: number, notify: boolean): void {
    this.#store.setNotify(this.require(id), notify);
    this.#changed();
  }

  #changed(): void {
    this.#favourites = this.#store.listFavourites();
    this.#onChange(this.all());
  }
}
