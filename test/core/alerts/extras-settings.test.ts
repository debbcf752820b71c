// Where the warnings services and the air-quality API live, as settings: checked like the other
// base URLs, and turned into the origins the extras client uses.
import { describe, expect, it } from 'vitest';
import { extrasOrigins } from '../../../main/core/alerts/place-extras.ts';
import { WeatherError } from '../../../main/core/errors.ts';
import { applySettingsPatch, DEFAULT_SETTINGS } from '../../../main/core/model/settings.ts';

describe('warnings and air-quality URLs as settings', () => {
  it('are the public services by default', () => {
    expect(extrasOrigins(DEFAULT_SETTINGS)).toEqual({ alertOrigins: {}, airQualityOrigin: null });
  });

  it('take a self-hosted origin, with a path, and give it to the right source', () => {
    const settings = applySettingsPatch(DEFAULT_SETTINGS, {
      nwsUrl: 'http://127.0.0.1:9001/',
      metAlertsUrl: 'https://mirror.example.org/met',
      meteoAlarmUrl: '',
      airQualityUrl: 'http://localhost:8080',
    });
    expect(extrasOrigins(settings)).toEqual({
      alertOrigins: { nws: 'http://127.0.0.1:9001', metalerts: 'https://mirror.example.org/met' },
      airQualityOrigin: 'http://localhost:8080',
    });
  });

  it('refuse what is not an http(s) origin, with words that name the setting', () => {
    const refused = (patch: unknown): string => {
      try {
        applySettingsPatch(DEFAULT_SETTINGS, patch);
      } catch (error) {
        if (error instanceof WeatherError && error.code === 'invalid-input') return error.message;
        throw error;
      }
      throw new Error('accepted');
    };
    expect(refused({ nwsUrl: 'file:///etc/passwd' })).toBe('The National Weather Service URL must use http or https, got "file:".');
    expect(refused({ meteoAlarmUrl: 'https://feeds.meteoalarm.org?x=1' })).toMatch(/^The MeteoAlarm URL must be an origin/);
    expect(refused({ airQualityUrl: 42 })).toBe('The air-quality URL must be a URL or empty.');
  });
});
