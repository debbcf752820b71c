// Our packaging configuration as electron-builder itself reads it: loaded and schema-checked by its
// own config code, and each field that matters compared with what electron-builder does with it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import FpmTarget from 'app-builder-lib/out/targets/FpmTarget.js';
import { ICON_SIZES } from '../../.ci/build.ts';

const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as Record<string, any>;
const config = (await getConfig(root, 'electron-builder.yml', null)) as Record<string, any>;
const quietLogger = { isEnabled: false, add: () => {} };

describe('the packaging configuration, as electron-builder reads it', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(config as never, quietLogger as never)).resolves.toBeUndefined();
  });

  it('keeps the deb package’s default dependencies (GTK, NSS, …): `depends` replaces them', () => {
    const defaults = (FpmTarget as unknown as { prototype: { getDefaultDepends(t: string): string[] } }).prototype.getDefaultDepends('deb');
    expect(defaults).toEqual(expect.arrayContaining(['libgtk-3-0', 'libnss3', 'libxss1', 'libxtst6', 'xdg-utils', 'libatspi2.0-0', 'libuuid1']));
    const effective: string[] = config['deb']?.depends ?? defaults;
    expect(effective).toEqual(expect.arrayContaining([...defaults, 'libnotify4', 'libsecret-1-0']));
  });

  it('gives the deb a maintainer and a homepage, from package.json where electron-builder looks', () => {
    expect(pkg['author']?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(pkg['homepage']).toMatch(/^https:\/\//);
    expect(pkg['repository']?.url).toMatch(/^git\+https:\/\//);
    expect(config['linux'].maintainer).toMatch(/<[^@\s]+@[^@\s]+>$/);
  });

  it('ties the window to its launcher: StartupWMClass comes from desktopName, never a different override', () => {
    // electron-builder derives StartupWMClass from desktopName (LinuxTargetHelper), and Electron
    // uses desktopName as the window's app_id; an explicit entry that differs breaks the link.
    expect(pkg['desktopName']).toBe(`${config['linux'].executableName}.desktop`);
    expect(config['linux'].syncDesktopName).toBe(true);
    const override = config['linux'].desktop?.entry?.StartupWMClass;
    expect(override === undefined || override === pkg['desktopName'].replace(/\.desktop$/, '')).toBe(true);
  });

  it('ships icons at every size Linux desktops ask for, from one folder of NxN.png files', () => {
    expect(config['linux'].icon).toBe('dist/icons');
    expect(ICON_SIZES).toEqual(expect.arrayContaining([16, 32, 48, 64, 128, 256, 512]));
  });

  it('never rebuilds the Node-API addon and unpacks it from the asar', () => {
    expect(config['npmRebuild']).toBe(false);
    expect(config['asarUnpack']).toContain('**/node_modules/better-sqlite3/**');
  });

  it('builds for each desktop, with the appId Windows notifications are attributed to', () => {
    expect(config['appId']).toBe('org.skytray.app');
    expect(config['linux'].target).toEqual(['AppImage', 'deb']);
    expect(config['mac']).toMatchObject({ target: 'dmg', extendInfo: { LSUIElement: true } });
    expect(config['win'].target).toBe('nsis');
  });
});
