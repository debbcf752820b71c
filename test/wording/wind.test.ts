import { describe, expect, it } from 'vitest';
import { compassPoint, formatWind } from '../../main/wording/wind.ts';

describe('compass points', () => {
  it.each([
    [0, 'N'],
    [22.4, 'N'],
    [22.5, 'NE'],
    [45, 'NE'],
    [90, 'E'],
    [180, 'S'],
    [202.5, 'SW'],
    [337.4, 'NW'],
    [337.5, 'N'],
    [359.9, 'N'],
    [360, 'N'],
    [405, 'NE'],
    [-45, 'NW'],
    [-0.1, 'N'],
  ])('%f degrees is %s', (degrees, point) => {
    expect(compassPoint(degrees)).toBe(point);
  });

  it('says nothing when the direction is unknown', () => {
    expect(compassPoint(null)).toBe('');
    expect(compassPoint(Number.NaN)).toBe('');
  });
});

describe('wind', () => {
  it('writes the rounded speed in either system, then where it blows from', () => {
    expect(formatWind(12.4, 'km/h', 40)).toBe('12 km/h NE');
    expect(formatWind(7.5, 'mph', 270)).toBe('8 mph W');
  });

  it('leaves out an unknown direction, and writes an unknown speed as a dash', () => {
    expect(formatWind(3, 'km/h', null)).toBe('3 km/h');
    expect(formatWind(null, 'km/h', 90)).toBe('–');
  });
});
