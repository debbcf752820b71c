// What Skytray says about itself and whose work it shows: one table for the window's About section
// and the system's About panel (main/shell/about-panel-options.ts), so the two cannot disagree.
// Every entry is a whole sentence, ready to move to the message catalogue as it is.
import type { ProviderId } from '../main/core/model/model.ts';
import type { MessageKey } from '../main/wording/messages/en.ts';

export const ABOUT = {
  name: 'Skytray',
  /** `{version}` is the running app's version. */
  versionLine: 'Skytray {version}',
  /** package.json `license`. */
  licence: 'Free software under the MIT licence.',
  /** electron-builder.yml `copyright`. */
  copyright: 'Copyright © 2026 the Skytray authors',
  authors: 'The Skytray authors',
  /** package.json `homepage`. */
  homepage: 'https://github.com/skytray/skytray',
} as const;

/** The catalogue's keys for ABOUT's words: the system panel speaks the person's language. */
export const ABOUT_KEYS = {
  licence: 'window.about.licence',
  copyright: 'window.about.copyright',
  authors: 'window.about.authors',
} as const satisfies Readonly<Record<string, MessageKey>>;

export type Credit = Readonly<{
  /** One sentence naming the work, its author and its licence. */
  text: string;
  /** The same sentence in the catalogue. */
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
  { text: 'Weather icons: Meteocons by Bas Milius, MIT licence.', key: 'window.about.credit.icons', url: 'https://meteocons.com', provider: null },
  {
    text: 'Weather data by Open-Meteo.com, licensed under CC BY 4.0.',
    key: 'window.about.credit.openMeteo',
    url: 'https://open-meteo.com',
    provider: 'open-meteo',
  },
  {
    text: 'Air quality by Open-Meteo.com from Copernicus Atmosphere Monitoring Service data, licensed under CC BY 4.0.',
    key: 'window.about.credit.airQuality',
    url: 'https://open-meteo.com/en/docs/air-quality-api',
    provider: null,
  },
  {
    text: 'Weather data by OpenWeather, licensed under CC BY-SA 4.0.',
    key: 'window.about.credit.openWeather',
    url: 'https://openweathermap.org',
    provider: 'openweathermap',
  },
];

/** The credits that apply while `provider` is chosen; every credit when it is not known. */
export function creditsFor(provider: ProviderId | null): readonly Credit[] {
  return CREDITS.filter((c) => c.provider === null || provider === null || c.provider === provider);
}

/** The version out of the diagnostics report's first line ("Skytray 0.1.0 on linux x64 …"); null if it is not there. */
export function versionFromReport(report: string): string | null {
  return /^Skytray (\S+) on /.exec(report)?.[1] ?? null;
}
