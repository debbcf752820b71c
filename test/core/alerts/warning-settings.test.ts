// The settings the window shows for warnings and air quality: checked like every value that comes
// over IPC, and kept in a database that an older Skytray wrote without them.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { WeatherError } from '../../../main/core/errors.ts';
import { silentLogger } from '../../../main/core/logger.ts';
import { applySettingsPatch, DEFAULT_SETTINGS } from '../../../main/core/model/settings.ts';
import { airQualityIndexFor } from '../../../main/core/providers/air-quality-index.ts';
import { migrate } from '../../../main/core/store/migrations/index.ts';
import { loadSettings, saveSettings } from '../../../main/core/store/settings-repo.ts';

function refused(patch: unknown): string {
  try {
    applySettingsPatch(DEFAULT_SETTINGS, patch);
  } catch (error) {
    if (error instanceof WeatherError && error.code === 'invalid-input') return error.message;
    throw error;
  }
  throw new Error('accepted');
}

describe('warning and air-quality settings', () => {
  it('default to the scale by region, warnings from Severe, and quiet hours kept for Extreme too', () => {
    expect(DEFAULT_SETTINGS.airQualityScale).toBe('auto');
    expect(DEFAULT_SETTINGS.notifications).toMatchObject({ warnings: 'Severe', extremeAlertsIgnoreQuietHours: false });
  });

  it('take each value they allow, and keep the other notification settings', () => {
    const next = applySettingsPatch(DEFAULT_SETTINGS, { airQualityScale: 'us', notifications: { warnings: 'Extreme', extremeAlertsIgnoreQuietHours: true } });
    expect(next.airQualityScale).toBe('us');
    expect(next.notifications).toEqual({ ...DEFAULT_SETTINGS.notifications, warnings: 'Extreme', extremeAlertsIgnoreQuietHours: true });
  });

  it('refuse hostile values with words that name the setting', () => {
    expect(refused({ airQualityScale: 'EU' })).toBe('Air-quality scale must be one of auto, european, us.');
    expect(refused({ airQualityScale: { toString: 'us' } })).toBe('Air-quality scale must be one of auto, european, us.');
    expect(refused({ notifications: { warnings: 'severe' } })).toBe('Notifications "warnings" must be one of off, Moderate, Severe, Extreme.');
    expect(refused({ notifications: { warnings: ['Severe'] } })).toBe('Notifications "warnings" must be one of off, Moderate, Severe, Extreme.');
    expect(refused({ notifications: { extremeAlertsIgnoreQuietHours: 'yes' } })).toBe('Notifications "extremeAlertsIgnoreQuietHours" must be true or false.');
    expect(refused({ notifications: { __proto__: { enabled: true } } })).toBe('Notifications must be an object.');
  });

  it('an older database, saved without them, loads with their defaults; saved ones come back', () => {
    const db = new Database(':memory:');
    migrate(db);
    const older = { ...DEFAULT_SETTINGS.notifications } as Record<string, unknown>;
    delete older['warnings'];
    delete older['extremeAlertsIgnoreQuietHours'];
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('notifications', JSON.stringify({ ...older, enabled: true }));
    expect(loadSettings(db, silentLogger)).toMatchObject({ airQualityScale: 'auto', notifications: { enabled: true, warnings: 'Severe' } });
    saveSettings(db, applySettingsPatch(DEFAULT_SETTINGS, { airQualityScale: 'european', notifications: { warnings: 'off' } }));
    expect(loadSettings(db, silentLogger)).toMatchObject({ airQualityScale: 'european', notifications: { warnings: 'off' } });
  });

  it('auto shows the US index for places in the US and its territories, the European one elsewhere', () => {
    expect(['US', 'pr', 'DE', 'JP', null].map((code) => airQualityIndexFor('auto', code))).toEqual(['us', 'us', 'european', 'european', 'european']);
    expect([airQualityIndexFor('us', 'DE'), airQualityIndexFor('european', 'US')]).toEqual(['us', 'european']);
  });
});
