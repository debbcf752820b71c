// The system's own About panel (app.setAboutPanelOptions), filled from the same table as the
// window's About section. Each OS reads only some fields (electron.d.ts): name, version and
// copyright everywhere; `credits` on macOS and Windows; `authors` and `website` on Linux, which has
// no credits field, so the credits go in its copyright text; the icon on Linux (shown at 64 px) and
// Windows (48 px is sharpest). A tray app on macOS has no app menu to hold "About Skytray": the
// panel is reached through showAbout(), which the tray menu calls.
import { join } from 'node:path';
import { app, type AboutPanelOptionsOptions } from 'electron';
import { ABOUT, ABOUT_KEYS, CREDITS } from '../../renderer/about-credits.ts';
import { createWording, type Wording } from '../wording/wording.ts';
import { unpackedPath } from './unpacked-path.ts';

type Words = Pick<Wording, 't'>;

const ENGLISH: Words = createWording('en');

/** Everything the credits say, one sentence a line, with where to read more. */
const creditLinesIn = ({ t }: Words): string[] => CREDITS.map((c) => `${t(c.key)} ${c.url}`);

/**
 * `iconsDir`: the build's dist/icons, where the app icon is drawn at 48 and 64 px among others;
 * packaged, the panel reads the copy unpacked from app.asar (the system opens it by path).
 * `wording`: the person's language (the name, version and addresses stay as they are).
 */
export function aboutPanelOptions(platform: NodeJS.Platform, version: string, iconsDir: string, wording: Words = ENGLISH): AboutPanelOptionsOptions {
  const { t } = wording;
  const common = { applicationName: ABOUT.name, applicationVersion: version };
  const creditLines = creditLinesIn(wording);
  const licence = t('window.about.copyrightAndLicence', { copyright: t(ABOUT_KEYS.copyright), licence: t(ABOUT_KEYS.licence) });
  switch (platform) {
    case 'darwin':
      return { ...common, version, copyright: licence, credits: [...creditLines, ABOUT.homepage].join('\n') };
    case 'win32':
      return { ...common, copyright: licence, credits: [...creditLines, ABOUT.homepage].join('\n'), iconPath: unpackedPath(join(iconsDir, '48x48.png')) };
    default:
      return {
        ...common,
        copyright: [licence, '', ...creditLines].join('\n'),
        authors: [t(ABOUT_KEYS.authors)],
        website: ABOUT.homepage,
        iconPath: unpackedPath(join(iconsDir, '64x64.png')),
      };
  }
}

type AboutTarget = Pick<typeof app, 'setAboutPanelOptions' | 'getVersion'>;

/** Sets the panel's contents in the person's language; `rendererDir` is dist/renderer, beside dist/icons. */
export function setAboutPanel(platform: NodeJS.Platform, rendererDir: string, target: AboutTarget = app, wording: Words = ENGLISH): void {
  target.setAboutPanelOptions(aboutPanelOptions(platform, target.getVersion(), join(rendererDir, '..', 'icons'), wording));
}

/**
 * Opens the system's About panel: the tray menu's "About Skytray" item. On macOS an app with no
 * Dock icon and no window in front opens it behind the frontmost app unless it takes focus first
 * (wulkano/Kap#801).
 */
export function showAbout(platform: NodeJS.Platform, target: Pick<typeof app, 'showAboutPanel' | 'focus'> = app): void {
  if (platform === 'darwin') target.focus({ steal: true });
  target.showAboutPanel();
}
