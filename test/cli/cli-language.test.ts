// The language of `weather`: --lang, then LC_ALL, LC_MESSAGES, LANG, else English; numbers and
// clock times in that language's formats; JSON the same in every language.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli/weather.ts';
import { systemClock } from '../../main/core/clock.ts';
import { de } from '../../main/wording/messages/de.ts';
import { createWording } from '../../main/wording/wording.ts';
import { startFakeProvider, type FakeProvider } from '../provider/fake-provider.ts';

let server: FakeProvider;
let dir: string;
beforeAll(async () => {
  server = await startFakeProvider();
  dir = mkdtempSync(join(tmpdir(), 'skytray-cli-language-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A clock stopped at one instant (moved by hand), so two runs print the same ages and times. */
const NOW = Date.parse('2026-11-25T09:05:00Z');
let at = NOW;
const frozen = { ...systemClock, now: () => at };

async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const origins = ['--forecast-url', '--geocoding-url', '--air-quality-url', '--nws-url', '--metalerts-url', '--meteoalarm-url'].flatMap((o) => [
    o,
    server.origin,
  ]);
  const code = await main([...origins, ...args], env, { out: (t) => (out += t), err: (t) => (err += t) }, frozen);
  return { code, out, err };
}

/** The temperature cell of the one data row: "-0.5°C" or "-0,5 °C". */
async function temperatureCell(args: string[], env: Record<string, string> = {}): Promise<string> {
  const { code, out } = await run([...args, '52.52,13.41'], env);
  expect(code).toBe(0);
  return (out.split('\n')[1] ?? '').split(/ {2,}/)[2] ?? '';
}

const GERMAN = /^-?\d+,\d °C$/;
const ENGLISH = /^-?\d+\.\d°C$/;

describe('weather in the person’s language', () => {
  it('formats numbers and the clock as German for --lang de: a decimal comma and a 24-hour clock', async () => {
    const { code, out } = await run(['--lang', 'de', '52.52,13.41']);
    expect(code).toBe(0);
    const [, row = ''] = out.split('\n');
    const [, time = '', temperature = ''] = row.split(/ {2,}/);
    expect(temperature).toMatch(GERMAN);
    expect(time).toMatch(/^\d\d:\d\d$/);
  });

  it('formats the clock as Japanese for --lang ja: no AM or PM', async () => {
    const { code, out } = await run(['--lang', 'ja', '52.52,13.41']);
    expect(code).toBe(0);
    const time = (out.split('\n')[1] ?? '').split(/ {2,}/)[1] ?? '';
    expect(time).toMatch(/^\d{1,2}:\d\d$/);
    expect(out).not.toMatch(/\b[AP]M\b/);
  });

  it('takes --lang before LC_ALL, LC_ALL before LC_MESSAGES, LC_MESSAGES before LANG', async () => {
    expect(await temperatureCell(['--lang', 'de'], { LC_ALL: 'en_US.UTF-8' })).toMatch(GERMAN);
    expect(await temperatureCell(['--lang', 'en'], { LC_ALL: 'de_DE.UTF-8' })).toMatch(ENGLISH);
    expect(await temperatureCell([], { LC_ALL: 'de_DE.UTF-8', LC_MESSAGES: 'en_US.UTF-8', LANG: 'en_US.UTF-8' })).toMatch(GERMAN);
    expect(await temperatureCell([], { LC_MESSAGES: 'de_DE.UTF-8', LANG: 'en_US.UTF-8' })).toMatch(GERMAN);
    expect(await temperatureCell([], { LC_MESSAGES: 'en_US.UTF-8', LANG: 'de_DE.UTF-8' })).toMatch(ENGLISH);
    expect(await temperatureCell([], { LANG: 'de_DE.UTF-8' })).toMatch(GERMAN);
  });

  it('speaks English for C and POSIX, even when LANG says German', async () => {
    expect(await temperatureCell([], { LC_ALL: 'C', LANG: 'de_DE.UTF-8' })).toMatch(ENGLISH);
    expect(await temperatureCell([], { LC_ALL: 'POSIX', LANG: 'de_DE.UTF-8' })).toMatch(ENGLISH);
    expect(await temperatureCell([], { LC_ALL: 'C.UTF-8' })).toMatch(ENGLISH);
    expect(await temperatureCell([])).toMatch(ENGLISH);
  });

  it('refuses a --lang it does not speak: exit 2, the languages it does, and the usage', async () => {
    const { code, out, err } = await run(['--lang', 'xx', '52.52,13.41'], { LANG: 'de_DE.UTF-8' });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^weather: Skytray spricht kein „xx“\. Verfügbare Sprachen: en, de, .*zh-Hans.* ar\.\n\nAufruf:/);
    expect((await run(['--lang', 'zh-TW', 'Berlin'])).code).toBe(2);
  });

  it.each([
    [['Berlin', '--lang'], '--lang needs a value'],
    [['--lang', '', 'Berlin'], '--lang needs a value'],
    [['--json=yes', 'Berlin'], '--json takes no value'],
    [['Berlin', '--db'], '--db needs a value'],
  ])('says what is missing or extra about an option: %j', async (args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toContain(`weather: ${message}\n`);
  });

  it('prints the same JSON, byte for byte, in every language', async () => {
    const english = await run(['--json', '52.52,13.41', 'Atlantis'], { LANG: 'C' });
    expect(english.code).toBe(1);
    // The four fields JSON has always had: the detail a person's words are made from stays out.
    expect((JSON.parse(english.out) as { error: unknown }[])[1]?.error).toEqual({
      code: 'not-found',
      message: 'No place called "Atlantis" was found.',
      provider: 'Open-Meteo',
      status: null,
    });
    for (const [args, env] of [
      [['--lang', 'de'], {}],
      [['--lang', 'ja'], {}],
      [[], { LANG: 'pl_PL.UTF-8' }],
      [['--lang', 'ar'], {}],
    ] as const) {
      const other = await run([...args, '--json', '52.52,13.41', 'Atlantis'], env);
      expect(other.out).toBe(english.out);
    }
  });

  it('says a place was not found through the catalogue, in the person’s language', async () => {
    const { code, err } = await run(['--lang', 'de', 'Atlantis']);
    expect(code).toBe(1);
    expect(err).toBe(`weather: Atlantis: ${de['error.notFound.place'].replace('{query}', 'Atlantis')}\n`);
  });

  it('prints the help from the catalogue, with --lang among the options', async () => {
    const { code, out } = await run(['--lang', 'de', '--help']);
    expect(code).toBe(0);
    for (const key of ['cli.help.usage', 'cli.help.places', 'cli.help.json', 'cli.help.exitStatus'] as const) expect(out).toContain(de[key]);
    expect(out).toContain('--lang CODE');
    expect(out).toContain('SKYTRAY_OWM_API_KEY');
  });

  it('says why it will not send an API key over plain http, and exits 2', async () => {
    const { code, err } = await run(['--provider', 'openweathermap', '--api-key', 'k', '--forecast-url', 'http://example.org', 'Berlin']);
    expect(code).toBe(2);
    expect(err).toBe(
      'weather: OpenWeatherMap sends your API key with every request, so its URL must use https (or point to this computer, like http://127.0.0.1): got http://example.org.\n',
    );
  });

  it('says usage errors through the catalogue', async () => {
    const { code, err } = await run(['--lang', 'de', '--units', 'kelvin', 'Berlin']);
    expect(code).toBe(2);
    expect(err).toContain(`weather: ${de['cli.usage.units'].replace('{value}', 'kelvin')}\n`);
  });

  it('writes the age of saved data through the Wording: Polish for LANG=pl_PL', async () => {
    const db = join(dir, 'ages.db');
    at = NOW;
    expect((await run(['--db', db, 'favourites', 'add', '52.52,13.41'])).code).toBe(0);
    at = NOW + 3 * 24 * 3_600_000;
    const { out } = await run(['--db', db], { LANG: 'pl_PL.UTF-8' });
    at = NOW;
    const age = createWording('pl').age(3 * 24 * 3_600_000);
    expect(age).toMatch(/temu$/);
    expect(out).toContain(`★ 52.52, 13.41: ${age}\n`);
  });
});
