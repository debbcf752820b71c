// Adding and removing places, each one request: the list itself comes back from main as the
// `favourites:changed` event, so nothing is reloaded here.
import type { Favourite } from '../main/core/model/favourite.ts';
import type { Place } from '../main/core/model/model.ts';
import type { Wording } from '../main/wording/wording.ts';
import type { SkytrayApi } from '../main/ipc/ipc-contract.ts';
import { announce } from './dom.ts';
import type { Requests } from './requests.ts';
import type { Toast } from './toast.ts';
import type { WindowState } from './window-state.ts';

export type FavouriteActionsDeps = Readonly<{
  api: SkytrayApi;
  state: WindowState;
  requests: Requests;
  toast: Toast;
  /** The window's words at the moment of speaking: the language can change between a removal and its undo. */
  wording: () => Wording;
}>;

export class FavouriteActions {
  #deps: FavouriteActionsDeps;

  constructor(deps: FavouriteActionsDeps) {
    this.#deps = deps;
  }

  async add(place: Place): Promise<void> {
    const { api, state, requests } = this.#deps;
    const favourite = await requests.attempt(api.addFavourite(place));
    if (!favourite) return;
    state.select(favourite.id);
    announce(this.#deps.wording().t('window.places.added', { place: favourite.place.name }));
  }

  /** Removes a place and offers to undo it: the removed favourite, as shown, comes back in one call. */
  async remove(favourite: Favourite): Promise<void> {
    const { api, requests, toast, wording } = this.#deps;
    if (!(await requests.succeeded(api.removeFavourite(favourite.id)))) return;
    const { t } = wording();
    toast.show(t('window.places.removed', { place: favourite.place.name }), { label: t('window.places.undo'), run: () => void this.#restore(favourite) });
  }

  async #restore(removed: Favourite): Promise<void> {
    const { api, state, requests } = this.#deps;
    const restored = await requests.attempt(api.restoreFavourite(removed));
    if (!restored) return;
    state.select(restored.id);
    announce(this.#deps.wording().t('window.places.restored', { place: removed.place.name }));
  }
}
