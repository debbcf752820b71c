// Open-Meteo's air-quality API as documented (https://open-meteo.com/en/docs/air-quality-api), over
// made-up but steady readings: several places per request, an array only for two or more (the same
// writer as the forecast: open-meteo/open-meteo, Sources/App/Helper/Writer/JsonWriter.swift), hourly
// `current` data, and pollen only inside CAMS' European domain (elsewhere the value is null).
import type { ApiAnswer } from './open-meteo-routes.ts';

const fail = (reason: string): ApiAnswer => ({ status: 400, body: { error: true, reason } });

const UG = 'μg/m³';
const GRAINS = 'grains/m³';
const VARIABLES: Readonly<Record<string, Readonly<{ unit: string; pollen?: boolean }>>> = {
  european_aqi: { unit: 'EAQI' },
  us_aqi: { unit: 'USAQI' },
  pm2_5: { unit: UG },
  pm10: { unit: UG },
  ozone: { unit: UG },
  nitrogen_dioxide: { unit: UG },
  sulphur_dioxide: { unit: UG },
  carbon_monoxide: { unit: UG },
  alder_pollen: { unit: GRAINS, pollen: true },
  birch_pollen: { unit: GRAINS, pollen: true },
  grass_pollen: { unit: GRAINS, pollen: true },
  mugwort_pollen: { unit: GRAINS, pollen: true },
  olive_pollen: { unit: GRAINS, pollen: true },
  ragweed_pollen: { unit: GRAINS, pollen: true },
};

const inEurope = (lat: number, lon: number): boolean => lat >= 30 && lat <= 72 && lon >= -25 && lon <= 45;

/** A reading that changes with place and hour, always within the real ranges. */
function valueOf(variable: string, lat: number, lon: number, hour: number): number | null {
  const wave = (Math.sin(lat * 0.7 + lon * 1.3 + hour / 5) + 1) / 2;
  const round = (n: number): number => Math.round(n * 10) / 10;
  if (VARIABLES[variable]?.pollen) return inEurope(lat, lon) ? round(wave * 40) : null;
  switch (variable) {
    case 'european_aqi':
      return Math.round(10 + wave * 70);
    case 'us_aqi':
      return Math.round(15 + wave * 120);
    case 'pm2_5':
      return round(2 + wave * 30);
    case 'pm10':
      return round(4 + wave * 45);
    case 'ozone':
      return round(20 + wave * 90);
    case 'nitrogen_dioxide':
      return round(3 + wave * 50);
    default:
      return round(wave * 10);
  }
}

const list = (value: string | null): string[] =>
  value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

export function airQuality(q: URLSearchParams, nowMs: number): ApiAnswer {
  const lats = list(q.get('latitude')).map(Number);
  const lons = list(q.get('longitude')).map(Number);
  if (lats.length === 0 || lons.length === 0) return fail("Parameter 'latitude' and 'longitude' are required");
  if (lats.length !== lons.length) return fail("Parameter 'latitude' and 'longitude' must have the same number of elements");
  for (const lat of lats) if (!(lat >= -90 && lat <= 90)) return fail(`Latitude must be in range of -90 to 90°. Given: ${lat}.`);
  for (const lon of lons) if (!(lon >= -180 && lon <= 180)) return fail(`Longitude must be in range of -180 to 180°. Given: ${lon}.`);
  const current = list(q.get('current'));
  for (const v of current) if (!(v in VARIABLES)) return fail(`Cannot initialize CamsVariable from invalid String value ${v}.`);
  const unixtime = q.get('timeformat') === 'unixtime';
  const hour = Math.floor(nowMs / 3_600_000);
  const locations = lats.map((lat, i) => {
    const lon = lons[i] as number;
    const entry: Record<string, unknown> = {
      latitude: Math.round(lat * 10) / 10,
      longitude: Math.round(lon * 10) / 10,
      generationtime_ms: 0.1,
      utc_offset_seconds: 0,
      timezone: 'GMT',
      timezone_abbreviation: 'GMT',
      elevation: 38,
    };
    if (i > 0) entry['location_id'] = i;
    if (current.length) {
      const time = unixtime ? hour * 3600 : new Date(hour * 3_600_000).toISOString().slice(0, 16);
      entry['current_units'] = Object.fromEntries([
        ['time', unixtime ? 'unixtime' : 'iso8601'],
        ['interval', 'seconds'],
        ...current.map((v) => [v, VARIABLES[v]?.unit]),
      ]);
      entry['current'] = Object.fromEntries([['time', time], ['interval', 3600], ...current.map((v) => [v, valueOf(v, lat, lon, hour)])]);
    }
    return entry;
  });
  return { status: 200, body: locations.length === 1 ? locations[0] : locations };
}
