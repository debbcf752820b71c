// Whether a tray icon can be seen at all. macOS always has the menu bar and Windows the
// notification area. On Linux, Electron's tray is a StatusNotifierItem, shown only when a host
// has registered org.kde.StatusNotifierWatcher on the session bus; stock GNOME has none without
// the AppIndicator extension. Asked through dbus-send (or gdbus), run by an injected runner.
import { execFile } from 'node:child_process';

export type TrayHost = 'present' | 'absent' | 'unknown';

type CommandResult = Readonly<{ code: number | null; stdout: string }>;

/** Runs a program; rejects only when it cannot be started at all (e.g. ENOENT). */
export type CommandRunner = (file: string, args: readonly string[]) => Promise<CommandResult>;

const WATCHER = 'org.kde.StatusNotifierWatcher';
const PROBE_TIMEOUT_MS = 2_000;

const QUERIES: readonly (readonly [string, readonly string[]])[] = [
  [
    'dbus-send',
    ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.NameHasOwner', `string:${WATCHER}`],
  ],
  [
    'gdbus',
    ['call', '--session', '--dest', 'org.freedesktop.DBus', '--object-path', '/org/freedesktop/DBus', '--method', 'org.freedesktop.DBus.NameHasOwner', WATCHER],
  ],
];

export function systemCommandRunner(env: NodeJS.ProcessEnv = process.env): CommandRunner {
  return (file, args) =>
    new Promise((resolve, reject) => {
      execFile(file, [...args], { timeout: PROBE_TIMEOUT_MS, env }, (error, stdout) => {
        // A string code means it could not start (ENOENT, EACCES); a number is its exit status.
        if (error && typeof error.code === 'string') reject(new Error(error.message, { cause: error }));
        else resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: String(stdout) });
      });
    });
}

/** dbus-send prints "boolean true"; gdbus prints "(true,)". */
function parseAnswer(stdout: string): TrayHost {
  if (/\btrue\b/.test(stdout)) return 'present';
  if (/\bfalse\b/.test(stdout)) return 'absent';
  return 'unknown';
}

export async function probeTrayHost(platform: NodeJS.Platform, run: CommandRunner): Promise<TrayHost> {
  if (platform === 'darwin' || platform === 'win32') return 'present';
  for (const [file, args] of QUERIES) {
    try {
      const result = await run(file, args);
      // No session bus, or the bus refused: nobody can say.
      return result.code === 0 ? parseAnswer(result.stdout) : 'unknown';
    } catch {
      // This tool is not installed: try the next one.
    }
  }
  return 'unknown';
}

/**
 * Whether the window must stay reachable from the taskbar. An unknown answer counts as no tray:
 * a tray that cannot be seen leaves Skytray unreachable, while an extra taskbar entry costs little.
 */
export function trayMayBeInvisible(host: TrayHost): boolean {
  return host !== 'present';
}
