// Which air-quality index a person reads for a place, and the one line the tray gives it. The window
// and the tray choose alike: the setting, or for 'auto' the index of the place's own country.
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

// The settings' meaning of 'auto': the EPA's index where the EPA reports it (the US and its
// territories), the European Environment Agency's everywhere else.
const US_INDEX = new Set(['US', 'PR', 'VI', 'GU', 'MP', 'AS']);

export function airQualityScaleFor(setting: AirQualityScale, countryCode: string | null): 'european' | 'us' {
  if (setting !== 'auto') return setting;
  return US_INDEX.has(countryCode?.trim().toUpperCase() ?? '') ? 'us' : 'european';
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
