// Settings as one row per top-level key, each value JSON. A stored value that no longer
// validates (an older Skytray, a hand edit) falls back to its default instead of failing to start.
import type { Database } from 'better-sqlite3';
import type { Logger } from '../logger.ts';
import { DEFAULT_SETTINGS, applySettingsPatch, type Settings } from '../model/settings.ts';
import { prepared } from './prepared.ts';

export function loadSettings(db: Database, logger: Logger): Settings {
  let settings = DEFAULT_SETTINGS;
  for (const { key, value } of prepared(db, 'SELECT key, value FROM settings').all() as { key: string; value: string }[]) {
    try {
      settings = applySettingsPatch(settings, { [key]: JSON.parse(value) as unknown });
    } catch (error) {
      logger.warn(`ignoring stored setting ${key}: ${(error as Error).message}`);
    }
  }
  return settings;
}

export function saveSettings(db: Database, settings: Settings): void {
  const upsert = prepared(db, 'INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)');
  db.transaction(() => {
    for (const [key, value] of Object.entries(settings)) upsert.run(key, JSON.stringify(value));
  })();
}
