import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, roundNumber } from '../../main/wording/numbers.ts';
import { formatTemperature, wholeDegrees } from '../../main/wording/temperature.ts';

describe('temperatures', () => {
  it('writes whole degrees with the unit of either system', () => {
    expect(formatTemperature(7.4, '°C')).toBe('7°C');
    expect(formatTemperature(44.6, '°F')).toBe('45°F');
    expect(formatTemperature(-12.2, '°')).toBe('-12°');
    expect(formatTemperature(null, '°C')).toBe('–');
    expect(formatTemperature(Number.NaN, '°C')).toBe('–');
  });

  it('writes tenths when asked', () => {
    expect(formatTemperature(-6.6, '°C', { digits: 1 })).toBe('-6.6°C');
    expect(formatTemperature(7, '°F', { digits: 1 })).toBe('7.0°F');
  });

  it('a value that rounds to zero has no minus sign', () => {
    for (const value of [-0, -0.4, -0.49]) expect(formatTemperature(value, '°C')).toBe('0°C');
    expect(formatTemperature(-0.04, '°C', { digits: 1 })).toBe('0.0°C');
    expect(Object.is(wholeDegrees(-0.4), 0)).toBe(true);
    expect(Object.is(wholeDegrees(-0), 0)).toBe(true);
  });

  it('rounds halves away from zero, the same for the words and the drawn digits', () => {
    expect(formatTemperature(-0.5, '°')).toBe('-1°');
    expect(formatTemperature(2.5, '°')).toBe('3°');
    expect(formatTemperature(-2.5, '°')).toBe('-3°');
    for (const value of [-2.5, -0.5, 0.5, 2.5, 7.49, -7.5]) expect(`${wholeDegrees(value)}°`).toBe(formatTemperature(value, '°'));
  });
});

describe('numbers', () => {
  it('rounds to the digits asked for and never gives -0', () => {
    expect(formatNumber(0.04, 2)).toBe('0.04');
    expect(formatNumber(-0.004, 2)).toBe('0.00');
    expect(formatNumber(1234.5, 0)).toBe('1235');
    expect(Object.is(roundNumber(-0.004, 2), 0)).toBe(true);
    expect(roundNumber(-1.25, 1)).toBe(-1.3);
  });

  it('writes percentages as whole numbers', () => {
    expect(formatPercent(83)).toBe('83%');
    expect(formatPercent(66.6)).toBe('67%');
    expect(formatPercent(null)).toBe('–');
  });
});
