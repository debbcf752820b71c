import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { configure } from '../../../main/core/store/open-database.ts';
import { migrate } from '../../../main/core/store/migrations/index.ts';
import { addFavourite, listFavourites, moveFavourite, removeFavourite, restoreFavourite, setPrimary } from '../../../main/core/store/favourites-repo.ts';
import { place } from '../../support/engine.ts';

let db: Database.Database;
beforeEach(() => {
  db = configure(new Database(':memory:'));
  migrate(db);
});

const names = (): string[] => listFavourites(db).map((f) => `${f.place.name}${f.primary ? '*' : ''}`);

describe('favourites', () => {
  it('adds in order; the first becomes primary', () => {
    for (const name of ['Berlin', 'Paris', 'Tokyo']) addFavourite(db, place(name), 1);
    expect(names()).toEqual(['Berlin*', 'Paris', 'Tokyo']);
    expect(listFavourites(db).map((f) => f.position)).toEqual([0, 1, 2]);
  });

  it('gives one favourite for the same place added twice, by id or by coordinates', () => {
    const first = addFavourite(db, place('Berlin'), 1);
    const again = addFavourite(db, place('Berlin'), 2);
    const nearby = addFavourite(db, { ...place('Berlin'), id: 'coords:52.52,13.41', latitude: 52.524, longitude: 13.41 }, 3);
    expect(first.created).toBe(true);
    expect(again).toEqual({ favourite: first.favourite, created: false });
    expect(nearby.created).toBe(false);
    expect(names()).toEqual(['Berlin*']);
  });

  it('restores a removed favourite at its old position, primary and notifying, with its date', () => {
    const ids = ['Berlin', 'Paris', 'Tokyo'].map((n, i) => addFavourite(db, place(n), 10 + i).favourite.id);
    setPrimary(db, ids[1]!);
    db.prepare('UPDATE favourites SET notify = 1 WHERE id = ?').run(ids[1]!);
    const removed = listFavourites(db)[1]!;
    removeFavourite(db, removed.id);
    expect(names()).toEqual(['Berlin*', 'Tokyo']);
    const back = restoreFavourite(db, removed);
    expect(names()).toEqual(['Berlin', 'Paris*', 'Tokyo']);
    expect(back).toMatchObject({ position: 1, primary: true, notify: true, addedAt: 11, place: removed.place });
    expect(restoreFavourite(db, removed).id).toBe(back.id);
    expect(listFavourites(db)).toHaveLength(3);
  });

  it('reorders, clamping the position to the list', () => {
    const ids = ['Berlin', 'Paris', 'Tokyo', 'Lima'].map((n) => addFavourite(db, place(n), 1).favourite.id);
    moveFavourite(db, ids[3]!, 0);
    expect(names()).toEqual(['Lima', 'Berlin*', 'Paris', 'Tokyo']);
    moveFavourite(db, ids[0]!, 99);
    expect(names()).toEqual(['Lima', 'Paris', 'Tokyo', 'Berlin*']);
    expect(moveFavourite(db, 12345, 0)).toBe(false);
    expect(listFavourites(db).map((f) => f.position)).toEqual([0, 1, 2, 3]);
  });

  it('keeps exactly one primary through set-primary and removal', () => {
    const ids = ['Berlin', 'Paris', 'Tokyo'].map((n) => addFavourite(db, place(n), 1).favourite.id);
    setPrimary(db, ids[1]!);
    expect(names()).toEqual(['Berlin', 'Paris*', 'Tokyo']);
    removeFavourite(db, ids[1]!);
    expect(names()).toEqual(['Berlin*', 'Tokyo']);
    expect(listFavourites(db).map((f) => f.position)).toEqual([0, 1]);
    removeFavourite(db, ids[0]!);
    removeFavourite(db, ids[2]!);
    expect(names()).toEqual([]);
    expect(removeFavourite(db, ids[2]!)).toBe(false);
    expect(setPrimary(db, ids[2]!)).toBe(false);
  });

  it('stores names as data, never as SQL', () => {
    addFavourite(db, { ...place('Berlin'), id: "x'); DROP TABLE favourites; --", name: "Robert'); DROP TABLE favourites; --" }, 1);
    expect(names()).toEqual(["Robert'); DROP TABLE favourites; --*"]);
  });
});
