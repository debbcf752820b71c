// `npm start`: build, then run the app in Electron; a missing Electron binary is explained, not thrown.
import { spawn } from 'node:child_process';
import { buildApp } from './build.ts';
import { ensureElectron, missingElectronHelp } from './electron-binary.ts';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const electron = ensureElectron(root);
if (!electron.found) {
  process.stderr.write(`${missingElectronHelp(electron.reason)}\n`);
  process.exit(1);
}
await buildApp(`${root}dist`);
const child = spawn(electron.path, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
