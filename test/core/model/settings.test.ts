// Settings check themselves, wherever a change comes from: the window, the CLI or an old database.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, applySettingsPatch } from '../../../main/core/model/settings.ts';

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
