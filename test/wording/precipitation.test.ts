import { describe, expect, it } from 'vitest';
import { formatPrecipitation } from '../../main/wording/precipitation.ts';

describe('precipitation', () => {
  it('writes inches to two decimals: a wet 0.04 in is not a dry 0.0 in', () => {
    expect(formatPrecipitation(0.04, 'in')).toBe('0.04 in');
    expect(formatPrecipitation(0.1, 'in')).toBe('0.10 in');
    expect(formatPrecipitation(1.256, 'in')).toBe('1.26 in');
  });

  it('writes millimetres to one decimal', () => {
    expect(formatPrecipitation(0.25, 'mm')).toBe('0.3 mm');
    expect(formatPrecipitation(0, 'mm')).toBe('0.0 mm');
    expect(formatPrecipitation(12, 'mm')).toBe('12.0 mm');
  });

  it('writes an unknown amount as a dash', () => {
    expect(formatPrecipitation(null, 'in')).toBe('–');
  });
});
