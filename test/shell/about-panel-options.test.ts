// The About panel and the window's credits say what the packages, the project and the providers'
// terms say: checked against package.json, electron-builder.yml, the bundled Meteocons LICENSE and
// the attributions the providers hand out with their data. Each OS gets the fields it reads.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildApp } from '../../.ci/build.ts';
import { AIR_QUALITY_ATTRIBUTION } from '../../main/core/providers/air-quality.ts';
import { OPEN_METEO_ATTRIBUTION } from '../../main/core/providers/open-meteo-forecast.ts';
import { OWM_ATTRIBUTION } from '../../main/core/providers/openweathermap-parse.ts';
import { aboutPanelOptions, setAboutPanel, showAbout } from '../../main/shell/about-panel-options.ts';
import { ABOUT, ABOUT_KEYS, CREDITS, creditsFor, versionFromReport } from '../../renderer/about-credits.ts';
import { createWording } from '../../main/wording/wording.ts';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { homepage: string; license: string; version: string };
const meteoconsLicence = readFileSync(fileURLToPath(import.meta.resolve('@bybas/weather-icons/LICENSE')), 'utf8');
/** "(CC BY 4.0)" at the end of a provider's attribution. */
const licenceOf = (attribution: string): string => /\(([^)]+)\)$/.exec(attribution)![1]!;
const { t } = createWording('en');
const ENGLISH = { licence: t(ABOUT_KEYS.licence), copyright: t(ABOUT_KEYS.copyright), authors: t(ABOUT_KEYS.authors) };
const textOf = (credit: (typeof CREDITS)[number]): string => t(credit.key);

describe('about: what the credits say', () => {
  it('matches the project: licence, home page, copyright', () => {
    expect(ENGLISH.licence).toBe(`Free software under the ${packageJson.license} licence.`);
    expect(ABOUT.homepage).toBe(packageJson.homepage);
    expect((parse(readFileSync('electron-builder.yml', 'utf8')) as { copyright: string }).copyright).toBe(ENGLISH.copyright);
  });

  it("matches the icons' licence and the licences the providers attach to their data", () => {
    expect(meteoconsLicence).toMatch(/^MIT License/);
    expect(meteoconsLicence).toContain('Bas Milius');
    expect(textOf(CREDITS[0]!)).toBe('Weather icons: Meteocons by Bas Milius, MIT licence.');
    const credit = (provider: string | null, words: string): string => textOf(CREDITS.find((c) => c.provider === provider && textOf(c).includes(words))!);
    expect(credit('open-meteo', 'Open-Meteo.com')).toContain(licenceOf(OPEN_METEO_ATTRIBUTION));
    expect(credit('openweathermap', 'OpenWeather')).toContain(licenceOf(OWM_ATTRIBUTION));
    expect(credit(null, 'Copernicus')).toContain(licenceOf(AIR_QUALITY_ATTRIBUTION));
  });

  it('credits OpenWeatherMap only while it is chosen, everything while the choice is unknown', () => {
    expect(creditsFor('open-meteo').some((c) => c.provider === 'openweathermap')).toBe(false);
    expect(creditsFor('openweathermap').some((c) => c.provider === 'open-meteo')).toBe(false);
    expect(creditsFor(null)).toEqual(CREDITS);
  });

  it("reads the version from the diagnostics report's first line, and nothing from anything else", () => {
    expect(versionFromReport('Skytray 0.1.0 on linux x64 (Electron 45.4.1, Node 22.20.0)\nProvider: …')).toBe('0.1.0');
    expect(versionFromReport('Provider: Open-Meteo')).toBeNull();
  });
});

describe('about: the system panel', () => {
  it('is worded through the catalogue, in the same English sentences the window shows', () => {
    expect(ENGLISH.authors).toBe('The Skytray authors');
    expect(aboutPanelOptions('win32', '0.1.0', '/icons').copyright).toBe(`${ENGLISH.copyright}. ${ENGLISH.licence}`);
  });

  it('gives each OS the fields it reads, with every credit where that OS can show it', () => {
    const mac = aboutPanelOptions('darwin', '0.1.0', '/app/dist/icons');
    const windows = aboutPanelOptions('win32', '0.1.0', '/app/dist/icons');
    const linux = aboutPanelOptions('linux', '0.1.0', '/app/dist/icons');
    expect(Object.keys(mac).sort()).toEqual(['applicationName', 'applicationVersion', 'copyright', 'credits', 'version']);
    expect(Object.keys(windows).sort()).toEqual(['applicationName', 'applicationVersion', 'copyright', 'credits', 'iconPath']);
    expect(Object.keys(linux).sort()).toEqual(['applicationName', 'applicationVersion', 'authors', 'copyright', 'iconPath', 'website']);
    for (const credit of CREDITS) {
      expect(mac.credits).toContain(textOf(credit));
      expect(windows.credits).toContain(textOf(credit));
      expect(linux.copyright).toContain(textOf(credit));
    }
    expect(linux.website).toBe(packageJson.homepage);
    expect(mac.credits).toContain(packageJson.homepage);
    expect(windows.iconPath).toBe(join('/app/dist/icons', '48x48.png'));
  });

  it('packaged, points at the icon unpacked beside app.asar, which GTK and Windows read by path', () => {
    const packed = '/opt/Skytray/resources/app.asar/dist/icons';
    expect(aboutPanelOptions('linux', '1.0.0', packed).iconPath).toBe(join('/opt/Skytray/resources/app.asar.unpacked/dist/icons', '64x64.png'));
    const windows = 'C:\\Program Files\\Skytray\\resources\\app.asar\\dist\\icons';
    expect(aboutPanelOptions('win32', '1.0.0', windows).iconPath).toMatch(
      /^C:\\Program Files\\Skytray\\resources\\app\.asar\.unpacked\\dist\\icons[\\/]48x48\.png$/,
    );
    // A folder merely named like it is left alone.
    expect(aboutPanelOptions('linux', '1.0.0', '/home/me/app.asar-notes/icons').iconPath).toBe(join('/home/me/app.asar-notes/icons', '64x64.png'));
  });

  it('points at app icons the build really writes, and sets the running version', async () => {
    const out = fileURLToPath(new URL('../../test-output/about-build/', import.meta.url));
    await buildApp(out);
    const calls: unknown[] = [];
    setAboutPanel('linux', join(out, 'renderer'), { setAboutPanelOptions: (o) => void calls.push(o), getVersion: () => packageJson.version });
    const options = calls[0] as { iconPath: string; applicationVersion: string };
    expect(existsSync(options.iconPath)).toBe(true);
    expect(options.applicationVersion).toBe(packageJson.version);
    expect(existsSync(aboutPanelOptions('win32', '0', join(out, 'icons')).iconPath!)).toBe(true);
    const steps: string[] = [];
    const target = { showAboutPanel: () => void steps.push('show'), focus: (o?: { steal: boolean }) => void steps.push(`focus ${JSON.stringify(o)}`) };
    showAbout('darwin', target);
    showAbout('win32', target);
    // macOS: in front of the frontmost app, since a tray app has no window of its own there.
    expect(steps).toEqual(['focus {"steal":true}', 'show', 'show']);
  }, 60_000);
});
