import { describe, expect, it } from 'vitest';
import { describePlace, parseCoordinates } from '../../../main/core/model/place-query.ts';

describe('place queries', () => {
  it('reads coordinates and leaves names for geocoding', () => {
    expect(parseCoordinates(' 52.52 , 13.41 ')).toMatchObject({ id: 'coords:52.52,13.41', latitude: 52.52, longitude: 13.41, timezone: 'auto' });
    expect(parseCoordinates('-33.9,151.2')?.latitude).toBe(-33.9);
    expect(parseCoordinates('Berlin')).toBeNull();
    expect(parseCoordinates('Springfield, Illinois')).toBeNull();
    expect(() => parseCoordinates('91,0')).toThrow(/latitude must be -90 to 90/);
  });

  it('describes a place well enough to tell namesakes apart', () => {
    const base = { id: 'x', latitude: 0, longitude: 0, timezone: 'UTC', population: null };
    expect(describePlace({ ...base, name: 'Springfield', region: 'Illinois', country: 'United States', countryCode: 'US' })).toBe('Springfield, Illinois, US');
    expect(describePlace({ ...base, name: 'Singapore', region: 'Singapore', country: 'Singapore', countryCode: 'SG' })).toBe('Singapore, SG');
    expect(describePlace({ ...base, name: '1, 2', region: null, country: null, countryCode: null })).toBe('1, 2');
  });
});
