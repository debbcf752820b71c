import { describe, expect, it } from 'vitest';
import { condition, mostSignificant, owmConditionCode, wmoConditionCode } from '../../../main/core/model/conditions.ts';

describe('conditions', () => {
  it('maps every documented WMO code', () => {
    const table: Record<number, string> = {
      0: 'clear', 1: 'mainly-clear', 2: 'partly-cloudy', 3: 'overcast', 45: 'fog', 48: 'fog', 51: 'drizzle', 55: 'drizzle',
      56: 'freezing-drizzle', 61: 'rain', 65: 'heavy-rain', 66: 'freezing-rain', 71: 'snow', 75: 'heavy-snow', 77: 'snow',
      80: 'rain-showers', 82: 'rain-showers', 85: 'snow-showers', 86: 'snow-showers', 95: 'thunderstorm', 96: 'thunderstorm-hail', 99: 'thunderstorm-hail',
    };
    for (const [code, expected] of Object.entries(table)) expect(wmoConditionCode(Number(code))).toBe(expected);
    expect(wmoConditionCode(null)).toBe('unknown');
    expect(wmoConditionCode(42)).toBe('unknown');
  });

  it('maps OpenWeatherMap condition ids', () => {
    expect([211, 301, 500, 503, 511, 521, 600, 602, 612, 621, 741, 800, 801, 803, 804, 999].map(owmConditionCode)).toEqual([
      'thunderstorm', 'drizzle', 'rain', 'heavy-rain', 'freezing-rain', 'rain-showers', 'snow', 'heavy-snow', 'freezing-rain',
      'snow-showers', 'fog', 'clear', 'mainly-clear', 'partly-cloudy', 'overcast', 'unknown',
    ]);
  });

  it('names day and night icons and marks severe weather', () => {
    expect(condition('clear', false)).toEqual({ code: 'clear', text: 'Clear', icon: 'clear-night', severe: false });
    expect(condition('thunderstorm', true)).toMatchObject({ icon: 'thunderstorm', severe: true });
    expect(mostSignificant(['clear', 'thunderstorm', 'rain'])).toBe('thunderstorm');
    expect(mostSignificant([])).toBe('unknown');
  });
});
