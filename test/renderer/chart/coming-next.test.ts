import { describe, expect, it } from 'vitest';
import type { ChartHour } from '../../../renderer/chart/chart-series.ts';
import { chartSeries } from '../../../renderer/chart/chart-series.ts';
import { comingNext } from '../../../renderer/chart/coming-next.ts';
import { START, sampleHour, sampleWeather } from './sample-weather.ts';
import { ENGLISH } from '../wordings.ts';

const hours = (codes: ChartHour['condition'][], stepHours = 1): ChartHour[] => {
  const base = chartSeries(sampleWeather({ hourlyStepHours: stepHours, hourly: codes.map((_, i) => sampleHour(i, stepHours)) }), START).hours;
  return base.map((h, i) => ({ ...h, condition: codes[i] ?? 'unknown' }));
};

describe('what comes next', () => {
  it('says when the rain starts, by the clock today', () => {
    expect(comingNext('partly-cloudy', hours(['partly-cloudy', 'overcast', 'rain', 'rain']), '2026-11-25', ENGLISH)).toBe('Rain from 16:00');
  });

  it('names another day’s hour with its weekday', () => {
    const codes = Array.from({ length: 20 }, (_, i): ChartHour['condition'] => (i < 14 ? 'clear' : 'snow-showers'));
    expect(comingNext('clear', hours(codes), '2026-11-25', ENGLISH)).toBe('Snow showers from Thu 04:00');
  });

  it('says when it turns dry while it is wet now', () => {
    expect(comingNext('drizzle', hours(['drizzle', 'rain', 'overcast']), '2026-11-25', ENGLISH)).toBe('Dry from 16:00');
  });

  it('says it stays as it is for all the hours it knows, three-hourly too', () => {
    expect(comingNext('clear', hours(Array<ChartHour['condition']>(48).fill('clear')), '2026-11-25', ENGLISH)).toBe('Dry for the next 48 hours');
    expect(comingNext('snow', hours(Array<ChartHour['condition']>(16).fill('snow'), 3), '2026-11-25', ENGLISH)).toBe('Snow for the next 48 hours');
  });

  it('counts squalls and storms as worth saying, and has nothing to say without hours', () => {
    expect(comingNext('overcast', hours(['overcast', 'squalls']), '2026-11-25', ENGLISH)).toBe('Squalls from 15:00');
    expect(comingNext('clear', [], '2026-11-25', ENGLISH)).toBeNull();
  });
});
