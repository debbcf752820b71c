import { describe, expect, it } from 'vitest';
import { markerPlacement, rangePlacement, weekDomain } from '../../../renderer/chart/day-range.ts';
import { sampleDay } from './sample-weather.ts';

describe('day range bars on the week’s scale', () => {
  it('places each day between the week’s coldest and warmest, below zero too', () => {
    const days = [sampleDay('2026-11-25', -10, 0), sampleDay('2026-11-26', -5, 10), sampleDay('2026-11-27', -8, -6)];
    const week = weekDomain(days);
    expect(week).toEqual([-10, 10]);
    expect(days.map((d) => rangePlacement(d, week))).toEqual([
      { from: 0, to: 50 },
      { from: 25, to: 100 },
      { from: 10, to: 20 },
    ]);
  });

  it('puts every bar in the middle when all days are the same', () => {
    const days = [sampleDay('2026-11-25', 4, 4), sampleDay('2026-11-26', 4, 4)];
    const week = weekDomain(days);
    expect(days.map((d) => rangePlacement(d, week))).toEqual([
      { from: 50, to: 50 },
      { from: 50, to: 50 },
    ]);
    expect(markerPlacement(4, week)).toBe(50);
  });

  it('draws a day with one value as a point, and a day with none not at all', () => {
    const days = [sampleDay('2026-11-25', 0, 10), sampleDay('2026-11-26', null, 5), sampleDay('2026-11-27', 2, null), sampleDay('2026-11-28', null, null)];
    const week = weekDomain(days);
    expect(days.map((d) => rangePlacement(d, week))).toEqual([{ from: 0, to: 100 }, { from: 50, to: 50 }, { from: 20, to: 20 }, null]);
  });

  it('has no scale when no day has a temperature', () => {
    const days = [sampleDay('2026-11-25', null, null)];
    expect(weekDomain(days)).toBeNull();
    expect(rangePlacement(sampleDay('2026-11-25', 1, 2), null)).toBeNull();
    expect(markerPlacement(3, null)).toBeNull();
  });

  it('keeps a minimum above its maximum (a provider slip) and a marker outside the week on the bar', () => {
    const week = weekDomain([sampleDay('2026-11-25', 0, 10)]);
    expect(rangePlacement(sampleDay('2026-11-26', 8, 2), week)).toEqual({ from: 20, to: 80 });
    expect([markerPlacement(-3, week), markerPlacement(14, week), markerPlacement(null, week)]).toEqual([0, 100, null]);
  });
});
