import { describe, expect, it } from 'vitest';
import { openMeteoCallWeight, openMeteoRequestShape, openMeteoRequestWeight } from '../../../main/core/fetch/call-budget-weight.ts';
import type { Place } from '../../../main/core/model/model.ts';
import { forecastUrl } from '../../../main/core/providers/open-meteo-forecast.ts';
import { searchUrl } from '../../../main/core/providers/open-meteo-geocoding.ts';

const place = (i: number): Place => ({
  id: `open-meteo:${i}`,
  name: `Place ${i}`,
  region: null,
  country: null,
  countryCode: null,
  latitude: 40 + i / 10,
  longitude: -8 - i / 10,
  timezone: 'Europe/Lisbon',
  population: null,
});

describe('Open-Meteo call weight', () => {
  // Worked examples from https://open-meteo.com/en/pricing (FAQ "How is one API call defined?",
  // with the 14 days of open-meteo/open-meteo-website#504) and open-meteo/open-meteo#1295.
  it.each([
    { what: '10 variables for 14 days is one call', shape: { locations: 1, variables: 10, days: 14 }, calls: 1 },
    { what: '14 days of 15 variables is 1.5 calls', shape: { locations: 1, variables: 15, days: 14 }, calls: 1.5 },
    { what: '4 weeks of 15 variables is 3.0 calls', shape: { locations: 1, variables: 15, days: 28 }, calls: 3 },
    { what: '4 weeks of 5 variables is still one call', shape: { locations: 1, variables: 5, days: 28 }, calls: 1 },
    { what: 'a short range never makes a call cheaper than its variables', shape: { locations: 1, variables: 20, days: 1 }, calls: 2 },
    { what: 'each location costs at least one call', shape: { locations: 3, variables: 2, days: 7 }, calls: 3 },
    { what: 'locations multiply the weight of one', shape: { locations: 2, variables: 15, days: 28 }, calls: 6 },
    { what: 'models multiply the variables', shape: { locations: 1, variables: 6, models: 3, days: 7 }, calls: 1.8 },
  ])('$what', ({ shape, calls }) => {
    expect(openMeteoCallWeight(shape)).toBeCloseTo(calls, 10);
  });

  it('reads what a request asks for from its URL', () => {
    const url = new URL(
      'https://api.open-meteo.com/v1/forecast?latitude=1,2&longitude=3,4&hourly=a,b,c&daily=d&current=e,f&minutely_15=g&models=m1,m2&past_days=2&forecast_days=16',
    );
    expect(openMeteoRequestShape(url)).toEqual({ locations: 2, variables: 7, models: 2, days: 18 });
    // 14 variable-models = 1.4, over 18 days = 1.4 * 18/14 = 1.8 a location.
    expect(openMeteoRequestWeight(url)).toBeCloseTo(3.6, 10);
  });

  it('counts the days between start and end dates, both included', () => {
    const url = new URL(
      'https://archive-api.open-meteo.com/v1/archive?latitude=1&longitude=2&hourly=a,b,c,d,e,f,g,h,i,j,k,l,m,n,o&start_date=2026-01-01&end_date=2026-01-28',
    );
    expect(openMeteoRequestWeight(url)).toBeCloseTo(3, 10);
  });

  it("Skytray's forecast asks for 27 variables over 7 days: 2.7 calls a place, 27 for a batch of ten", () => {
    const origin = new URL('https://api.open-meteo.com');
    expect(openMeteoRequestShape(forecastUrl(origin, [place(1)], 'metric'))).toEqual({ locations: 1, variables: 27, models: 1, days: 7 });
    expect(openMeteoRequestWeight(forecastUrl(origin, [place(1)], 'imperial'))).toBeCloseTo(2.7, 10);
    const ten = Array.from({ length: 10 }, (_, i) => place(i));
    expect(openMeteoRequestWeight(forecastUrl(origin, ten, 'metric'))).toBeCloseTo(27, 10);
  });

  it('a place search is one call', () => {
    expect(openMeteoRequestWeight(searchUrl(new URL('https://geocoding-api.open-meteo.com'), 'Lisbon', 5, 'en'))).toBe(1);
  });
});
