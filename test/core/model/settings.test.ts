// Settings check themselves, wherever a change comes from: the window, the CLI or an old database.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, applySettingsPatch, unitsOfSettings } from '../../../main/core/model/settings.ts';

describe('settings', () => {
  it.each([
    [{ units: 'kelvin' }, 'Units must be "metric" or "imperial".'],
    [{ colour: 'blue' }, 'Skytray has no setting "colour".'],
    [{ refreshIntervalMinutes: 1 }, 'Refresh interval must be a whole number of minutes from 5 to 180.'],
    [{ openMeteoForecastUrl: 'file:///etc/passwd' }, 'must use http or https'],
  ])('refuses %j, leaving the settings as they were', (patch, message) => {
    const before = structuredClone(DEFAULT_SETTINGS);
    expect(() => applySettingsPatch(DEFAULT_SETTINGS, patch)).toThrow(message);
    expect(DEFAULT_SETTINGS).toEqual(before);
  });
});

describe('language, clock and units chosen', () => {
  it.each([
    [{ language: 'xx' }, 'Language must be one of Skytray'],
    [{ language: 'DE' }, 'Language must be one of Skytray'],
    [{ language: 42 }, 'Language must be one of Skytray'],
    [{ language: '__proto__' }, 'Language must be one of Skytray'],
    [{ language: ['de'] }, 'Language must be one of Skytray'],
    [{ hourCycle: 'h24' }, 'Hour cycle must be one of h12, h23, or null.'],
    [{ hourCycle: true }, 'Hour cycle must be one of h12, h23, or null.'],
    [{ unitsChosen: 'yes' }, '"unitsChosen" must be true or false.'],
  ])('refuses %j from the window, leaving the settings as they were', (patch, message) => {
    const before = structuredClone(DEFAULT_SETTINGS);
    expect(() => applySettingsPatch(DEFAULT_SETTINGS, patch)).toThrow(message);
    expect(DEFAULT_SETTINGS).toEqual(before);
  });

  it('follows the system until the person chooses, and takes the choice back to null', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ language: null, hourCycle: null, unitsChosen: false });
    const chosen = applySettingsPatch(DEFAULT_SETTINGS, { language: 'pt-BR', hourCycle: 'h12' });
    expect(chosen).toMatchObject({ language: 'pt-BR', hourCycle: 'h12' });
    expect(applySettingsPatch(chosen, { language: null, hourCycle: null })).toMatchObject({ language: null, hourCycle: null });
  });

  it('counts units set by a patch as the person’s choice, unless the patch says they follow the region', () => {
    expect(applySettingsPatch(DEFAULT_SETTINGS, { units: 'metric' }).unitsChosen).toBe(true);
    expect(applySettingsPatch(DEFAULT_SETTINGS, { units: 'imperial', unitsChosen: false })).toMatchObject({ units: 'imperial', unitsChosen: false });
    const chosen = applySettingsPatch(DEFAULT_SETTINGS, { units: 'imperial' });
    // Back to automatic: the units stay until the shell sets the region's.
    expect(applySettingsPatch(chosen, { unitsChosen: false })).toMatchObject({ units: 'imperial', unitsChosen: false });
  });
});

describe('wind unit', () => {
  it.each([
    [{ windUnit: 'knots' }],
    [{ windUnit: 'M/S' }],
    [{ windUnit: 'ms' }],
    [{ windUnit: 3.6 }],
    [{ windUnit: ['m/s'] }],
    [{ windUnit: { unit: 'm/s' } }],
    [{ windUnit: '__proto__' }],
    [{ windUnit: '' }],
  ])('refuses %j from the window, leaving the settings as they were', (patch) => {
    const before = structuredClone(DEFAULT_SETTINGS);
    expect(() => applySettingsPatch(DEFAULT_SETTINGS, patch)).toThrow('Wind unit must be one of km/h, m/s, mph, or null.');
    expect(DEFAULT_SETTINGS).toEqual(before);
  });

  it('is the system’s own (null) by default; a unit set by the person counts as their choice of units', () => {
    expect(DEFAULT_SETTINGS.windUnit).toBeNull();
    expect(applySettingsPatch(DEFAULT_SETTINGS, { windUnit: 'm/s' })).toMatchObject({ units: 'metric', windUnit: 'm/s', unitsChosen: true });
    const imperial = applySettingsPatch(DEFAULT_SETTINGS, { units: 'imperial', windUnit: 'km/h' });
    expect(imperial).toMatchObject({ units: 'imperial', windUnit: 'km/h', unitsChosen: true });
    expect(applySettingsPatch(imperial, { windUnit: null })).toMatchObject({ units: 'imperial', windUnit: null });
  });

  it('set by the region, it stays unchosen', () => {
    expect(applySettingsPatch(DEFAULT_SETTINGS, { units: 'metric', windUnit: 'm/s', unitsChosen: false })).toMatchObject({
      windUnit: 'm/s',
      unitsChosen: false,
    });
  });

  it('gives the units every fetch is made in', () => {
    expect(unitsOfSettings(DEFAULT_SETTINGS)).toEqual({ system: 'metric', temperature: '°C', windSpeed: 'km/h', precipitation: 'mm' });
    expect(unitsOfSettings({ units: 'imperial', windUnit: null }).windSpeed).toBe('mph');
    expect(unitsOfSettings({ units: 'metric', windUnit: 'mph' })).toEqual({ system: 'metric', temperature: '°C', windSpeed: 'mph', precipitation: 'mm' });
  });
});
