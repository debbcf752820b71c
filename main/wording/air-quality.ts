// Which air-quality index a person reads for a place, and the one line the tray gives it. The window
// and the tray choose alike: the setting, or for 'auto' the index of the place's own country.
import type { AirQuality } from '../core/providers/air-quality.ts';
import { legacyEnglish } from './english.ts';
import { formatNumber } from './numbers.ts';
import type { Wording } from './wording.ts';

/** The setting's values; 'auto' takes the index of where the place is. */
export type AirQualityScale = 'auto' | 'european' | 'us';

// The settings' meaning of 'auto': the EPA's index where the EPA reports it (the US and its
// territories), the European Environment Agency's everywhere else.
const US_INDEX = new Set(['US', 'PR', 'VI', 'GU', 'MP', 'AS']);

export function airQualityScaleFor(setting: AirQualityScale, countryCode: string | null): 'european' | 'us' {
  if (setting !== 'auto') return setting;
  return US_INDEX.has(countryCode?.trim().toUpperCase() ?? '') ? 'us' : 'european';
}

/** "European AQI", "US AQI". */
export const airQualityIndexName = (index: 'european' | 'us', wording: Pick<Wording, 't'> = legacyEnglish): string =>
  wording.t('common.airQuality.index', { index });

/** "Berlin: European AQI 32, Fair"; null when the reading has no value on that index. */
export function airQualityLine(place: string, reading: AirQuality, index: 'european' | 'us', wording: Pick<Wording, 't'> = legacyEnglish): string | null {
  const value = index === 'european' ? reading.europeanAqi : reading.usAqi;
  const category = index === 'european' ? reading.europeanCategory : reading.usCategory;
  if (value === null || category === null) return null;
  return wording.t('tray.airQualityLine', { place, index: airQualityIndexName(index, wording), value: formatNumber(value, 0), category: category.label });
}
