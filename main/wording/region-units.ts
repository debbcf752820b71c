// The units a person most likely expects, from the region of their language tag: used only until
// they choose in Settings. Source: CLDR's supplemental unit preferences (common/supplemental/
// units.xml, <unitPreferences category="speed" usage="wind">: metres per second in CN DK FI JP
// KR NO PL RU SE, miles per hour in GB US, kilometres per hour elsewhere); imperial temperature
// and precipitation for the United States and Liberia.
import type { Units } from '../core/model/model.ts';

/** A wind unit some regions use that Units cannot hold yet. */
export type WindUnit = Units['windSpeed'] | 'm/s';

export type RegionUnits = Readonly<{
  /** What to start with: Units as the model holds them today. */
  units: Units;
  /** The region's custom for wind, which may be m/s: what units.windSpeed becomes once Units has it. */
  customaryWind: WindUnit;
}>;

const IMPERIAL_REGIONS: ReadonlySet<string> = new Set(['US', 'LR']);
const METRES_PER_SECOND_REGIONS: ReadonlySet<string> = new Set(['CN', 'DK', 'FI', 'JP', 'KR', 'NO', 'PL', 'RU', 'SE']);
const MILES_PER_HOUR_REGIONS: ReadonlySet<string> = new Set(['GB', 'US']);

/** The region of a tag, guessed from its language when it names none ('de' → DE, 'en' → US); null if unreadable. */
function regionOf(tag: string): string | null {
  try {
    return new Intl.Locale(tag.replaceAll('_', '-').split('.')[0] ?? '').maximize().region ?? null;
  } catch {
    return null;
  }
}

/** 'en-US' → °F, mph, in; 'en-GB' → °C, mph, mm; 'sv-SE' → °C, km/h (m/s customary), mm; unreadable → metric. */
export function regionUnits(tag: string): RegionUnits {
  const region = regionOf(tag) ?? '';
  const imperial = IMPERIAL_REGIONS.has(region);
  const windSpeed: Units['windSpeed'] = MILES_PER_HOUR_REGIONS.has(region) || imperial ? 'mph' : 'km/h';
  const units: Units = imperial
    ? { system: 'imperial', temperature: '°F', windSpeed, precipitation: 'in' }
    : { system: 'metric', temperature: '°C', windSpeed, precipitation: 'mm' };
  return { units, customaryWind: METRES_PER_SECOND_REGIONS.has(region) ? 'm/s' : windSpeed };
}
