// Open-Meteo air quality: several places a request, one normalised reading per place.
import { describe, expect, it } from 'vitest';
import { WeatherError } from '../../../main/core/errors.ts';
import { europeanAqiCategory, usAqiCategory } from '../../../main/core/providers/air-quality-index.ts';
import { airQualityCallWeight, airQualityUrl, inPollenDomain, parseAirQuality, parseAirQualityBatch } from '../../../main/core/providers/air-quality.ts';

const berlin = { name: 'Berlin', latitude: 52.52, longitude: 13.405 };
const denver = { name: 'Denver', latitude: 39.7392, longitude: -104.9903 };

const reading = (current: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  latitude: 52.5,
  longitude: 13.4,
  utc_offset_seconds: 0,
  timezone: 'GMT',
  current: { time: 1795608000, interval: 3600, european_aqi: 26, us_aqi: 41, pm2_5: 8.7, pm10: 9.9, ozone: 36, nitrogen_dioxide: 19.8, ...current },
  ...extra,
});

describe('air-quality request', () => {
  it('asks for several places at once, the pollutants and, when wanted, the pollen', () => {
    const url = airQualityUrl(new URL('https://air-quality-api.open-meteo.com'), [berlin, denver], { pollen: true });
    expect(url.pathname).toBe('/v1/air-quality');
    expect(url.searchParams.get('latitude')).toBe('52.52,39.7392');
    expect(url.searchParams.get('longitude')).toBe('13.405,-104.9903');
    expect(url.searchParams.get('current')).toBe(
      'european_aqi,us_aqi,pm2_5,pm10,ozone,nitrogen_dioxide,alder_pollen,birch_pollen,grass_pollen,mugwort_pollen,olive_pollen,ragweed_pollen',
    );
    expect(url.searchParams.get('timeformat')).toBe('unixtime');
    expect(airQualityUrl(new URL('http://127.0.0.1:1/aq/'), [berlin], { pollen: false }).searchParams.get('current')).toBe(
      'european_aqi,us_aqi,pm2_5,pm10,ozone,nitrogen_dioxide',
    );
  });

  it('pollen is asked for only inside the European model domain, where it exists', () => {
    expect(inPollenDomain(berlin)).toBe(true);
    expect(inPollenDomain({ latitude: 64.1, longitude: -21.9 })).toBe(true); // Reykjavik
    expect(inPollenDomain(denver)).toBe(false);
    expect(inPollenDomain({ latitude: 78.2, longitude: 15.6 })).toBe(false); // Longyearbyen
  });

  it('weighs 12 variables as 1.2 calls a place and 6 as one', () => {
    expect(airQualityCallWeight(3, { pollen: false })).toBe(3);
    expect(airQualityCallWeight(3, { pollen: true })).toBeCloseTo(3.6);
  });
});

describe('air-quality answer', () => {
  it('one place is a plain object; the reading carries both indices with their bands', () => {
    const [aq] = parseAirQualityBatch(reading({}), [berlin]);
    expect(aq).toEqual({
      latitude: 52.5,
      longitude: 13.4,
      time: '2026-11-25T12:00:00.000Z',
      europeanAqi: 26,
      europeanCategory: { level: 'fair', label: 'Fair', colour: '#50ccaa' },
      usAqi: 41,
      usCategory: { level: 'good', label: 'Good', colour: '#00e400' },
      pm2_5: 8.7,
      pm10: 9.9,
      ozone: 36,
      nitrogenDioxide: 19.8,
      pollen: {},
    });
  });

  it('two places are an array in order; a bad entry costs only its place', () => {
    const results = parseAirQualityBatch([reading({}), { ...reading({}), location_id: 1, current: 'none' }], [berlin, denver]);
    expect(results[0]).not.toBeInstanceOf(WeatherError);
    expect(results[1]).toBeInstanceOf(WeatherError);
    expect((results[1] as WeatherError).message).toBe('Open-Meteo air quality sent data Skytray does not understand for Denver.');
  });

  it('an answer that is not one entry per place is malformed as a whole', () => {
    for (const json of [reading({}), [reading({})], null, 'Unexpected error while streaming data']) {
      expect(() => parseAirQualityBatch(json, [berlin, denver])).toThrow(WeatherError);
    }
    expect(() => parseAirQualityBatch([reading({})], [berlin])).toThrow(WeatherError);
  });

  it('keeps the pollen with a value and leaves out the nulls sent outside Europe or the season', () => {
    const aq = parseAirQuality(reading({ birch_pollen: 12.5, grass_pollen: 0, olive_pollen: null, ragweed_pollen: null }));
    expect(aq.pollen).toEqual({ birch: 12.5, grass: 0 });
  });

  it('null indices have no band; a negative value is not a reading', () => {
    const aq = parseAirQuality(reading({ european_aqi: null, us_aqi: null }));
    expect([aq.europeanCategory, aq.usCategory]).toEqual([null, null]);
    expect(() => parseAirQuality(reading({ pm2_5: -1 }))).toThrow('response.current.pm2_5 should be a number >= 0, got -1');
  });
});

describe('air-quality bands', () => {
  it('European AQI: 0-20 good ... 80-100 very poor, above 100 extremely poor', () => {
    const levels = [0, 20, 20.1, 40, 41, 60, 61, 80, 81, 100, 100.5, 480].map((v) => europeanAqiCategory(v).level);
    expect(levels).toEqual([
      'good',
      'good',
      'fair',
      'fair',
      'moderate',
      'moderate',
      'poor',
      'poor',
      'very-poor',
      'very-poor',
      'extremely-poor',
      'extremely-poor',
    ]);
  });

  it('US AQI: 0-50 good ... 301 and above hazardous, with the EPA colours', () => {
    const bands = [0, 50, 51, 100, 101, 150, 151, 200, 201, 300, 301, 500].map((v) => usAqiCategory(v));
    expect(bands.map((b) => b.level)).toEqual([
      'good',
      'good',
      'moderate',
      'moderate',
      'unhealthy-for-sensitive-groups',
      'unhealthy-for-sensitive-groups',
      'unhealthy',
      'unhealthy',
      'very-unhealthy',
      'very-unhealthy',
      'hazardous',
      'hazardous',
    ]);
    expect(usAqiCategory(175).colour).toBe('#ff0000');
    expect(usAqiCategory(350)).toEqual({ level: 'hazardous', label: 'Hazardous', colour: '#7e0023' });
  });

  it('a negative or non-finite index is a programming error, not a band', () => {
    expect(() => europeanAqiCategory(-1)).toThrow(RangeError);
    expect(() => usAqiCategory(Number.NaN)).toThrow(RangeError);
  });
});
