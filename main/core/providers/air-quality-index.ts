// The two air-quality indices Open-Meteo reports, with the bands and colours their owners publish.
// European AQI (European Environment Agency, https://airindex.eea.europa.eu): 0-20 good, 20-40 fair,
// 40-60 moderate, 60-80 poor, 80-100 very poor, above 100 extremely poor, as Open-Meteo's air-quality
// documentation states them (https://open-meteo.com/en/docs/air-quality-api). US AQI (EPA,
// https://www.airnow.gov/aqi/aqi-basics/): 0-50 good ... 301 and above hazardous.

export type EuropeanAqiLevel = 'good' | 'fair' | 'moderate' | 'poor' | 'very-poor' | 'extremely-poor';
export type UsAqiLevel = 'good' | 'moderate' | 'unhealthy-for-sensitive-groups' | 'unhealthy' | 'very-unhealthy' | 'hazardous';

export type AqiCategory<Level extends string> = Readonly<{
  level: Level;
  /** "Very poor" */
  label: string;
  /** The index owner's colour for the band, `#rrggbb`. */
  colour: string;
}>;

type Band<Level extends string> = AqiCategory<Level> & Readonly<{ upTo: number }>;

// A value on a boundary belongs to the lower band: "above 100" is the only extremely poor.
const EUROPEAN: readonly Band<EuropeanAqiLevel>[] = [
  { upTo: 20, level: 'good', label: 'Good', colour: '#50f0e6' },
  { upTo: 40, level: 'fair', label: 'Fair', colour: '#50ccaa' },
  { upTo: 60, level: 'moderate', label: 'Moderate', colour: '#f0e641' },
  { upTo: 80, level: 'poor', label: 'Poor', colour: '#ff5050' },
  { upTo: 100, level: 'very-poor', label: 'Very poor', colour: '#960032' },
  { upTo: Infinity, level: 'extremely-poor', label: 'Extremely poor', colour: '#7d2181' },
];

// EPA's bands are whole numbers (0-50, 51-100, ...), as its index is; 50.5 would be above good.
const US: readonly Band<UsAqiLevel>[] = [
  { upTo: 50, level: 'good', label: 'Good', colour: '#00e400' },
  { upTo: 100, level: 'moderate', label: 'Moderate', colour: '#ffff00' },
  { upTo: 150, level: 'unhealthy-for-sensitive-groups', label: 'Unhealthy for sensitive groups', colour: '#ff7e00' },
  { upTo: 200, level: 'unhealthy', label: 'Unhealthy', colour: '#ff0000' },
  { upTo: 300, level: 'very-unhealthy', label: 'Very unhealthy', colour: '#8f3f97' },
  { upTo: Infinity, level: 'hazardous', label: 'Hazardous', colour: '#7e0023' },
];

function categoryOf<Level extends string>(bands: readonly Band<Level>[], value: number): AqiCategory<Level> {
  for (const band of bands) {
    if (value >= 0 && value <= band.upTo) return { level: band.level, label: band.label, colour: band.colour };
  }
  throw new RangeError(`Expected an air-quality index to be a number >= 0, got \`${value}\``);
}

export const europeanAqiCategory = (value: number): AqiCategory<EuropeanAqiLevel> => categoryOf(EUROPEAN, value);
export const usAqiCategory = (value: number): AqiCategory<UsAqiLevel> => categoryOf(US, value);

/** The index shown for a place: the one the settings name, or with 'auto', the one its country uses. */
export type AirQualityIndex = 'european' | 'us';

/**
 * The EPA's AQI is what people in the US and its territories read (AirNow); elsewhere the European
 * index, whose bands are the stricter. By the place, not the user's locale: a person in Chicago
 * looking at Berlin sees what Berliners are told.
 */
const US_AQI_COUNTRIES: ReadonlySet<string> = new Set(['US', 'PR', 'VI', 'GU', 'MP', 'AS']);

export function airQualityIndexFor(scale: 'auto' | AirQualityIndex, countryCode: string | null): AirQualityIndex {
  if (scale !== 'auto') return scale;
  return US_AQI_COUNTRIES.has(countryCode?.trim().toUpperCase() ?? '') ? 'us' : 'european';
}
