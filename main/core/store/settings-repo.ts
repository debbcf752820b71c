// Settings as one row per top-level key, each value JSON. A stored value that no longer
// validates (an older Skytray, a hand edit) falls back to its default instead of failing to start.
import type { Database } from 'better-sqlite3';
import type { Logger } from '../logger.ts';
import { DEFAULT_SETTINGS, applySettingsPatch, type Settings } from '../model/settings.ts';
import { prepared } from './prepared.ts';

type Row = { key: string; value: string };

/**
 * `unitsChosen` is applied last (a stored `units` row sets it, whatever the rows' order). A database
 * from before the flag existed has `units` and no `unitsChosen`: that person kept the units they
 * had, so those count as chosen; a new person's region picks theirs.
 */
export function loadSettings(db: Database, logger: Logger): Settings {
  const rows = prepared(db, 'SELECT key, value FROM settings').all() as Row[];
  const chosen = rows.find((row) => row.key === 'unitsChosen');
  let settings = DEFAULT_SETTINGS;
  for (const { key, value } of [...rows.filter((row) => row !== chosen), ...(chosen ? [chosen] : [])]) {
    try {
      settings = applySettingsPatch(settings, { [key]: JSON.parse(value) as unknown });
    } catch (error) {
      logger.warn(`ignoring stored setting ${key}: ${(error as Error).message}`);
      if (key === 'unitsChosen') settings = { ...settings, unitsChosen: rows.some((row) => row.key === 'units') };
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
