// Everything the window shows, in one place; the parts subscribe and redraw what they own. It is
// fed by main's events: nothing here asks main for anything.
import type { FavouriteExtras } from '../main/core/alerts/extras-view.ts';
import type { Favourite } from '../main/core/model/favourite.ts';
import type { PlaceSnapshot, RefreshProgress, ServiceStatus } from '../main/core/service/service-types.ts';
import type { SettingsState } from '../main/ipc/ipc-contract.ts';

export type Tab = 'places' | 'settings' | 'diagnostics';

export type AppState = Readonly<{
  favourites: readonly Favourite[];
  snapshots: ReadonlyMap<number, PlaceSnapshot>;
  /** The window's own time when each snapshot arrived: ages move on from there. */
  receivedAt: ReadonlyMap<number, number>;
  /** Each place's official warnings and air quality, as last asked. */
  extras: ReadonlyMap<number, FavouriteExtras>;
  /** The window's own time at the last draw. */
  now: number;
  selectedId: number | null;
  settings: SettingsState | null;
  status: ServiceStatus | null;
  progress: RefreshProgress;
  tab: Tab;
}>;

type Listener = (state: AppState, previous: AppState) => void;

export class WindowState {
  #state: AppState;
  #listeners = new Set<Listener>();
  /** A place to select as soon as the list holds it: its add can answer before the list changes. */
  #wanted: number | null = null;

  constructor(now: number) {
    this.#state = {
      favourites: [],
      snapshots: new Map(),
      receivedAt: new Map(),
      extras: new Map(),
      now,
      selectedId: null,
      settings: null,
      status: null,
      progress: { running: false, done: 0, total: 0 },
      tab: 'places',
    };
  }

  get state(): AppState {
    return this.#state;
  }

  set(patch: Partial<AppState>): void {
    const previous = this.#state;
    const next = { ...previous, ...patch };
    if (this.#wanted !== null && next.favourites.some((f) => f.id === this.#wanted)) {
      next.selectedId = this.#wanted;
      this.#wanted = null;
    }
    // The selection follows the list: a removed place hands it to the primary (or the first).
    if (next.selectedId === null || !next.favourites.some((f) => f.id === next.selectedId)) {
      next.selectedId = (next.favourites.find((f) => f.primary) ?? next.favourites[0])?.id ?? null;
    }
    this.#state = next;
    for (const listener of this.#listeners) listener(next, previous);
  }

  /** Selects a place now, or as soon as it is in the list. */
  select(id: number): void {
    this.#wanted = id;
    this.set({});
  }

  /** The list as main announced it; the weather of places no longer in it is dropped. */
  setFavourites(favourites: readonly Favourite[]): void {
    const kept = (id: number): boolean => favourites.some((f) => f.id === id);
    const snapshots = new Map([...this.#state.snapshots].filter(([id]) => kept(id)));
    const receivedAt = new Map([...this.#state.receivedAt].filter(([id]) => kept(id)));
    const extras = new Map([...this.#state.extras].filter(([id]) => kept(id)));
    this.set({ favourites, snapshots, receivedAt, extras });
  }

  /**
   * Takes in snapshots, never letting one replace newer data: an answer requested before a
   * `weather:updated` event can arrive after it.
   */
  putSnapshots(incoming: readonly PlaceSnapshot[], now: number): void {
    const snapshots = new Map(this.#state.snapshots);
    const receivedAt = new Map(this.#state.receivedAt);
    for (const s of incoming) {
      const current = snapshots.get(s.favourite.id);
      if (current && (s.fetchedAt ?? -1) < (current.fetchedAt ?? -1)) continue;
      snapshots.set(s.favourite.id, s);
      receivedAt.set(s.favourite.id, now);
    }
    this.set({ snapshots, receivedAt, now });
  }

  /** Takes in the warnings and air quality of the places asked for. */
  putExtras(incoming: readonly FavouriteExtras[]): void {
    const extras = new Map(this.#state.extras);
    for (const e of incoming) if (this.#state.favourites.some((f) => f.id === e.favouriteId)) extras.set(e.favouriteId, e);
    this.set({ extras });
  }

  subscribe(listener: Listener): void {
    this.#listeners.add(listener);
  }
}

/**
 * What the window knows of one favourite now: its last snapshot with the age moved on to `now`
 * and the favourite as the list has it (the list changes more often than the weather); a place
 * just added has no snapshot yet and is shown as waiting for its first data.
 */
export function snapshotNow(state: AppState, favourite: Favourite): PlaceSnapshot {
  const snapshot = state.snapshots.get(favourite.id);
  if (!snapshot) return { favourite, weather: null, fetchedAt: null, ageMs: null, stale: true, refreshing: false, lastError: null };
  const receivedAt = state.receivedAt.get(favourite.id) ?? state.now;
  const ageMs = snapshot.ageMs === null ? null : snapshot.ageMs + Math.max(0, state.now - receivedAt);
  return { ...snapshot, favourite, ageMs };
}
