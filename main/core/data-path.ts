// Where Skytray keeps its database: the folder Electron calls userData for an app named "Skytray",
// so the CLI and the app share one file.
import { join } from 'node:path';

export const DATABASE_FILE = 'skytray.db';

export function defaultDataDir(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>, home: string): string {
  switch (platform) {
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'Skytray');
    case 'win32':
      return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'Skytray');
    default:
      return join(env['XDG_CONFIG_HOME'] || join(home, '.config'), 'Skytray');
  }
}

export function defaultDatabasePath(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>, home: string): string {
  return join(defaultDataDir(platform, env, home), DATABASE_FILE);
}
