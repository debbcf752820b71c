// Deterministic, plausible weather for any coordinates and hour: the same inputs always give the
// same numbers, neighbouring hours change smoothly, latitude and season shape the temperature.
// Kept independent of Skytray's own code, so a bug there is not mirrored here.

export type HourWeather = Readonly<{
  temperature: number;
  apparentTemperature: number;
  humidity: number;
  windSpeedKmh: number;
  windDirection: number;
  windGustsKmh: number;
  precipitationMm: number;
  precipitationProbability: number;
  weatherCode: number;
  isDay: boolean;
  /** 0 at night; up to about 11 with a high sun and a clear sky. */
  uvIndex: number;
}>;

const HOUR = 3600;

function hash(...values: number[]): number {
  let h = 2166136261;
  for (const v of values) {
    h ^= Math.round(v * 1000) | 0;
    h = Math.imul(h, 16777619);
    h ^= h >>> 13;
  }
  return ((h >>> 0) % 100000) / 100000;
}

/** Noise that varies smoothly over hours: values at 6-hour knots, interpolated between them. */
function smooth(lat: number, lon: number, channel: number, hourIndex: number): number {
  const knot = Math.floor(hourIndex / 6);
  const t = (hourIndex % 6) / 6;
  const a = hash(lat, lon, channel, knot);
  const b = hash(lat, lon, channel, knot + 1);
  const eased = (1 - Math.cos(Math.PI * t)) / 2;
  return a + (b - a) * eased;
}

function dayOfYear(epochSeconds: number): number {
  const d = new Date(epochSeconds * 1000);
  return (Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 0)) / 86_400_000;
}

/** Sunrise and sunset (epoch seconds) for the UTC day containing `epochSeconds`; null in polar day or night. */
export function sunTimes(lat: number, lon: number, epochSeconds: number): { sunrise: number; sunset: number } | null {
  const doy = dayOfYear(epochSeconds);
  const declination = ((23.44 * Math.PI) / 180) * Math.sin((2 * Math.PI * (284 + doy)) / 365);
  const cosHourAngle = -Math.tan((lat * Math.PI) / 180) * Math.tan(declination);
  if (cosHourAngle <= -1 || cosHourAngle >= 1) return null;
  const halfDayHours = (Math.acos(cosHourAngle) * 180) / Math.PI / 15;
  const dayStart = Math.floor(epochSeconds / 86_400) * 86_400;
  const noon = dayStart + (12 - lon / 15) * HOUR;
  return { sunrise: Math.round(noon - halfDayHours * HOUR), sunset: Math.round(noon + halfDayHours * HOUR) };
}

export function isDaylight(lat: number, lon: number, epochSeconds: number): boolean {
  const sun = sunTimes(lat, lon, epochSeconds);
  if (sun) return epochSeconds >= sun.sunrise && epochSeconds < sun.sunset;
  const summer = lat > 0 === (new Date(epochSeconds * 1000).getUTCMonth() >= 3 && new Date(epochSeconds * 1000).getUTCMonth() <= 8);
  return summer;
}

export function weatherAt(lat: number, lon: number, epochSeconds: number): HourWeather {
  const hourIndex = Math.floor(epochSeconds / HOUR);
  const doy = dayOfYear(epochSeconds);
  const solarHour = (((epochSeconds / HOUR + lon / 15) % 24) + 24) % 24;

  const annualMean = 28 - 0.42 * Math.abs(lat);
  const season = 0.28 * Math.abs(lat) * Math.cos((2 * Math.PI * (doy - 200)) / 365) * Math.sign(lat || 1);
  const diurnal = 4 * Math.sin((2 * Math.PI * (solarHour - 9)) / 24);
  const temperature = round1(annualMean + season + diurnal + (smooth(lat, lon, 1, hourIndex) - 0.5) * 6);

  const cloud = smooth(lat, lon, 2, hourIndex);
  const wet = Math.max(0, cloud - 0.72);
  const precipitationMm = round1(wet * 9);
  const precipitationProbability = Math.round(Math.min(100, Math.max(0, (cloud - 0.45) * 220)));
  const windSpeedKmh = round1(4 + smooth(lat, lon, 3, hourIndex) * 28);
  const humidity = Math.round(45 + cloud * 50);

  let weatherCode: number;
  if (cloud < 0.2) weatherCode = 0;
  else if (cloud < 0.4) weatherCode = 1;
  else if (cloud < 0.58) weatherCode = 2;
  else if (cloud < 0.72) weatherCode = hash(lat, lon, hourIndex) < 0.15 ? 45 : 3;
  else if (temperature <= 0) weatherCode = precipitationMm > 1.8 ? 75 : precipitationMm > 0.8 ? 73 : 71;
  else if (precipitationMm > 2.2 && temperature > 16) weatherCode = 95;
  else weatherCode = precipitationMm > 1.8 ? 65 : precipitationMm > 0.8 ? 63 : precipitationMm > 0.3 ? 61 : 51;

  return {
    temperature,
    apparentTemperature: round1(temperature - windSpeedKmh / 10 + (humidity > 70 && temperature > 20 ? 2 : 0)),
    humidity,
    windSpeedKmh,
    windDirection: Math.round(smooth(lat, lon, 4, hourIndex) * 359),
    windGustsKmh: round1(windSpeedKmh * 1.6),
    precipitationMm,
    precipitationProbability,
    weatherCode,
    isDay: isDaylight(lat, lon, epochSeconds),
    uvIndex: uvIndexAt(lat, epochSeconds, solarHour, cloud),
  };
}

/** Highest near solar noon, in summer, near the equator; clouds take up to 70 % off. */
function uvIndexAt(lat: number, epochSeconds: number, solarHour: number, cloud: number): number {
  const declination = 23.44 * Math.sin((2 * Math.PI * (284 + dayOfYear(epochSeconds))) / 365);
  const noonElevation = 90 - Math.abs(lat - declination);
  const hourFactor = Math.max(0, Math.cos(((solarHour - 12) / 12) * Math.PI));
  const clear = 12.5 * Math.max(0, Math.sin((noonElevation * Math.PI) / 180)) ** 2.5 * hourFactor;
  return round1(clear * (1 - 0.7 * cloud));
}

/**
 * Precipitation in the 15 minutes before `epochSeconds`, as a regional 15-minute model gives it: the
 * hour's amount shared unevenly, so rain starts and stops within the hour.
 */
export function quarterHourPrecipitation(lat: number, lon: number, epochSeconds: number): number {
  const hourEnd = Math.ceil(epochSeconds / HOUR) * HOUR;
  const hourMm = weatherAt(lat, lon, hourEnd).precipitationMm;
  const quarter = Math.round((epochSeconds - (hourEnd - HOUR)) / 900) - 1;
  const shares = [0, 1, 2, 3].map((q) => hash(lat, lon, 5, hourEnd, q));
  const total = shares.reduce((a, b) => a + b, 0);
  // A share under a tenth of the hour is dry: real showers leave dry quarters.
  const weights = shares.map((w) => (w / total < 0.1 ? 0 : w));
  const kept = weights.reduce((a, b) => a + b, 0);
  return kept === 0 ? 0 : Math.round(((hourMm * (weights[quarter] ?? 0)) / kept) * 100) / 100;
}

export const round1 = (v: number): number => Math.round(v * 10) / 10;
