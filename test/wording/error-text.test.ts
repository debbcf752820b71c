// errorText: the words a person reads about an error come from the catalogue, by code, service,
// status and detail; never from the engine's English message.
import { describe, expect, it } from 'vitest';
import { WeatherError } from '../../main/core/errors.ts';
import { rateLimitedError } from '../../main/core/fetch/rate-limited-error.ts';
import { errorText } from '../../main/wording/error-text.ts';
import { createWording } from '../../main/wording/wording.ts';

const en = createWording('en');
const de = createWording('de');

describe('errorText', () => {
  it('names the service when it is known, and has its own sentence when it is not', () => {
    expect(errorText(en, { code: 'network', provider: 'Open-Meteo', status: null })).toBe('Could not reach Open-Meteo. Check your internet connection.');
    expect(errorText(en, { code: 'network', provider: null, status: null })).toBe('Something went wrong while fetching the weather.');
  });

  it('promises a retry only where Skytray retries by itself', () => {
    const info = { code: 'server', provider: 'Open-Meteo', status: 503 } as const;
    expect(errorText(en, info)).toBe('Open-Meteo is having trouble (HTTP 503). Skytray will try again later.');
    expect(errorText(en, info, { retrying: false })).toBe('Open-Meteo is having trouble (HTTP 503). Try again in a few minutes.');
  });

  it('tells a missing key, a rejected key and a refusal apart', () => {
    expect(errorText(en, { code: 'auth', provider: 'OpenWeatherMap', status: null, detail: { kind: 'api-key-missing' } })).toMatch(/needs your own API key/);
    expect(errorText(en, { code: 'auth', provider: 'OpenWeatherMap', status: 401 })).toMatch(/^OpenWeatherMap rejected the API key/);
    expect(errorText(en, { code: 'auth', provider: 'MET Norway', status: 403 })).toBe('MET Norway refused the request (HTTP 403).');
  });

  it('says why an API key may not go to a plain-http address', () => {
    const info = {
      code: 'invalid-input',
      provider: 'OpenWeatherMap',
      status: null,
      detail: { kind: 'api-key-needs-https', origin: 'http://example.org' },
    } as const;
    expect(errorText(en, info)).toBe(
      'OpenWeatherMap sends your API key with every request, so its URL must use https (or point to this computer, like http://127.0.0.1): got http://example.org.',
    );
  });

  it('names the place or favourite that was not found', () => {
    const place = new WeatherError('not-found', 'x', { provider: 'Open-Meteo', detail: { kind: 'place-not-found', query: 'Atlantis' } });
    expect(errorText(en, place)).toBe('No place called "Atlantis" was found.');
    expect(errorText(en, { code: 'not-found', provider: null, status: null, detail: { kind: 'favourite-not-found', id: 12345 } })).toBe(
      'There is no favourite with id 12345; it may have been removed.',
    );
  });

  it('says the next try in the Wording’s clock, in the zone given, rounded up to the minute', () => {
    const at = Date.parse('2026-11-25T13:04:10Z');
    const error = rateLimitedError('Open-Meteo', at, at - 60_000);
    expect(errorText(en, error.toInfo(), { timeZone: 'Europe/Berlin' })).toBe('Rate limited by Open-Meteo; next try at 2:05 PM');
    expect(errorText(de, error.toInfo(), { timeZone: 'Europe/Berlin' })).toBe('Open-Meteo begrenzt die Anfragen; nächster Versuch um 14:05');
  });

  it('has a sentence for every code, none of them the engine’s message', () => {
    const codes = [
      'network',
      'timeout',
      'rate-limited',
      'server',
      'bad-request',
      'auth',
      'not-found',
      'malformed',
      'too-large',
      'aborted',
      'invalid-input',
    ] as const;
    for (const code of codes) {
      const text = errorText(en, new WeatherError(code, 'ENGINE', { provider: 'Open-Meteo', status: 400 }));
      expect(text, code).toMatch(/^\S.*[.)]$|next try/);
      expect(text, code).not.toContain('ENGINE');
    }
  });
});
