import { describe, expect, it } from 'vitest';
import { CHART_HOURS, chartSeries } from '../../../renderer/chart/chart-series.ts';
import { START, sampleHour, sampleWeather } from './sample-weather.ts';

const HOUR = 3_600_000;

describe('the chart’s series', () => {
  it('starts at the hour in progress, so older data still begins at the present', () => {
    const series = chartSeries(sampleWeather(), START + 2 * HOUR + 20 * 60_000);
    expect(series.hours[0]?.time).toBe('2026-11-25T16:00:00+01:00');
    expect(series.hours).toHaveLength(46);
  });

  it('takes 48 hours of a longer forecast, and the sunrises and sunsets inside them', () => {
    const w = sampleWeather({ hourly: Array.from({ length: 72 }, (_, i) => sampleHour(i)) });
    const series = chartSeries(w, START);
    expect(series.hours).toHaveLength(CHART_HOURS);
    expect(series.sun.map((s) => `${s.kind} ${s.time}`)).toEqual([
      'sunset 2026-11-25T16:02:00+01:00',
      'sunrise 2026-11-26T07:41:00+01:00',
      'sunset 2026-11-26T16:02:00+01:00',
      'sunrise 2026-11-27T07:41:00+01:00',
    ]);
  });

  it('takes 16 points of a three-hourly forecast', () => {
    const w = sampleWeather({ hourlyStepHours: 3, hourly: Array.from({ length: 40 }, (_, i) => sampleHour(i, 3)) });
    const series = chartSeries(w, START + HOUR);
    expect(series.stepHours).toBe(3);
    expect(series.hours).toHaveLength(16);
    expect(series.hours[0]?.time).toBe('2026-11-25T14:00:00+01:00');
  });

  it('is empty when there is no hourly forecast', () => {
    expect(chartSeries(sampleWeather({ hourly: [] }), START).hours).toEqual([]);
  });
});
