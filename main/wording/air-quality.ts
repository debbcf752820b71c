// Which air-quality index a person reads for a place, and the one line the tray gives it. The window
// and the tray choose alike: the setting, or for 'auto' the index of the place's part of the world.
import type { AirQuality } from '../core/providers/air-quality.ts';
import { formatNumber } from './numbers.ts';

/** The setting's values; 'auto' takes the index of where the place is. */
export type AirQualityScale = 'auto' | 'european' | 'us';

const TEXT = {
  european: 'European AQI',
  us: 'US AQI',
  /** "Berlin: European AQI 32, Fair" */
  line: '{place}: {index} {value}, {category}',
} as const;

// The European Environment Agency's index covers its member and cooperating countries and the rest
// of geographic Europe; elsewhere the EPA's scale is the one most services and people use.
const EUROPE = new Set(
  'AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS SE SI SK SM UA VA XK'.split(
    ' ',
  ),
);

export function airQualityScaleFor(setting: AirQualityScale, countryCode: string | null): 'european' | 'us' {
  if (setting !== 'auto') return setting;
  return EUROPE.has(countryCode?.toUpperCase() ?? '') ? 'european' : 'us';
}

/** "European AQI", "US AQI". */
export const airQualityIndexName = (scale: 'european' | 'us'): string => TEXT[scale];

/** "Berlin: European AQI 32, Fair"; null when the reading has no value on that index. */
export function airQualityLine(place: string, reading: AirQuality, scale: 'european' | 'us'): string | null {
  const value = scale === 'european' ? reading.europeanAqi : reading.usAqi;
  const category = scale === 'european' ? reading.europeanCategory : reading.usCategory;
  if (value === null || category === null) return null;
  return fill(TEXT.line, { place, index: TEXT[scale], value: formatNumber(value, 0), category: category.label });
}

const fill = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
