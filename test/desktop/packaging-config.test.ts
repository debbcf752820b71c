// Our packaging configuration as electron-builder itself reads it: loaded and schema-checked by its
// own config code, and each field that matters compared with what electron-builder does with it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import FpmTarget from 'app-builder-lib/out/targets/FpmTarget.js';
import { ICON_SIZES } from '../../.ci/build.ts';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
type PackageJson = { author?: { email?: string }; homepage?: string; repository?: { url?: string }; desktopName?: string };
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as PackageJson;
const config = await getConfig(root, 'electron-builder.yml', null);
const linux = config.linux ?? {};
const quietLogger = { isEnabled: false, add: () => {} };

describe('the packaging configuration, as electron-builder reads it', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(config, quietLogger as never)).resolves.toBeUndefined();
  });

  it('keeps the deb package’s default dependencies (GTK, NSS, …): `depends` replaces them', () => {
    const defaults = (FpmTarget as unknown as { prototype: { getDefaultDepends(t: string): string[] } }).prototype.getDefaultDepends('deb');
    expect(defaults).toEqual(expect.arrayContaining(['libgtk-3-0', 'libnss3', 'libxss1', 'libxtst6', 'xdg-utils', 'libatspi2.0-0', 'libuuid1']));
    const effective = config.deb?.depends ?? defaults;
    expect(effective).toEqual(expect.arrayContaining([...defaults, 'libnotify4', 'libsecret-1-0']));
    // Electron's binary links libasound.so.2, which the defaults lack (electron-builder#4346).
    expect(effective.some((d) => /(^|\| )libasound2/.test(d))).toBe(true);
  });

  it('gives the deb a maintainer and a homepage, from package.json where electron-builder looks', () => {
    expect(pkg.author?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\//);
    expect(linux.maintainer).toMatch(/<[^@\s]+@[^@\s]+>$/);
  });

  it('ties the window to its launcher: StartupWMClass comes from desktopName, never a different override', () => {
    // electron-builder derives StartupWMClass from desktopName (LinuxTargetHelper), and Electron
    // uses desktopName as the window's app_id; an explicit entry that differs breaks the link.
    expect(pkg.desktopName).toBe(`${linux.executableName}.desktop`);
    expect(linux.syncDesktopName).toBe(true);
    const override = linux.desktop?.entry?.['StartupWMClass'];
    expect(override === undefined || override === pkg.desktopName?.replace(/\.desktop$/, '')).toBe(true);
  });

  it('ships icons at every size Linux desktops ask for, from one folder of NxN.png files', () => {
    expect(linux.icon).toBe('dist/icons');
    expect(ICON_SIZES).toEqual(expect.arrayContaining([16, 32, 48, 64, 128, 256, 512]));
  });

  it('never rebuilds the Node-API addon and unpacks it from the asar', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
  });

  it('unpacks the icons the system reads by path: the About panel’s and the notifications’', () => {
    // GTK and libnotify open a real file, not one inside app.asar (electron/electron#23850,
    // electron-userland/electron-builder#5022).
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['dist/icons/**', 'dist/notification-icons/**']));
    expect(config.files).toEqual([expect.objectContaining({ filter: expect.arrayContaining(['dist/**']) })]);
  });

  it('builds for each desktop, with the appId Windows notifications are attributed to', () => {
    expect(config.appId).toBe('org.skytray.app');
    expect(linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac).toMatchObject({ target: 'dmg', extendInfo: { LSUIElement: true } });
    // Ad-hoc signed at least: Apple Silicon calls an unsigned app "damaged" (electron-builder#9007).
    expect(config.mac?.identity).toBe('-');
    expect(config.win?.target).toBe('nsis');
  });
});
