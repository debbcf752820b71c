// The normalised weather model: every provider's response becomes this, so nothing downstream
// (store, tray, window, CLI) ever knows which service answered.

export type ProviderId = 'open-meteo' | 'openweathermap';
export const PROVIDER_IDS: readonly ProviderId[] = ['open-meteo', 'openweathermap'];

export type UnitSystem = 'metric' | 'imperial';

/** Metres per second is how wind is told in the Nordic countries, Russia, Poland, China, Japan and Korea. */
export type WindSpeedUnit = 'km/h' | 'mph' | 'm/s';
export const WIND_SPEED_UNITS: readonly WindSpeedUnit[] = ['km/h', 'm/s', 'mph'];

export type Units = Readonly<{
  system: UnitSystem;
  temperature: '°C' | '°F';
  /** The system's own (km/h or mph) unless the person or their region says otherwise. */
  windSpeed: WindSpeedUnit;
  precipitation: 'mm' | 'in';
}>;

/** The units a fetch is asked in: a system alone means that system's own units. */
export type UnitsWanted = UnitSystem | Units;

/** A place a person can pick: from geocoding, or typed as coordinates. */
export type Place = Readonly<{
  /** Stable id, prefixed by where it came from: `open-meteo:2950159`, `owm:52.52,13.41`, `coords:52.52,13.41`. */
  id: string;
  name: string;
  /** State, province or other first-level region, when known. */
  region: string | null;
  country: string | null;
  countryCode: string | null;
  latitude: number;
  longitude: number;
  /** IANA time zone, e.g. `Europe/Berlin`; `auto` when the provider has to work it out. */
  timezone: string;
  population: number | null;
}>;

export type ConditionCode =
  | 'clear'
  | 'mainly-clear'
  | 'partly-cloudy'
  | 'overcast'
  | 'fog'
  | 'drizzle'
  | 'freezing-drizzle'
  | 'rain'
  | 'heavy-rain'
  | 'freezing-rain'
  | 'snow'
  | 'heavy-snow'
  | 'rain-showers'
  | 'snow-showers'
  | 'thunderstorm'
  | 'thunderstorm-hail'
  | 'sleet'
  | 'squalls'
  | 'tornado'
  | 'unknown';

export type Condition = Readonly<{
  code: ConditionCode;
  /** Short words for a person: "Partly cloudy". */
  text: string;
  /** Icon name, day/night aware: `clear-day`, `clear-night`, `rain`. */
  icon: string;
  /** Thunderstorms, heavy snow, freezing rain: worth a notification. */
  severe: boolean;
}>;

/** A moment, both unambiguous and readable: ISO 8601 in the place's own offset, `2026-11-25T07:41:00+01:00`. */
export type LocalTime = string;

type CurrentConditions = Readonly<{
  time: LocalTime;
  temperature: number | null;
  feelsLike: number | null;
  humidity: number | null;
  windSpeed: number | null;
  /** Degrees the wind comes from, 0 = north. */
  windDirection: number | null;
  windGusts: number | null;
  precipitation: number | null;
  precipitationProbability: number | null;
  condition: Condition;
  isDay: boolean;
  /** UV index now; null where the provider gives none (OpenWeatherMap's free current weather). */
  uvIndex: number | null;
}>;

export type HourlyPoint = Readonly<{
  time: LocalTime;
  temperature: number | null;
  feelsLike: number | null;
  precipitation: number | null;
  precipitationProbability: number | null;
  windSpeed: number | null;
  condition: Condition;
  isDay: boolean;
}>;

export type DailyPoint = Readonly<{
  /** The local calendar date, `2026-11-25`. */
  date: string;
  temperatureMin: number | null;
  temperatureMax: number | null;
  precipitationSum: number | null;
  precipitationProbabilityMax: number | null;
  windSpeedMax: number | null;
  condition: Condition;
  sunrise: LocalTime | null;
  sunset: LocalTime | null;
  /** The day's highest UV index; null where the provider gives none. */
  uvIndexMax: number | null;
}>;

/**
 * Where the quarter-hours come from: a regional 15-minute model (HRRR over North America, ICON-D2
 * and AROME over Central Europe), or hourly values spread over the quarters, which say nothing
 * about when within the hour rain starts.
 */
export type QuarterHourSource = 'regional-model' | 'interpolated';

type QuarterHourPoint = Readonly<{
  /** The end of the quarter-hour: the amount fell in the 15 minutes before this time. */
  time: LocalTime;
  /** Amount in the 15 minutes before `time`, in `units.precipitation`. */
  precipitation: number | null;
}>;

export type QuarterHours = Readonly<{
  source: QuarterHourSource;
  /** Minutes per point: 15. */
  intervalMinutes: number;
  /** The quarter-hour now running (its amount is the past 15 minutes) and the two hours after it. */
  points: readonly QuarterHourPoint[];
}>;

export type Weather = Readonly<{
  provider: ProviderId;
  /** Credit the data source must be given where the data is shown. */
  attribution: string;
  units: Units;
  latitude: number;
  longitude: number;
  /** The time zone the times are expressed in (IANA name, or a fixed offset like `+05:30`). */
  timezone: string;
  /** When the provider says the current values were observed or modelled, in local time. */
  observedAt: LocalTime;
  /** When we received it, epoch milliseconds. */
  fetchedAt: number;
  current: CurrentConditions;
  sunrise: LocalTime | null;
  sunset: LocalTime | null;
  /** Hours between hourly points: 1 for Open-Meteo, 3 for OpenWeatherMap's free forecast. */
  hourlyStepHours: number;
  hourly: readonly HourlyPoint[];
  daily: readonly DailyPoint[];
  /** Precipitation by quarter-hour for the next two hours; null where the provider has none (OpenWeatherMap). */
  quarterHours: QuarterHours | null;
}>;

/** A system's units, with the wind in `windSpeed` when given (null: the system's own, km/h or mph). */
export function unitsFor(system: UnitSystem, windSpeed: WindSpeedUnit | null = null): Units {
  return system === 'metric'
    ? { system, temperature: '°C', windSpeed: windSpeed ?? 'km/h', precipitation: 'mm' }
    : { system, temperature: '°F', windSpeed: windSpeed ?? 'mph', precipitation: 'in' };
}

export function unitsOf(wanted: UnitsWanted): Units {
  return typeof wanted === 'string' ? unitsFor(wanted) : wanted;
}

/** What tells units apart: the system fixes temperature and precipitation, the wind may differ. */
export function unitsKey(units: Units): string {
  return `${units.system}|${units.windSpeed}`;
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
