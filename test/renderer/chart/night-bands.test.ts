import { describe, expect, it } from 'vitest';
import { chartSeries } from '../../../renderer/chart/chart-series.ts';
import { nightBands } from '../../../renderer/chart/night-bands.ts';
import { START, berlinTime, sampleWeather } from './sample-weather.ts';

const HOUR = 3_600_000;
const at = (local: string): number => Date.parse(local);
const local = (span: { from: number; to: number }): [string, string] => [berlinTime(span.from), berlinTime(span.to)];

describe('night bands', () => {
  it('run from sunset to sunrise, to the minute', () => {
    const series = chartSeries(sampleWeather(), START);
    expect(nightBands(series.hours, series.sun, HOUR).map(local)).toEqual([
      ['2026-11-25T16:02:00+01:00', '2026-11-26T07:41:00+01:00'],
      ['2026-11-26T16:02:00+01:00', '2026-11-27T07:41:00+01:00'],
    ]);
  });

  it('fall back to the edges of the dark hours when no sunrise or sunset is known', () => {
    const series = chartSeries(sampleWeather({ daily: [] }), START);
    expect(series.sun).toEqual([]);
    expect(local(nightBands(series.hours, [], HOUR)[0] ?? { from: 0, to: 0 })).toEqual(['2026-11-25T16:30:00+01:00', '2026-11-26T07:30:00+01:00']);
  });

  it('ignore a sunrise or sunset more than a step away from the dark hours', () => {
    const series = chartSeries(sampleWeather({ daily: [] }), START);
    const far = [{ kind: 'sunset' as const, time: '2026-11-25T14:10:00+01:00', at: at('2026-11-25T14:10:00+01:00') }];
    expect(nightBands(series.hours, far, HOUR)[0]?.from).toBe(at('2026-11-25T16:30:00+01:00'));
  });

  it('cover the whole chart in a polar night, and nothing in a polar day', () => {
    const w = sampleWeather({ daily: [] });
    const dark = chartSeries({ ...w, hourly: w.hourly.map((p) => ({ ...p, isDay: false })) }, START);
    const light = chartSeries({ ...w, hourly: w.hourly.map((p) => ({ ...p, isDay: true })) }, START);
    expect(nightBands(dark.hours, [], HOUR)).toEqual([{ from: START - HOUR / 2, to: START + 47.5 * HOUR }]);
    expect(nightBands(light.hours, [], HOUR)).toEqual([]);
  });
});
