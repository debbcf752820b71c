// Favourites through the service: Undo of a removal, announced like any other change.
import { afterEach, describe, expect, it } from 'vitest';
import { place } from '../../support/engine.ts';
import { startTestService, type TestService } from '../../support/service.ts';

let t: TestService | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const names = (s: TestService): string[] => s.service.listFavourites().map((f) => `${f.place.name}${f.primary ? '*' : ''}${f.notify ? '!' : ''}`);

describe('WeatherService favourites', () => {
  it('undoes a removal: back in place with its flags, announced, and its weather fetched again', async () => {
    t = await startTestService();
    for (const name of ['Berlin', 'Tokyo', 'Lima']) t.service.addFavourite(place(name));
    await t.settle();
    const tokyo = t.service.listFavourites()[1];
    if (!tokyo) throw new Error('expected Tokyo second');
    t.service.setPrimary(tokyo.id);
    t.service.setNotify(tokyo.id, true);
    const removed = t.service.listFavourites()[1];
    if (!removed) throw new Error('expected Tokyo second');
    t.service.removeFavourite(removed.id);
    expect(names(t)).toEqual(['Berlin*', 'Lima']);
    t.events.length = 0;
    const back = t.service.restoreFavourite(removed);
    expect(names(t)).toEqual(['Berlin', 'Tokyo*!', 'Lima']);
    expect(t.events.filter((e) => e.type === 'favourites-changed')).toHaveLength(1);
    await t.settle();
    expect(t.service.getSnapshots().find((s) => s.favourite.id === back.id)?.weather?.timezone).toBe('Asia/Tokyo');
  });
});
