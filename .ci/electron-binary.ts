// Where Electron's binary is. Electron >= 42 has no install script: the binary is downloaded the
// first time `electron` runs or the electron module is first required (node_modules/electron/index.js).
// We look for it without triggering that, try the download once ourselves with its output kept,
// and turn a failure into words a person can act on instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ElectronBinary = Readonly<{ found: true; path: string }> | Readonly<{ found: false; reason: string }>;

const electronDir = (root: string): string => join(root, 'node_modules', 'electron');

/** The binary if it is there now (or ELECTRON_OVERRIDE_DIST_PATH names one); never downloads. */
export function findElectron(root: string, env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const dir = electronDir(root);
  if (!existsSync(join(dir, 'package.json'))) return { found: false, reason: 'the electron package is not installed (run npm install)' };
  const pathFile = join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : null;
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const path = join(override, relative ?? (process.platform === 'win32' ? 'electron.exe' : 'electron'));
    return existsSync(path) ? { found: true, path } : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary at ${path}` };
  }
  if (relative && existsSync(join(dir, 'dist', relative))) return { found: true, path: join(dir, 'dist', relative) };
  return { found: false, reason: "Electron's binary has not been downloaded yet" };
}

/** The binary, downloading it first (once) with Electron's own installer if it is missing. */
export function ensureElectron(root: string, env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const before = findElectron(root, env);
  if (before.found || env['ELECTRON_OVERRIDE_DIST_PATH']) return before;
  const install = spawnSync(process.execPath, [join(electronDir(root), 'install.js')], { env, encoding: 'utf8', timeout: 10 * 60_000 });
  const after = findElectron(root, env);
  if (after.found) return after;
  const said = `${install.stderr ?? ''}\n${install.stdout ?? ''}`
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const cause = said.find((l) => /error|failed|ENOTFOUND|ECONN|EAI_AGAIN/i.test(l)) ?? said.at(-1) ?? `installer exited with ${install.status}`;
  return { found: false, reason: `Electron's binary could not be downloaded (${cause})` };
}

/** What to do about a missing binary, in words. */
export function missingElectronHelp(reason: string): string {
  return [
    `Skytray cannot start: ${reason}.`,
    'Electron downloads its binary (about 100 MB) the first time it runs. To get it:',
    '  - connect to the internet and run the command again; or',
    '  - set ELECTRON_MIRROR to a mirror you can reach (https://www.electronjs.org/docs/latest/tutorial/installation#mirror); or',
    '  - set ELECTRON_OVERRIDE_DIST_PATH to the folder of an Electron 45 you already have.',
  ].join('\n');
}
