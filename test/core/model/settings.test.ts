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
