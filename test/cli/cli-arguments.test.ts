// Every argument is checked once, in the parser: what is not a place is a usage error (exit 2),
// said in a line, without echoing a huge argument back and without asking any provider.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli/weather.ts';
import { startFakeProvider, type FakeProvider } from '../provider/fake-provider.ts';

let server: FakeProvider;
beforeAll(async () => {
  server = await startFakeProvider();
});
afterAll(() => server.close());

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['--forecast-url', server.origin, '--geocoding-url', server.origin, ...args], {}, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('weather arguments', () => {
  it('takes negative coordinates as a place, not an option', async () => {
    const { code, out, err } = await run(['-33.87,151.21', '--units', 'imperial', '-22.91,-43.17']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('-33.87, 151.21');
    expect(out).toContain('-22.91, -43.17');
    expect(out).toContain('°F');
  });

  it('reads the value of every string option, even one that starts with a dash', async () => {
    const { code, err } = await run(['--api-key', '-k3y', '-33.87,151.21']);
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it.each([
    [[''], 'a place cannot be empty'],
    [['Berlin', '  '], 'a place cannot be empty'],
    [['refresh', 'now'], 'refresh takes no place'],
    [['999,999'], '"999,999" is not a place on Earth'],
    [['Berlin', '-91,0'], '"-91,0" is not a place on Earth'],
    [['favourites', 'add', '95,10'], '"95,10" is not a place on Earth'],
    [['favourites', 'add', ''], 'a place cannot be empty'],
  ])('%j is a usage error, and nothing is fetched', async (args, message) => {
    const before = server.requests.length;
    const { code, out, err } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(server.requests.length).toBe(before);
  });

  it('does not echo a 10,000-character name back', async () => {
    const name = 'x'.repeat(10_000);
    const { code, err } = await run([name]);
    expect(code).toBe(2);
    expect(err).toContain('a place is at most 200 characters; one given has 10000');
    expect(err).not.toContain('x'.repeat(100));
  });
});
