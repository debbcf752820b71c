import { describe, expect, it } from 'vitest';
import type { Place } from '../../main/core/model/model.ts';
import { describePlace, placeSurroundings } from '../../main/wording/place.ts';

const place = (name: string, region: string | null, country: string | null, countryCode: string | null): Place => ({
  id: 'x',
  name,
  region,
  country,
  countryCode,
  latitude: 0,
  longitude: 0,
  timezone: 'UTC',
  population: null,
});

describe('place descriptions', () => {
  it('name, region and country code, enough to tell namesakes apart', () => {
    expect(describePlace(place('Berlin', 'Land Berlin', 'Germany', 'DE'))).toBe('Berlin, Land Berlin, DE');
    expect(describePlace(place('Springfield', 'Illinois', 'United States', 'US'))).toBe('Springfield, Illinois, US');
  });

  it('leaves out what is missing or repeats the name', () => {
    expect(describePlace(place('Singapore', 'Singapore', 'Singapore', 'SG'))).toBe('Singapore, SG');
    expect(describePlace(place('Atlantis', null, 'Greece', 'GR'))).toBe('Atlantis, GR');
    expect(describePlace(place('Nowhere', 'Somewhere', null, null))).toBe('Nowhere, Somewhere');
    expect(describePlace(place('52.52, 13.41', null, null, null))).toBe('52.52, 13.41');
  });

  it('falls back to the country name when there is no code', () => {
    expect(describePlace(place('Tórshavn', 'Streymoy', 'Faroe Islands', null))).toBe('Tórshavn, Streymoy, Faroe Islands');
  });

  it('the surroundings under a name: region and country name, without the name itself', () => {
    expect(placeSurroundings(place('Berlin', 'Land Berlin', 'Germany', 'DE'))).toBe('Land Berlin, Germany');
    expect(placeSurroundings(place('Singapore', 'Singapore', 'Singapore', 'SG'))).toBe('');
    expect(placeSurroundings(place('Atlantis', null, 'Greece', 'GR'))).toBe('Greece');
    expect(placeSurroundings(place('52.52, 13.41', null, null, null))).toBe('');
  });
});
