// Where Skytray keeps its database: the folder Electron calls userData for an app named "Skytray",
// so the CLI and the app share one file.
import { join } from 'node:path';

export const DATABASE_FILE = 'skytray.db';

type Env = Readonly<Record<string, string | undefined>>;

/** Where Linux apps keep their configuration: `$XDG_CONFIG_HOME`, else `~/.config`. */
export function xdgConfigHome(env: Env, home: string): string {
  return env['XDG_CONFIG_HOME'] || join(home, '.config');
}

function defaultDataDir(platform: NodeJS.Platform, env: Env, home: string): string {
  switch (platform) {
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'Skytray');
    case 'win32':
      return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'Skytray');
    default:
      return join(xdgConfigHome(env, home), 'Skytray');
  }
}

export function defaultDatabasePath(platform: NodeJS.Platform, env: Env, home: string): string {
  return join(defaultDataDir(platform, env, home), DATABASE_FILE);
}
