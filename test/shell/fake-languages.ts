// What each OS tells Electron about a person's languages, for the fake app. Windows and macOS:
// the examples in Electron's app.getPreferredSystemLanguages() docs (app locale German, region
// Finland, languages French (Canada), English (US), Simplified Chinese, Spanish (Latin America));
// Windows may list a language without a country and gives the regional format as the system
// locale, macOS adds its region to languages that name no country. Linux: Electron passes GLib's
// g_get_language_names() through base::i18n::GetCanonicalLocale, dropping "C"
// (shell/common/language_util_linux.cc), so LANG=de_DE.UTF-8 gives de_DE.UTF-8, de_DE, de.UTF-8,
// de canonicalised; under the C locale the list is empty (nextcloud/talk-desktop#1070).
import { EventEmitter } from 'node:events';
import type { FakePlatform } from './fake-platform.ts';

export type SystemLanguages = Readonly<{
  /** app.getPreferredSystemLanguages() */
  preferred: readonly string[];
  /** app.getSystemLocale(): the regional format. */
  systemLocale: string;
}>;

export const DOCS_EXAMPLE: Readonly<Record<'win32' | 'darwin', SystemLanguages>> = {
  win32: { preferred: ['fr-CA', 'en-US', 'zh-Hans-CN', 'fi', 'es-419'], systemLocale: 'fi-FI' },
  darwin: { preferred: ['fr-CA', 'en-US', 'zh-Hans-FI', 'es-419'], systemLocale: 'fr-FI' },
};

/** Linux with LANG (and no LANGUAGE) set to a POSIX locale such as 'pl_PL.UTF-8', or 'C'. */
export function linuxLanguages(lang: string): SystemLanguages {
  if (/^(C|POSIX)([.@].*)?$/.test(lang)) return { preferred: [], systemLocale: 'en-US' };
  const [name = '', codeset] = lang.split('.');
  const language = name.split('_')[0] ?? name;
  const canonical = (tag: string): string => tag.replaceAll('_', '-');
  const names = [lang, name, ...(codeset ? [`${language}.${codeset}`] : []), language].filter((n, i, all) => all.indexOf(n) === i);
  return { preferred: names.map((n) => canonical(n.split('.')[0] ?? n)), systemLocale: canonical(name) };
}

/**
 * English with a metric region on every OS unless a test says otherwise, so the app's tests keep
 * the units and the 24-hour clock they were written with: an English reader in Ireland.
 */
export function defaultLanguages(platform: FakePlatform): SystemLanguages {
  return platform === 'linux' ? linuxLanguages('en_IE.UTF-8') : { preferred: ['en-IE'], systemLocale: 'en-IE' };
}

/**
 * The fake app's words for the person: its language methods (both on every OS, electron.d.ts),
 * which tests set through `languages`, and the About panel's options as last set.
 */
export class AppWithLanguages extends EventEmitter {
  languages: SystemLanguages = defaultLanguages('linux');
  aboutPanel: Readonly<Record<string, unknown>> | null = null;
  setAboutPanelOptions(options: Readonly<Record<string, unknown>>): void {
    this.aboutPanel = options;
  }
  getPreferredSystemLanguages(): string[] {
    return [...this.languages.preferred];
  }
  getSystemLocale(): string {
    return this.languages.systemLocale;
  }
}
