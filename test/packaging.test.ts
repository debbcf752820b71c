// What package.json, electron-builder.yml and the main process refer to exists in the build
// output, and the preload is one CommonJS file exposing exactly the IPC contract.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { parse } from 'yaml';
import { buildApp } from '../.ci/build.ts';
import { bundledPaths } from '../main/shell/app.ts';
import { API_METHODS, EVENT_CHANNELS, type SkytrayApi } from '../main/ipc/ipc-contract.ts';
import { fileURLToPath } from 'node:url';
import { conditionIconFiles } from '../renderer/icons/condition-icon.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
let out: string;
let dist: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'skytray-package-'));
  dist = join(out, 'dist');
  await buildApp(dist);
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; dependencies: Record<string, string> };
const builder = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, any>;
/** A path the config gives relative to the project, looked up in this build's output instead. */
const built = (path: string): string => join(out, path);

describe('the build', () => {
  it('contains the entry package.json names', () => {
    expect(pkg.main).toBe('dist/main/app.js');
    expect(existsSync(built(pkg.main))).toBe(true);
  });

  it('contains every icon the builder config names, and packs the dist folder', () => {
    const icons = [builder['icon'], builder['mac']['icon'], builder['win']['icon'], builder['linux']['icon'], builder['directories']['buildResources']];
    for (const icon of icons) expect(existsSync(built(icon)), icon).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(existsSync(built(`${builder['linux']['icon']}/${size}x${size}.png`))).toBe(true);
    expect(builder['files']).toContain('dist/**');
  });

  it('has the preload and renderer where the main process looks for them, and everything the page loads', () => {
    const paths = bundledPaths(`file://${built(pkg.main)}`);
    expect(paths.preload).toBe(built('dist/preload/preload.cjs'));
    expect(existsSync(paths.preload)).toBe(true);
    const html = readFileSync(join(paths.renderer, 'index.html'), 'utf8');
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string).filter((r) => !r.startsWith('data:'));
    expect(refs.sort()).toEqual(['app.js', 'chart.css', 'extras.css', 'styles.css']);
    // A classic deferred script: no module loading over the custom protocol.
    expect(html).toContain('<script src="app.js" defer></script>');
    expect(html).not.toContain('type="module"');
    for (const ref of refs) expect(existsSync(join(paths.renderer, ref)), ref).toBe(true);
    // The script names the condition icons by file: each must be there, still and moving.
    for (const icon of conditionIconFiles()) {
      expect(existsSync(join(paths.renderer, 'icons', icon)), icon).toBe(true);
      expect(existsSync(join(paths.renderer, 'icons', 'animated', icon)), icon).toBe(true);
    }
  });

  it('the entry has no top-level await, which would keep Electron from ever emitting ready', async () => {
    // With an ES module entry, 'ready' fires only after the module has evaluated
    // (electron/electron#40719, #41369). esbuild refuses top-level await in CommonJS output, so a
    // CommonJS bundle of the entry succeeds exactly when it has none.
    const bundle = build({
      entryPoints: [join(root, 'main/shell/main.ts')],
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      packages: 'external',
      logLevel: 'silent',
    });
    await expect(bundle).resolves.toBeDefined();
  });

  it('main is an ES module that keeps its dependencies external', () => {
    const main = readFileSync(built(pkg.main), 'utf8');
    expect(main).toMatch(/from "electron"/);
    expect(main).toMatch(/from "better-sqlite3"/);
    for (const dependency of Object.keys(pkg.dependencies)) expect(main).not.toContain(`node_modules/${dependency}/`);
  });

  it('the preload is CommonJS and exposes exactly the contract, handing listeners payloads only', async () => {
    const source = readFileSync(built('dist/preload/preload.cjs'), 'utf8');
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
    const exposed = new Map<string, SkytrayApi>();
    const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: SkytrayApi) => exposed.set(key, api) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => (invoked.push(args), { ok: true, value: null }),
        on: (channel: string, handler: (event: unknown, payload: unknown) => void) => listeners.set(channel, handler),
        removeListener: (channel: string) => listeners.delete(channel),
      },
    };
    const module = { exports: {} };
    runInNewContext(source, {
      require: (id: string) => {
        if (id !== 'electron') throw new Error(`preload required ${id}`);
        return electron;
      },
      module,
      exports: module.exports,
    });
    expect([...exposed.keys()]).toEqual(['skytray']);
    const api = exposed.get('skytray') as SkytrayApi;
    expect(Object.keys(api).sort()).toEqual([...Object.keys(API_METHODS), 'onEvent'].sort());
    await api.moveFavourite(3, 1);
    expect(invoked).toEqual([['favourites:move', 3, 1]]);
    const seen: unknown[] = [];
    const stop = api.onEvent((event) => seen.push(event));
    expect([...listeners.keys()].sort()).toEqual([...EVENT_CHANNELS].sort());
    listeners.get('app:online')?.({ sender: 'the IPC event object' }, false);
    expect(seen).toEqual([{ channel: 'app:online', payload: false }]);
    stop();
    expect(listeners.size).toBe(0);
  });
});
