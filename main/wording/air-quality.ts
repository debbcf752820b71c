// An air-quality index's name and its categories' words, and the one line the tray gives a place's
// air (the engine says which index each place is read on: the setting, or for 'auto' the one its
// country uses). The engine keeps each category's code (and an English label for JSON); the words
// a person reads come from the catalogue here.
import type { AirQuality } from '../core/providers/air-quality.ts';
import type { EuropeanAqiLevel, UsAqiLevel } from '../core/providers/air-quality-index.ts';
import { legacyEnglish } from './english.ts';
import { formatNumber } from './numbers.ts';
import type { Wording } from './wording.ts';

/** "European AQI", "US AQI". */
export const airQualityIndexName = (index: 'european' | 'us', wording: Pick<Wording, 't'> = legacyEnglish): string =>
  wording.t('common.airQuality.index', { index });

/** "Fair", "Unhealthy for sensitive groups": a category of the given index, in the person's language. */
export function airQualityCategoryWords(
  category: Readonly<{ index: 'european'; level: EuropeanAqiLevel }> | Readonly<{ index: 'us'; level: UsAqiLevel }>,
  wording: Pick<Wording, 't'> = legacyEnglish,
): string {
  return category.index === 'european' ? wording.t(`window.air.european.${category.level}`) : wording.t(`window.air.us.${category.level}`);
}

/** "Berlin: European AQI 32, Fair"; null when the reading has no value on that index. */
export function airQualityLine(
  place: string,
  reading: AirQuality,
  index: 'european' | 'us',
  wording: Pick<Wording, 't'> & Partial<Pick<Wording, 'number'>> = legacyEnglish,
): string | null {
  const value = index === 'european' ? reading.europeanAqi : reading.usAqi;
  if (value === null) return null;
  const category =
    index === 'european'
      ? reading.europeanCategory && airQualityCategoryWords({ index, level: reading.europeanCategory.level }, wording)
      : reading.usCategory && airQualityCategoryWords({ index, level: reading.usCategory.level }, wording);
  if (!category) return null;
  const number = wording.number ? wording.number(value) : formatNumber(value, 0);
  return wording.t('tray.airQualityLine', { place, index: airQualityIndexName(index, wording), value: number, category });
}
