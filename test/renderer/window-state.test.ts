// The window's state as main's answers and events arrive, in either order. No DOM needed.
import { describe, expect, it } from 'vitest';
import type { Favourite } from '../../main/core/model/favourite.ts';
import type { PlaceSnapshot } from '../../main/core/service/service-types.ts';
import { WindowState, snapshotNow } from '../../renderer/window-state.ts';
import { place } from '../support/engine.ts';

const favourite = (id: number, name: string, position: number, primary = false): Favourite => ({
  id,
  place: place(name),
  position,
  primary,
  notify: false,
  addedAt: 0,
});
const snapshot = (f: Favourite, fetchedAt: number, ageMs: number): PlaceSnapshot => ({
  favourite: f,
  weather: null,
  fetchedAt,
  ageMs,
  stale: false,
  refreshing: false,
  lastError: null,
});

const berlin = favourite(1, 'Berlin', 0, true);
const tokyo = favourite(2, 'Tokyo', 1);

describe('WindowState', () => {
  it('selects a new place whether its add answers before or after the list that holds it', () => {
    const answerFirst = new WindowState(0);
    answerFirst.setFavourites([berlin]);
    answerFirst.select(tokyo.id);
    expect(answerFirst.state.selectedId).toBe(berlin.id);
    answerFirst.setFavourites([berlin, tokyo]);
    expect(answerFirst.state.selectedId).toBe(tokyo.id);

    const listFirst = new WindowState(0);
    listFirst.setFavourites([berlin, tokyo]);
    listFirst.select(tokyo.id);
    expect(listFirst.state.selectedId).toBe(tokyo.id);
  });

  it('drops the weather of a removed place and hands the selection to the primary', () => {
    const state = new WindowState(0);
    state.setFavourites([berlin, tokyo]);
    state.putSnapshots([snapshot(berlin, 100, 0), snapshot(tokyo, 100, 0)], 100);
    state.select(tokyo.id);
    state.setFavourites([berlin]);
    expect([...state.state.snapshots.keys()]).toEqual([berlin.id]);
    expect([...state.state.receivedAt.keys()]).toEqual([berlin.id]);
    expect(state.state.selectedId).toBe(berlin.id);
  });

  it('never lets an older snapshot replace a newer one', () => {
    const state = new WindowState(0);
    state.setFavourites([berlin]);
    state.putSnapshots([snapshot(berlin, 200, 0)], 1_000);
    state.putSnapshots([snapshot(berlin, 100, 5_000)], 2_000);
    expect(state.state.snapshots.get(berlin.id)?.fetchedAt).toBe(200);
  });

  it('moves ages on from when each snapshot arrived, by the window’s own clock', () => {
    const state = new WindowState(0);
    state.setFavourites([berlin]);
    // Main's clock and the window's need not agree: only the time since arrival is added.
    state.putSnapshots([snapshot(berlin, 5_000_000, 30_000)], 1_000);
    state.set({ now: 1_000 + 4 * 60_000 });
    expect(snapshotNow(state.state, berlin).ageMs).toBe(30_000 + 4 * 60_000);
  });

  it('shows a place with the list’s flags, and one without data yet as waiting for it', () => {
    const state = new WindowState(0);
    state.setFavourites([berlin]);
    state.putSnapshots([snapshot(berlin, 100, 0)], 0);
    const notifying = { ...berlin, notify: true };
    state.setFavourites([notifying, tokyo]);
    expect(snapshotNow(state.state, notifying).favourite.notify).toBe(true);
    expect(snapshotNow(state.state, tokyo)).toMatchObject({ favourite: tokyo, weather: null, ageMs: null, lastError: null });
  });
});
