import { describe, expect, it } from 'vitest';
import { unitsFor } from '../../../main/core/model/model.ts';
import { chartSeries } from '../../../renderer/chart/chart-series.ts';
import { hourCells, hourSummary } from '../../../renderer/chart/hour-words.ts';
import { START, sampleWeather } from './sample-weather.ts';
import { ENGLISH } from '../wordings.ts';

describe('an hour in words', () => {
  const hours = chartSeries(sampleWeather(), START).hours;
  const first = hours[0];
  const wet = hours[24];

  it('names the hour by weekday and the place’s own clock', () => {
    expect(first && hourCells(first, unitsFor('metric'), ENGLISH).time).toBe('Wed 14:00');
    expect(wet && hourCells(wet, unitsFor('metric'), ENGLISH).time).toBe('Thu 14:00');
  });

  it('says every value, and a dash for one the provider did not give', () => {
    if (!wet) throw new Error('no wet hour in the sample');
    expect(hourSummary({ ...wet, temperature: 2.4, feelsLike: null }, unitsFor('metric'), ENGLISH)).toBe(
      'Thu 14:00: Rain, 2°C, feels like –, 0.4 mm, 80% chance',
    );
    expect(hourSummary({ ...wet, temperature: 36.5, feelsLike: 30, precipitation: 0.02 }, unitsFor('imperial'), ENGLISH)).toBe(
      'Thu 14:00: Rain, 37°F, feels like 30°F, 0.02 in, 80% chance',
    );
  });
});
