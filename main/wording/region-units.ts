// The units a person most likely expects, from the region of their language tag: used only until
// they choose in Settings. Source: CLDR's supplemental unit preferences (common/supplemental/
// units.xml, <unitPreferences category="speed" usage="wind">: metres per second in CN DK FI JP
// KR NO PL RU SE, miles per hour in GB US, kilometres per hour elsewhere); imperial temperature
// and precipitation for the United States and Liberia.
import type { Units, WindSpeedUnit } from '../core/model/model.ts';

/** The wind units Wording writes: the model's. */
export type WindUnit = WindSpeedUnit;

export type RegionUnits = Readonly<{
  /** What to start with; `windSpeed` is the region's custom for wind, which may differ from the system's own. */
  units: Units;
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

function customaryWind(region: string, imperial: boolean): WindSpeedUnit {
  if (METRES_PER_SECOND_REGIONS.has(region)) return 'm/s';
  return MILES_PER_HOUR_REGIONS.has(region) || imperial ? 'mph' : 'km/h';
}

/** 'en-US' → °F, mph, in; 'en-GB' → °C, mph, mm; 'sv-SE' → °C, m/s, mm; unreadable → metric. */
export function regionUnits(tag: string): RegionUnits {
  const region = regionOf(tag) ?? '';
  const imperial = IMPERIAL_REGIONS.has(region);
  const windSpeed = customaryWind(region, imperial);
  const units: Units = imperial
    ? { system: 'imperial', temperature: '°F', windSpeed, precipitation: 'in' }
    : { system: 'metric', temperature: '°C', windSpeed, precipitation: 'mm' };
  return { units };
}
