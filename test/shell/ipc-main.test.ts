// Every IPC channel, with valid and hostile arguments and senders. Hostile ones are refused with
// nothing written.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../main/core/logger.ts';
import type { Favourite } from '../../main/core/model/favourite.ts';
import { INVOKE_CHANNELS, type InvokeChannel, type Result } from '../../main/ipc/ipc-contract.ts';
import { createHandlers, dispatch, type ApiKeyStore } from '../../main/ipc/ipc-handlers.ts';
import { isTrustedSender, registerIpc } from '../../main/shell/ipc-main.ts';
import { place } from '../support/engine.ts';
import { startTestService, type TestService } from '../support/service.ts';
import { ipcMain, resetElectron } from './fake-electron.ts';

let t: TestService;
let dir: string;
const windowFrame = { url: 'skytray://app/index.html', parent: null };

const keys = (): ApiKeyStore => {
  let key: string | null = null;
  return {
    status: () => ({ set: key !== null, storage: 'os-keychain' }),
    get: () => key,
    set: async (k) => ((key = k), { set: k !== null, storage: 'os-keychain' }),
  };
};

beforeEach(async () => {
  resetElectron();
  dir = mkdtempSync(join(tmpdir(), 'skytray-ipc-'));
  t = await startTestService({ dir, service: { autoRefresh: false } });
  registerIpc(
    createHandlers({ service: t.service, apiKeys: keys(), report: () => 'report', showLog: async () => null, logger: silentLogger }),
    () => [windowFrame],
    silentLogger,
  );
});
afterEach(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every row of the user's data, read from the database file itself. */
function storedRows(): unknown {
  const db = new Database(t.dbPath, { readonly: true });
  try {
    return { favourites: db.prepare('SELECT * FROM favourites ORDER BY id').all(), settings: db.prepare('SELECT * FROM settings ORDER BY key').all() };
  } finally {
    db.close();
  }
}

/** Berlin as the window would hold it just before removing it. */
const removedBerlin = (): Favourite => ({ id: 7, place: place('Berlin'), position: 0, primary: false, notify: true, addedAt: 1_700_000_000_000 });

const call = (channel: InvokeChannel, ...args: unknown[]): Promise<Result<any>> => ipcMain.invoke(channel, windowFrame, ...args) as Promise<Result<any>>;

describe('IPC from the window: valid requests', () => {
  it('registers exactly the contract’s channels', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('answers every channel with valid arguments', async () => {
    const added = await call('favourites:add', place('Berlin'));
    expect(added).toMatchObject({ ok: true, value: { place: { name: 'Berlin' }, primary: true } });
    const id = (added as { value: { id: number } }).value.id;
    await call('favourites:add', place('Tokyo'));
    const answers: [InvokeChannel, unknown[]][] = [
      ['favourites:list', []],
      ['favourites:move', [id, 1]],
      ['favourites:set-primary', [id]],
      ['favourites:set-notify', [id, true]],
      ['places:search', ['Spring', 'en']],
      ['weather:snapshots', []],
      ['settings:get', []],
      ['settings:update', [{ units: 'imperial' }]],
      ['settings:set-api-key', ['my-key']],
      ['settings:test-api-key', [null]],
      ['app:status', []],
      ['diagnostics:get', []],
      ['diagnostics:report', []],
      ['diagnostics:show-log', []],
      ['favourites:remove', [id]],
    ];
    for (const [channel, args] of answers) expect(await call(channel, ...args), channel).toMatchObject({ ok: true });
    expect(await call('favourites:restore', (added as { value: Favourite }).value)).toMatchObject({ ok: true, value: { place: { name: 'Berlin' } } });
    const refresh = call('weather:refresh', null);
    await t.run(60_000);
    expect(await refresh).toMatchObject({ ok: true, value: { failed: [] } });
    expect(await call('settings:test-api-key', null)).toMatchObject({ ok: true, value: { ok: true, message: 'accepted' } });
  });

  it('puts a removed favourite back where it was, primary and notify and all, in one call', async () => {
    const berlin = ((await call('favourites:add', place('Berlin'))) as { value: Favourite }).value;
    await call('favourites:add', place('Tokyo'));
    expect(await call('favourites:set-notify', berlin.id, true)).toMatchObject({ ok: true });
    const removed = t.service.listFavourites().find((f) => f.id === berlin.id) as Favourite;
    await call('favourites:remove', berlin.id);
    const changes = t.events.length;
    const restored = await call('favourites:restore', removed);
    expect(restored).toMatchObject({ ok: true, value: { place: { name: 'Berlin' }, position: 0, primary: true, notify: true } });
    expect(t.service.listFavourites().map((f) => [f.place.name, f.primary])).toEqual([
      ['Berlin', true],
      ['Tokyo', false],
    ]);
    expect(t.events.slice(changes).filter((e) => e.type === 'favourites-changed')).toHaveLength(1);
  });
});

describe('IPC from the window: hostile arguments', () => {
  it.each([
    ['favourites:add', [{ ...place('Berlin'), name: 'x'.repeat(20_000) }], 'is too long'],
    ['favourites:add', [[place('Berlin')]], 'A place must be an object.'],
    ['favourites:add', [place('Berlin'), 'extra'], 'favourites:add takes 1 argument, got 2.'],
    ['favourites:add', [{ ...place('Berlin'), latitude: 'north' }], "A place's latitude must be a number from -90 to 90."],
    ['favourites:remove', ['1'], 'An id must be a whole number above 0.'],
    ['favourites:remove', [1.5], 'An id must be a whole number above 0.'],
    ['favourites:move', [1, -1], 'A position must be a whole number from 0.'],
    ['favourites:set-notify', [1, 'yes'], 'Notify must be true or false.'],
    ['places:search', ['x'.repeat(101), 'en'], 'A search must be text of at most 100 characters.'],
    ['places:search', [{ toString: 'Berlin' }, 'en'], 'A search must be text of at most 100 characters.'],
    ['places:search', ['Berlin', 'xx'], "A language must be one of Skytray's language codes."],
    ['places:search', ['Berlin', 'pt'], "A language must be one of Skytray's language codes."],
    ['weather:refresh', [[1, 'two']], 'An id must be a whole number above 0.'],
    ['settings:update', [{ units: 'kelvin' }], 'Units must be "metric" or "imperial".'],
    ['settings:update', [{ refreshIntervalMinutes: 1e9 }], 'Refresh interval must be a whole number'],
    ['settings:update', [{ nested: { deeper: { deeper: { deeper: { deeper: { deeper: { deeper: 1 } } } } } } }], 'nested too deeply'],
    ['settings:set-api-key', ['k'.repeat(201)], 'An API key must be text of at most 200 characters.'],
  ] as [InvokeChannel, unknown[], string][])('refuses %s with hostile arguments (%#), writing nothing', async (channel, args, message) => {
    const before = t.service.listFavourites().length;
    const settings = t.service.getSettings();
    const answer = await call(channel, ...args);
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('invalid-input');
      expect(answer.error.message).toContain(message);
    }
    expect(t.service.listFavourites()).toHaveLength(before);
    expect(t.service.getSettings()).toEqual(settings);
  });

  // JSON.parse (like a structured clone) makes "__proto__" an own field, the shape a deep merge
  // would turn into a change of Object.prototype for every object in the process.
  const polluting = '{"__proto__": {"polluted": 1}}';
  const withPollution = (value: object): unknown => JSON.parse(JSON.stringify(value).replace(/^\{/, '{"__proto__": {"polluted": 1}, '));
  it.each([
    ['favourites:add', () => [JSON.parse(polluting) as unknown], 'The place has a forbidden field "__proto__".'],
    ['favourites:add', () => [withPollution(place('Berlin'))], 'The place has a forbidden field "__proto__".'],
    ['favourites:add', () => [{ ...place('Berlin'), constructor: { prototype: { polluted: 1 } } }], 'The place has a forbidden field "constructor".'],
    ['favourites:restore', () => [{ ...removedBerlin(), place: withPollution(place('Berlin')) }], 'The favourite.place has a forbidden field "__proto__".'],
    ['favourites:restore', () => [withPollution(removedBerlin())], 'The favourite has a forbidden field "__proto__".'],
    ['settings:update', () => [JSON.parse(polluting) as unknown], 'Settings has a forbidden field "__proto__".'],
    ['settings:update', () => [JSON.parse(`{"notifications": ${polluting}}`) as unknown], 'Settings.notifications has a forbidden field "__proto__".'],
    ['settings:update', () => [{ constructor: { prototype: { polluted: 1 } } }], 'Settings has a forbidden field "constructor".'],
  ] as [InvokeChannel, () => unknown[], string][])(
    'refuses %s with a prototype trick (%#), changing no prototype and writing nothing',
    async (channel, args, message) => {
      await call('favourites:add', place('Tokyo'));
      const stored = storedRows();
      expect(await call(channel, ...args())).toEqual({ ok: false, error: { code: 'invalid-input', message } });
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
      expect(storedRows()).toEqual(stored);
    },
  );
});

describe('IPC from the window: senders and channels', () => {
  it.each([
    ['another origin', { url: 'https://evil.example/index.html', parent: null }],
    ['a file:// page', { url: 'file:///tmp/index.html', parent: null }],
    ['a subframe of our page', { url: 'skytray://app/index.html', parent: windowFrame }],
    ['a frame that is gone', null],
    ['a lookalike of our window frame', { url: 'skytray://app/index.html', parent: null }],
  ])('refuses requests from %s, writing nothing', async (_what, frame) => {
    const answer = (await ipcMain.invoke('favourites:add', frame, place('Berlin'))) as Result<unknown>;
    expect(answer).toEqual({ ok: false, error: { code: 'forbidden', message: 'This window may not talk to Skytray.' } });
    expect(t.service.listFavourites()).toHaveLength(0);
  });

  it('refuses unknown channels and explains failures without leaking internals', async () => {
    const handlers = createHandlers({
      service: t.service,
      apiKeys: keys(),
      showLog: async () => null,
      report: () => {
        throw new Error('secret stack');
      },
      logger: silentLogger,
    });
    expect(await dispatch(handlers, 'fs:read', ['/etc/passwd'], silentLogger)).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'Unknown request "fs:read".' },
    });
    expect(await dispatch(handlers, '__proto__', [], silentLogger)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch(handlers, 'diagnostics:report', [], silentLogger)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong inside Skytray. The details are in the log.' },
    });
    expect(await dispatch(handlers, 'favourites:remove', [999], silentLogger)).toEqual({
      ok: false,
      // A weather error carries what the window words it from, in the person's language.
      error: {
        code: 'not-found',
        message: 'There is no favourite with id 999; it may have been removed.',
        provider: null,
        status: null,
        detail: { kind: 'favourite-not-found', id: 999 },
      },
    });
  });

  it('trusts only the window’s own top frame on our origin', () => {
    expect(isTrustedSender(windowFrame, [windowFrame])).toBe(true);
    expect(isTrustedSender({ ...windowFrame }, [windowFrame])).toBe(false);
    expect(isTrustedSender(windowFrame, [])).toBe(false);
  });
});
