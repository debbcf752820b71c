import { describe, expect, it } from 'vitest';
import { regionUnits } from '../../main/wording/region-units.ts';

describe('regionUnits', () => {
  it('is imperial in the United States and Liberia', () => {
    expect(regionUnits('en-US').units).toEqual({ system: 'imperial', temperature: '°F', windSpeed: 'mph', precipitation: 'in' });
    expect(regionUnits('en-LR').units.system).toBe('imperial');
    expect(regionUnits('en').units.system).toBe('imperial'); // 'en' alone is the United States in CLDR's likely subtags
  });

  it('is metric elsewhere, with miles per hour for wind in Britain', () => {
    expect(regionUnits('de-DE').units).toEqual({ system: 'metric', temperature: '°C', windSpeed: 'km/h', precipitation: 'mm' });
    expect(regionUnits('en-GB').units).toEqual({ system: 'metric', temperature: '°C', windSpeed: 'mph', precipitation: 'mm' });
    expect(regionUnits('fr').units.system).toBe('metric');
  });

  it('knows where wind is told in metres per second', () => {
    expect(regionUnits('pl-PL').customaryWind).toBe('m/s');
    expect(regionUnits('sv_SE.UTF-8').customaryWind).toBe('m/s');
    expect(regionUnits('ja').customaryWind).toBe('m/s');
    expect(regionUnits('nb-NO').units.windSpeed).toBe('km/h');
    expect(regionUnits('de-AT').customaryWind).toBe('km/h');
  });

  it('is metric for a tag it cannot read', () => {
    expect(regionUnits('!!').units.system).toBe('metric');
  });
});
