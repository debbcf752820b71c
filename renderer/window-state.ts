// Everything the window shows, in one place; views subscribe and redraw what they own.
import type { Favourite } from '../main/core/model/favourite.ts';
import type { PlaceSnapshot, RefreshProgress, ServiceStatus } from '../main/core/service/service-types.ts';
import type { SettingsState } from '../main/ipc/ipc-contract.ts';

export type View = 'places' | 'settings' | 'diagnostics';

export type AppState = Readonly<{
  favourites: readonly Favourite[];
  snapshots: ReadonlyMap<number, PlaceSnapshot>;
  selectedId: number | null;
  settings: SettingsState | null;
  status: ServiceStatus | null;
  progress: RefreshProgress;
  view: View;
}>;

type Listener = (state: AppState, previous: AppState) => void;

export class Store {
  #state: AppState = {
    favourites: [],
    snapshots: new Map(),
    selectedId: null,
    settings: null,
    status: null,
    progress: { running: false, done: 0, total: 0 },
    view: 'places',
  };
  #listeners = new Set<Listener>();

  get state(): AppState {
    return this.#state;
  }

  set(patch: Partial<AppState>): void {
    const previous = this.#state;
    const next = { ...previous, ...patch };
    // The selection follows the list: a removed place hands it to the primary (or the first).
    if (next.selectedId === null || !next.favourites.some((f) => f.id === next.selectedId)) {
      next.selectedId = (next.favourites.find((f) => f.primary) ?? next.favourites[0])?.id ?? null;
    }
    this.#state = next;
    for (const listener of this.#listeners) listener(next, previous);
  }

  putSnapshot(snapshot: PlaceSnapshot): void {
    this.putSnapshots([snapshot]);
  }

  /**
   * Takes in snapshots, never letting one replace newer data: an answer requested before a
   * `weather:updated` event can arrive after it.
   */
  putSnapshots(incoming: readonly PlaceSnapshot[], favourites?: readonly Favourite[]): void {
    const snapshots = new Map<number, PlaceSnapshot>();
    const keep = favourites ?? this.#state.favourites;
    for (const [id, snapshot] of this.#state.snapshots) if (keep.some((f) => f.id === id)) snapshots.set(id, snapshot);
    for (const s of incoming) {
      const current = snapshots.get(s.favourite.id);
      if (!current || (s.fetchedAt ?? -1) >= (current.fetchedAt ?? -1)) snapshots.set(s.favourite.id, s);
    }
    this.set({ snapshots, ...(favourites ? { favourites } : {}) });
  }

  subscribe(listener: Listener): void {
    this.#listeners.add(listener);
  }
}
