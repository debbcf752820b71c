// An air-quality index's name, and the one line the tray gives a place's air (the engine says which
// index each place is read on: the setting, or for 'auto' the one its country uses).
import type { AirQuality } from '../core/providers/air-quality.ts';
import { legacyEnglish } from './english.ts';
import { formatNumber } from './numbers.ts';
import type { Wording } from './wording.ts';

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
