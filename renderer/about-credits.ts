// What Skytray says about itself and whose work it shows: one table for the window's About section
// and the system's About panel (main/shell/about-panel-options.ts), so the two cannot disagree.
// The sentences are in the message catalogue (window.about.*), so both speak the person's language.
import type { ProviderId } from '../main/core/model/model.ts';
import type { MessageKey } from '../main/wording/messages/en.ts';

export const ABOUT = {
  // i18n-ignore: the product's name
  name: 'Skytray',
  /** package.json `homepage`. */
  // i18n-ignore: a web address
  homepage: 'https://github.com/skytray/skytray',
} as const;

/**
 * The catalogue's keys for what Skytray says about itself: the licence (package.json `license`),
 * the copyright (electron-builder.yml `copyright`) and its authors.
 */
export const ABOUT_KEYS = {
  licence: 'window.about.licence',
  copyright: 'window.about.copyright',
  authors: 'window.about.authors',
} as const satisfies Readonly<Record<string, MessageKey>>;

export type Credit = Readonly<{
  /** The catalogue's sentence naming the work, its author and its licence. */
  key: Extract<MessageKey, `window.about.credit.${string}`>;
  url: string;
  /** Shown only while this weather service is chosen; null: always. */
  provider: ProviderId | null;
}>;

/**
 * The Meteocons notice is the set's LICENSE (MIT, Bas Milius), bundled beside the icons. Open-Meteo's
 * terms require attribution under CC BY 4.0; OpenWeather's data is CC BY-SA 4.0 and asks to be named.
 */
export const CREDITS: readonly Credit[] = [
  // i18n-ignore: web addresses
  { key: 'window.about.credit.icons', url: 'https://meteocons.com', provider: null },
  // i18n-ignore: web addresses
  { key: 'window.about.credit.openMeteo', url: 'https://open-meteo.com', provider: 'open-meteo' },
  // i18n-ignore: web addresses
  { key: 'window.about.credit.airQuality', url: 'https://open-meteo.com/en/docs/air-quality-api', provider: null },
  // i18n-ignore: web addresses
  { key: 'window.about.credit.openWeather', url: 'https://openweathermap.org', provider: 'openweathermap' },
];

/** The credits that apply while `provider` is chosen; every credit when it is not known. */
export function creditsFor(provider: ProviderId | null): readonly Credit[] {
  return CREDITS.filter((c) => c.provider === null || provider === null || c.provider === provider);
}

/** The version out of the diagnostics report's first line ("Skytray 0.1.0 on linux x64 …"); null if it is not there. */
export function versionFromReport(report: string): string | null {
  return /^Skytray (\S+) on /.exec(report)?.[1] ?? null;
}
