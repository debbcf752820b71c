// The window's arguments are narrowed here and only here: counted, typed, and shaped exactly.
import { describe, expect, it } from 'vitest';
import type { Favourite } from '../../main/core/model/favourite.ts';
import { checkArgs, isInvokeChannel } from '../../main/ipc/ipc-args.ts';
import { INVOKE_CHANNELS } from '../../main/ipc/ipc-contract.ts';
import { place } from '../support/engine.ts';

const removed: Favourite = { id: 4, place: place('Lima'), position: 2, primary: true, notify: false, addedAt: 1_700_000_000_000 };

const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return `${(error as { code?: string }).code}: ${(error as Error).message}`;
  }
  return 'accepted';
};

describe('checkArgs', () => {
  it('knows exactly the contract’s channels', () => {
    for (const channel of INVOKE_CHANNELS) expect(isInvokeChannel(channel), channel).toBe(true);
    for (const name of ['__proto__', 'constructor', 'toString', 'fs:read', 42]) expect(isInvokeChannel(name)).toBe(false);
  });

  it('takes back a removed favourite with every field checked, as a fresh object', () => {
    const [checked] = checkArgs('favourites:restore', [structuredClone(removed)]);
    expect(checked).toEqual(removed);
    expect(Object.getPrototypeOf(checked)).toBe(Object.prototype);
  });

  it.each([
    [{ ...removed, id: 0 }, 'invalid-input: An id must be a whole number above 0.'],
    [{ ...removed, position: -1 }, 'invalid-input: A position must be a whole number from 0.'],
    [{ ...removed, position: 2.5 }, 'invalid-input: A position must be a whole number from 0.'],
    [{ ...removed, primary: 'yes' }, 'invalid-input: Primary must be true or false.'],
    [{ ...removed, notify: 1 }, 'invalid-input: Notify must be true or false.'],
    [{ ...removed, addedAt: -5 }, "invalid-input: A favourite's addedAt must be a time in milliseconds."],
    [{ ...removed, addedAt: '2024-01-01' }, "invalid-input: A favourite's addedAt must be a time in milliseconds."],
    [
      Object.fromEntries(Object.entries(removed).filter(([field]) => field !== 'addedAt')),
      "invalid-input: A favourite's addedAt must be a time in milliseconds.",
    ],
    [{ ...removed, place: { ...place('Lima'), latitude: 91 } }, "invalid-input: A place's latitude must be a number from -90 to 90."],
    [{ ...removed, place: null }, 'invalid-input: A place must be an object.'],
    [{ ...removed, admin: true }, 'invalid-input: A favourite has no field "admin".'],
    [[removed], 'invalid-input: The favourite must be an object.'],
    ['Lima', 'invalid-input: The favourite must be an object.'],
    [null, 'invalid-input: The favourite must be an object.'],
  ])('refuses a favourite to restore that is not one (%#)', (favourite, message) => {
    expect(refusal(() => checkArgs('favourites:restore', [favourite]))).toBe(message);
  });

  it('counts the arguments against the contract', () => {
    expect(refusal(() => checkArgs('favourites:restore', []))).toBe('invalid-input: favourites:restore takes 1 argument, got 0.');
    expect(refusal(() => checkArgs('favourites:move', [1]))).toBe('invalid-input: favourites:move takes 2 arguments, got 1.');
    expect(refusal(() => checkArgs('favourites:list', [1]))).toBe('invalid-input: favourites:list takes 0 arguments, got 1.');
  });

  it('checks settings by the engine’s own rules and ranges, and passes a valid change through', () => {
    expect(checkArgs('settings:update', [{ refreshIntervalMinutes: 30, notifications: { quietHours: null } }])).toEqual([
      { refreshIntervalMinutes: 30, notifications: { quietHours: null } },
    ]);
    expect(refusal(() => checkArgs('settings:update', [{ refreshIntervalMinutes: 4 }]))).toBe(
      'invalid-input: Refresh interval must be a whole number of minutes from 5 to 180.',
    );
    expect(refusal(() => checkArgs('settings:update', [{ notifications: { quietHours: { start: '25:00', end: '07:00' } } }]))).toBe(
      'invalid-input: Quiet hours must be {start, end} as HH:MM, or null.',
    );
    expect(refusal(() => checkArgs('settings:update', [{ theme: 'dark' }]))).toBe('invalid-input: Skytray has no setting "theme".');
  });
});
