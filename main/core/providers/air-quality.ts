// Open-Meteo's air-quality API (https://open-meteo.com/en/docs/air-quality-api): keyless, the same
// servers' conventions as the forecast. Several places go in one request (comma-separated
// coordinates) and the answer is an array only for two or more places, exactly as the forecast's.
import { WeatherError } from '../errors.ts';
import { europeanAqiCategory, usAqiCategory, type AqiCategory, type EuropeanAqiLevel, type UsAqiLevel } from './air-quality-index.ts';
import { number, numberOrNull, object, ShapeError, string } from './json-shape.ts';
import { splitForecastResponse } from './open-meteo-forecast.ts';
import { coord } from './provider.ts';

export const AIR_QUALITY_ORIGIN = 'https://air-quality-api.open-meteo.com';
export const AIR_QUALITY_LABEL = 'Open-Meteo air quality';
export const AIR_QUALITY_ATTRIBUTION = 'Air quality by Open-Meteo.com from Copernicus Atmosphere Monitoring Service data (CC BY 4.0)';

const POLLUTANTS = ['european_aqi', 'us_aqi', 'pm2_5', 'pm10', 'ozone', 'nitrogen_dioxide'] as const;
type PollenKind = 'alder' | 'birch' | 'grass' | 'mugwort' | 'olive' | 'ragweed';
const POLLEN_KINDS: readonly PollenKind[] = ['alder', 'birch', 'grass', 'mugwort', 'olive', 'ragweed'];

export type AirQualityPoint = Readonly<{ latitude: number; longitude: number; name?: string }>;

export type AirQuality = Readonly<{
  latitude: number;
  longitude: number;
  /** The reading's time, an ISO 8601 instant in UTC. */
  time: string;
  europeanAqi: number | null;
  europeanCategory: AqiCategory<EuropeanAqiLevel> | null;
  usAqi: number | null;
  usCategory: AqiCategory<UsAqiLevel> | null;
  /** µg/m³ */
  pm2_5: number | null;
  pm10: number | null;
  ozone: number | null;
  nitrogenDioxide: number | null;
  /** Grains/m³ of each pollen the answer has a value for; empty outside Europe and out of season. */
  pollen: Readonly<Partial<Record<PollenKind, number>>>;
}>;

/**
 * Pollen comes from CAMS' European model alone, whose domain is 25°W-45°E, 30°N-72°N ("only available
 * in Europe during pollen season"): asking for it elsewhere costs weight and returns nulls.
 */
export function inPollenDomain(point: AirQualityPoint): boolean {
  return point.latitude >= 30 && point.latitude <= 72 && point.longitude >= -25 && point.longitude <= 45;
}

export type AirQualityRequest = Readonly<{ pollen: boolean }>;

const variablesOf = ({ pollen }: AirQualityRequest): string[] => [...POLLUTANTS, ...(pollen ? POLLEN_KINDS.map((kind) => `${kind}_pollen`) : [])];

export function airQualityUrl(origin: URL, places: readonly AirQualityPoint[], request: AirQualityRequest): URL {
  const url = new URL(`${origin.pathname.replace(/\/$/, '')}/v1/air-quality`, origin);
  url.searchParams.set('latitude', places.map((p) => coord(p.latitude)).join(','));
  url.searchParams.set('longitude', places.map((p) => coord(p.longitude)).join(','));
  url.searchParams.set('current', variablesOf(request).join(','));
  // Unix seconds are true instants: no time zone to ask for or get wrong.
  url.searchParams.set('timeformat', 'unixtime');
  return url;
}

/**
 * Calls the request is billed as (design notes, section 7): each place counts at least one, and a
 * place with more than 10 variables counts variables / 10.
 */
export function airQualityCallWeight(places: number, request: AirQualityRequest): number {
  return places * Math.max(1, variablesOf(request).length / 10);
}

/** One result per place, in order; an answer that is not one entry per place fails as a whole. */
export function parseAirQualityBatch(json: unknown, places: readonly AirQualityPoint[]): Array<AirQuality | WeatherError> {
  let items: readonly unknown[];
  try {
    items = splitForecastResponse(json, places.length);
    if (places.length === 1) return [parseAirQuality(items[0], 'response')];
  } catch (error) {
    throw malformed(error, 'the places asked for');
  }
  return items.map((item, i) => {
    try {
      return parseAirQuality(item, `response[${i}]`);
    } catch (error) {
      return malformed(error, places[i]?.name ?? `place ${i + 1}`);
    }
  });
}

function malformed(error: unknown, what: string): WeatherError {
  if (!(error instanceof ShapeError)) throw error;
  return new WeatherError('malformed', `${AIR_QUALITY_LABEL} sent data Skytray does not understand for ${what}.`, {
    provider: AIR_QUALITY_LABEL,
    status: 200,
    cause: error.message,
  });
}

export function parseAirQuality(json: unknown, path = 'response'): AirQuality {
  const root = object(json, path);
  const current = object(root['current'], `${path}.current`);
  const value = (name: string): number | null => {
    const v = numberOrNull(current[name], `${path}.current.${name}`);
    if (v !== null && v < 0) throw new ShapeError(`${path}.current.${name}`, 'a number >= 0', v);
    return v;
  };
  const europeanAqi = value('european_aqi');
  const usAqi = value('us_aqi');
  const pollen: Partial<Record<PollenKind, number>> = {};
  for (const kind of POLLEN_KINDS) {
    const grains = value(`${kind}_pollen`);
    if (grains !== null) pollen[kind] = grains;
  }
  return {
    latitude: number(root['latitude'], `${path}.latitude`),
    longitude: number(root['longitude'], `${path}.longitude`),
    time: readingTime(current['time'], root['utc_offset_seconds'], `${path}.current.time`),
    europeanAqi,
    europeanCategory: europeanAqi === null ? null : europeanAqiCategory(europeanAqi),
    usAqi,
    usCategory: usAqi === null ? null : usAqiCategory(usAqi),
    pm2_5: value('pm2_5'),
    pm10: value('pm10'),
    ozone: value('ozone'),
    nitrogenDioxide: value('nitrogen_dioxide'),
    pollen,
  };
}

/**
 * Unix seconds as asked for; an ISO 8601 local time without offset (the API's default format, which an
 * answer recorded elsewhere may use) is read at the answer's `utc_offset_seconds`.
 */
function readingTime(value: unknown, offset: unknown, path: string): string {
  if (typeof value === 'number') return new Date(number(value, path) * 1000).toISOString();
  const local = Date.parse(`${string(value, path)}Z`);
  if (Number.isNaN(local)) throw new ShapeError(path, 'unix seconds or an ISO 8601 time', value);
  const seconds = offset === undefined ? 0 : number(offset, path.replace(/current\.time$/, 'utc_offset_seconds'));
  return new Date(local - seconds * 1000).toISOString();
}

// UV index comes with the forecast, not from here: `uv_index` (hourly) and `uv_index_max` (daily) are
// forecast variables (https://open-meteo.com/en/docs). Adding them to open-meteo-forecast.ts's HOURLY
// and DAILY lists, and to the Weather model, is the next step; it adds no request.
