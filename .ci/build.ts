// Builds what Electron runs into dist/ (or --out DIR): the main process as one ES module, the
// preload as one CommonJS file (a sandboxed preload cannot be an ES module), the renderer for the
// browser with its condition icons (Meteocons, still copies by default), and the app's icons,
// drawn by our own code.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { drawAppIcon } from '../main/tray/app-icon.ts';
import { encodePng } from '../main/tray/png.ts';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeConditionIcons, writeNotificationIcons } from './build-icons.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
export const ICON_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];

export async function buildApp(out: string): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  const common = { bundle: true, sourcemap: 'linked', logLevel: 'warning', legalComments: 'none' } as const;
  await build({
    ...common,
    entryPoints: [join(root, 'main/shell/main.ts')],
    outfile: join(out, 'main/app.js'),
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // Dependencies load from node_modules at run time; better-sqlite3's binary cannot be bundled.
    packages: 'external',
  });
  await build({
    ...common,
    entryPoints: [join(root, 'preload/preload.ts')],
    outfile: join(out, 'preload/preload.cjs'),
    platform: 'node',
    format: 'cjs',
    target: 'chrome130',
    external: ['electron'],
  });
  await build({
    ...common,
    entryPoints: [join(root, 'renderer/main.ts')],
    outfile: join(out, 'renderer/app.js'),
    platform: 'browser',
    // A classic deferred script, not a module: modules are fetched in CORS mode, which over a
    // custom protocol depends on scheme privileges (corsEnabled) we would rather not grant.
    format: 'iife',
    target: 'chrome130',
  });
  for (const file of ['index.html', 'styles.css', 'extras.css', 'chart/chart.css'])
    copyFileSync(join(root, 'renderer', file), join(out, 'renderer', basename(file)));
  writeConditionIcons(join(out, 'renderer'));
  writeNotificationIcons(out);
  mkdirSync(join(out, 'icons'), { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(join(out, 'icons', `${size}x${size}.png`), encodePng(drawAppIcon(size)));
  writeFileSync(join(out, 'icons', 'icon.png'), encodePng(drawAppIcon(1024)));
}

// Compared as URLs: on Windows argv[1] is D:\..., and a path with spaces is percent-encoded in a URL.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: join(root, 'dist') } } });
  await buildApp(values.out);
  console.log(`built into ${values.out}`);
}
