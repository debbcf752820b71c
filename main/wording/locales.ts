// Which of Skytray's languages a person gets, from what their system or the command line says they
// read. Pure functions over the values: the shell passes Electron's preferred languages, the CLI its
// `--lang` and environment, the window `navigator.languages`.

/** The languages Skytray has a catalogue for, English first (the fallback). */
export const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt-BR', 'nl', 'pl', 'ja', 'zh-Hans', 'ar'] as const;

export type LocaleCode = (typeof LOCALES)[number];

const DEFAULT_LOCALE: LocaleCode = 'en';

/** Languages written right to left: the window sets `dir` from this. */
export type TextDirection = 'ltr' | 'rtl';

const RIGHT_TO_LEFT: ReadonlySet<LocaleCode> = new Set(['ar']);

export function textDirection(locale: LocaleCode): TextDirection {
  return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

export function isLocaleCode(value: string): value is LocaleCode {
  return (LOCALES as readonly string[]).includes(value);
}

/** A language tag as BCP 47 wants it: POSIX's `de_DE.UTF-8@euro` becomes `de-DE`. */
function bcp47(tag: string): Intl.Locale | null {
  const cleaned = tag.trim().split(/[.@]/)[0]?.replaceAll('_', '-') ?? '';
  if (!cleaned) return null;
  try {
    return new Intl.Locale(cleaned);
  } catch {
    return null;
  }
}

/**
 * The catalogue for one language tag, or null when Skytray has none: 'de-AT' → 'de'; any
 * Portuguese → 'pt-BR' (European Portuguese readers understand it, better than English);
 * Chinese written in Simplified script ('zh', 'zh-CN', 'zh-SG', 'zh-Hans-HK') → 'zh-Hans';
 * Chinese in Traditional script ('zh-TW', 'zh-HK', 'zh-Hant') → null, so the person's next
 * language is tried: many Traditional readers read Simplified only with effort.
 */
export function matchLocale(tag: string): LocaleCode | null {
  const locale = bcp47(tag);
  if (!locale) return null;
  switch (locale.language) {
    case 'pt':
      return 'pt-BR';
    case 'zh':
      return locale.maximize().script === 'Hans' ? 'zh-Hans' : null;
    default:
      return isLocaleCode(locale.language) ? locale.language : null;
  }
}

/** The first of a person's languages, in their order of preference, that Skytray speaks; else English. */
export function chooseLocale(preferred: readonly string[]): LocaleCode {
  for (const tag of preferred) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

/**
 * The tag numbers, dates and the clock are formatted in: the first preferred tag in the chosen
 * language, so 'en-GB' gets a 24-hour clock and 'ar-EG' Arabic-Indic digits with the same
 * catalogue as 'en' and 'ar'. The chosen locale itself when no tag carries more.
 */
export function formatLocaleFor(preferred: readonly string[], locale: LocaleCode): string {
  for (const tag of preferred) {
    if (matchLocale(tag) !== locale) continue;
    const parsed = bcp47(tag);
    if (parsed?.region) return parsed.toString();
  }
  return locale;
}

/** What the command line knows about the language: `--lang` and the POSIX locale variables. */
export type CliLocaleSources = Readonly<{
  lang?: string | undefined;
  LC_ALL?: string | undefined;
  LC_MESSAGES?: string | undefined;
  LANG?: string | undefined;
}>;

/** 'C', 'POSIX' and 'C.UTF-8' are the locale of no language in particular: English. */
const POSIX_DEFAULT = /^(C|POSIX)([.@].*)?$/;

/**
 * The POSIX order: `--lang`, then the first set of LC_ALL, LC_MESSAGES, LANG (a set variable
 * hides the later ones, even when Skytray does not speak its language). A `--lang` Skytray does
 * not speak is ignored here: the CLI checks it with matchLocale first and says so.
 */
export function cliTags(sources: CliLocaleSources): string[] {
  const tags: string[] = [];
  if (sources.lang) tags.push(sources.lang);
  const posix = [sources.LC_ALL, sources.LC_MESSAGES, sources.LANG].find((value) => !!value);
  if (posix) tags.push(POSIX_DEFAULT.test(posix) ? DEFAULT_LOCALE : posix);
  return tags;
}

/** The CLI's language: chooseLocale over cliTags (wordingFor(cliTags(…)) also keeps the region for formats). */
export function cliLocale(sources: CliLocaleSources): LocaleCode {
  return chooseLocale(cliTags(sources));
}
