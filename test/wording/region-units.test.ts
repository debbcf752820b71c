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

  it('tells wind in metres per second where that is the custom, with the rest metric', () => {
    expect(regionUnits('fi-FI').units).toEqual({ system: 'metric', temperature: '°C', windSpeed: 'm/s', precipitation: 'mm' });
    expect(regionUnits('pl-PL').units.windSpeed).toBe('m/s');
    expect(regionUnits('sv_SE.UTF-8').units.windSpeed).toBe('m/s');
    expect(regionUnits('nb-NO').units.windSpeed).toBe('m/s');
    expect(regionUnits('ru').units.windSpeed).toBe('m/s');
    expect(regionUnits('ja').units.windSpeed).toBe('m/s');
    expect(regionUnits('ko').units.windSpeed).toBe('m/s');
    expect(regionUnits('zh-CN').units.windSpeed).toBe('m/s');
    expect(regionUnits('de-AT').units.windSpeed).toBe('km/h');
  });

  it('is metric for a tag it cannot read', () => {
    expect(regionUnits('!!').units.system).toBe('metric');
  });
});
