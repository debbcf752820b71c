// The favourites commands, on a real database file, against the local provider.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli/weather.ts';
import { systemClock, type Clock } from '../../main/core/clock.ts';
import { startFakeProvider, type FakeProvider } from '../provider/fake-provider.ts';

let server: FakeProvider;
let dir: string;
beforeAll(async () => {
  server = await startFakeProvider();
  dir = mkdtempSync(join(tmpdir(), 'skytray-cli-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function weather(db: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return weatherAt(systemClock, db, ...args);
}

async function weatherAt(clock: Clock, db: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const argv = ['--db', join(dir, db), '--forecast-url', server.origin, '--geocoding-url', server.origin, ...args];
  const code = await main(argv, {}, { out: (t) => (out += t), err: (t) => (err += t) }, clock);
  return { code, out, err };
}

describe('weather favourites', () => {
  it('adds, lists, moves, sets the primary and removes', async () => {
    expect((await weather('a.db', 'favourites', 'add', 'Springfield, Illinois')).out).toBe('Added Springfield, Illinois, US (id 1), shown in the tray.\n');
    expect((await weather('a.db', 'favourites', 'add', 'Tokyo')).out).toBe('Added Tokyo, JP (id 2).\n');
    expect((await weather('a.db', 'favourites', 'add', 'Lima')).code).toBe(0);
    expect((await weather('a.db', 'favourites', 'add', 'Tokyo')).out).toBe('Already a favourite: Tokyo, JP (id 2).\n');
    await weather('a.db', 'favourites', 'move', '3', '1');
    await weather('a.db', 'favourites', 'primary', '2');
    const listed = await weather('a.db', '--json', 'favourites', 'list');
    expect((JSON.parse(listed.out) as { id: number; primary: boolean; place: { name: string } }[]).map((f) => [f.id, f.place.name, f.primary])).toEqual([
      [3, 'Lima', false],
      [1, 'Springfield', false],
      [2, 'Tokyo', true],
    ]);
    expect((await weather('a.db', 'favourites', 'remove', '2')).code).toBe(0);
    const text = (await weather('a.db', 'favourites')).out;
    expect(text).toContain('   3    1  ★  Lima, Lima region, PE');
    expect(text).not.toContain('Tokyo');
  });

  it('shows the favourites with their saved weather and its age, without refetching fresh data', async () => {
    await weather('b.db', 'favourites', 'add', 'Berlin');
    const before = server.requests.length;
    const shown = await weather('b.db');
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('Berlin, Land Berlin, DE');
    expect(shown.out).toMatch(/★ Berlin, Land Berlin, DE: (just now|1 min ago)/);
    expect(server.requests.length).toBe(before);
  });

  it('refresh says how many succeeded; a failure exits 1 and keeps the saved data', async () => {
    await weather('c.db', 'favourites', 'add', 'Oslo');
    type Saved = { favourite: { place: { name: string } }; weather: { fetchedAt: number; current: unknown } | null }[];
    const saved = async (): Promise<Saved> => JSON.parse((await weather('c.db', '--json')).out) as Saved;
    const before = await saved();
    expect(before[0]?.weather).not.toBeNull();
    // The refreshes come later than the first fetch, as they would for a person.
    const minuteLater: Clock = { ...systemClock, now: () => Date.now() + 60_000 };
    server.setFaults({ always: { status: 503 } });
    const failed = await weatherAt(minuteLater, 'c.db', '--units', 'imperial', 'refresh');
    server.resetFaults();
    expect(failed.code).toBe(1);
    expect(failed.err).toContain('weather: Oslo: Open-Meteo is having trouble (HTTP 503)');
    // The saved weather is the very snapshot from before: same fetch time, same values.
    const after = await saved();
    expect(after.map((s) => s.favourite.place.name)).toEqual(['Oslo']);
    expect(after[0]?.weather).toEqual(before[0]?.weather);
    const ok = await weatherAt(minuteLater, 'c.db', 'refresh');
    expect(ok).toMatchObject({ code: 0, out: 'Refreshed 1 of 1 favourites.\n' });
  });

  it.each([
    [['favourites', 'remove', 'abc'], 2, 'ID must be a whole number of at least 1, got "abc"'],
    [['favourites', 'move', '1'], 2, 'favourites move takes 2 arguments'],
    [['favourites', 'rename', '1'], 2, 'unknown favourites action "rename"'],
    [['favourites', 'remove', '42'], 1, 'There is no favourite with id 42; it may have been removed.'],
    [['favourites', 'add', 'Atlantis'], 1, 'No place called "Atlantis" was found.'],
  ])('%j exits %i with a clear message', async (args, code, message) => {
    const result = await weather('d.db', ...args);
    expect(result.code).toBe(code);
    expect(result.err).toContain(message);
  });

  it('says when there are no favourites yet', async () => {
    expect((await weather('e.db')).out).toBe('No favourites yet. Add one with: npm run -s weather -- favourites add Berlin\n');
  });
});
