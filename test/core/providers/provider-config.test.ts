import { describe, expect, it } from 'vitest';
import { WeatherError } from '../../../main/core/errors.ts';
import { createProvider, type ProviderConfig } from '../../../main/core/providers/provider-config.ts';
import { createOpenWeatherMap } from '../../../main/core/providers/openweathermap.ts';

const owm = (forecastUrl: string | null, geocodingUrl: string | null = null): ProviderConfig => ({
  provider: 'openweathermap',
  forecastUrl,
  geocodingUrl,
  apiKey: 'secret-key',
});

describe('an OpenWeatherMap key travels only over HTTPS or to this computer', () => {
  it.each([
    [null],
    ['https://api.openweathermap.org'],
    ['https://weather.example.org/owm'],
    ['http://127.0.0.1:8089'],
    ['http://127.12.0.9'],
    ['http://localhost:8089'],
    ['http://[::1]:8089'],
  ])('accepts %s', (origin) => {
    expect(createProvider(owm(origin)).id).toBe('openweathermap');
  });

  it.each([
    ['http://api.openweathermap.org', null],
    ['http://192.168.1.20:8089', null],
    ['http://128.0.0.1', null],
    ['http://localhost.example.com', null],
    [null, 'http://api.openweathermap.org'],
  ])('refuses forecast %s / geocoding %s with a clear error', (forecast, geocoding) => {
    let thrown: unknown;
    try {
      createProvider(owm(forecast, geocoding));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WeatherError);
    expect(thrown).toMatchObject({ code: 'invalid-input' });
    expect((thrown as WeatherError).message).toMatch(/OpenWeatherMap.*API key.*https/);
  });

  it('refuses a plain-http origin even when the provider is built directly', () => {
    expect(() => createOpenWeatherMap({ apiKey: 'k', origin: 'http://api.openweathermap.org' })).toThrow(WeatherError);
  });

  it('leaves Open-Meteo, which has no key, free to use plain http', () => {
    expect(createProvider({ provider: 'open-meteo', forecastUrl: 'http://weather.lan:8080', geocodingUrl: null, apiKey: null }).id).toBe('open-meteo');
  });
});
