// Settings: typed, with defaults, and validated wherever they come from (the window, the CLI, or a
// database written by an older Skytray).
import { WeatherError } from '../errors.ts';
import { PROVIDER_IDS, WIND_SPEED_UNITS, assertNever, unitsFor, type ProviderId, type Units, type UnitSystem, type WindSpeedUnit } from './model.ts';
import { checkOrigin, type ProviderConfig } from '../providers/provider-config.ts';
import { LOG_LEVELS, type LogLevel } from './log-level.ts';
import { isLocaleCode, type LocaleCode } from '../../wording/locales.ts';

type QuietHours = Readonly<{ start: string; end: string }>;

export type NotificationSettings = Readonly<{
  /** Master switch; off by default: notifications are opt-in. */
  enabled: boolean;
  rainSoon: boolean;
  severe: boolean;
  /** Local `HH:MM` to `HH:MM`; may wrap past midnight. */
  quietHours: QuietHours | null;
  cooldownMinutes: number;
  /** Official warnings of at least this CAP severity notify, once per warning; 'off' never. */
  warnings: WarningNoticeLevel;
  /** An Extreme warning is shown even in quiet hours (a danger to life should wake you). */
  extremeAlertsIgnoreQuietHours: boolean;
}>;

/** The least severe official warning that notifies. */
type WarningNoticeLevel = 'off' | 'Moderate' | 'Severe' | 'Extreme';
const WARNING_NOTICE_LEVELS: readonly WarningNoticeLevel[] = ['off', 'Moderate', 'Severe', 'Extreme'];

/** Which air-quality index the window shows; 'auto': the US AQI for places in the US, the European elsewhere. */
type AirQualityScale = 'auto' | 'european' | 'us';
const AIR_QUALITY_SCALES: readonly AirQualityScale[] = ['auto', 'european', 'us'];

/** 12- or 24-hour clock. */
type HourCycle = 'h12' | 'h23';
const HOUR_CYCLES: readonly HourCycle[] = ['h12', 'h23'];

export type Settings = Readonly<{
  units: UnitSystem;
  /**
   * The person picked the units themselves. Until they do, the app uses their region's units
   * (regionUnits) and keeps following the region; a patch that sets `units` or `windUnit` sets this too.
   */
  unitsChosen: boolean;
  /**
   * Wind in another unit than the system's own (m/s with metric, say); null: the system's own,
   * km/h or mph. Set by the person, or by their region while they have not chosen units.
   */
  windUnit: WindSpeedUnit | null;
  /** The language of every word Skytray shows; null: the first of the system's languages Skytray speaks. */
  language: LocaleCode | null;
  /** 12- or 24-hour clock; null: the custom of the language's region. */
  hourCycle: HourCycle | null;
  refreshIntervalMinutes: number;
  provider: ProviderId;
  /** Open-Meteo is self-hostable; null means the public service. */
  openMeteoForecastUrl: string | null;
  openMeteoGeocodingUrl: string | null;
  openWeatherMapUrl: string | null;
  /** Where the official warnings services and the air-quality API live; null means the public ones. */
  nwsUrl: string | null;
  metAlertsUrl: string | null;
  meteoAlarmUrl: string | null;
  airQualityUrl: string | null;
  airQualityScale: AirQualityScale;
  notifications: NotificationSettings;
  launchAtLogin: boolean;
  /** Keep the window in the taskbar (Dock on macOS) and minimise it on close, as when no tray icon can be seen. */
  keepWindowInTaskbar: boolean;
  /** The one-time note on where the tray icon is (Linux without a tray host, Windows) was shown. */
  trayHintShown: boolean;
  /** How much goes into the log file; SKYTRAY_LOG overrides it. */
  logLevel: LogLevel;
}>;

/** The quiet hours switched on by default, and by the window's "Quiet" switch. */
export const DEFAULT_QUIET_HOURS: QuietHours = { start: '22:00', end: '07:00' };

export const DEFAULT_SETTINGS: Settings = {
  units: 'metric',
  unitsChosen: false,
  windUnit: null,
  language: null,
  hourCycle: null,
  refreshIntervalMinutes: 15,
  provider: 'open-meteo',
  openMeteoForecastUrl: null,
  openMeteoGeocodingUrl: null,
  openWeatherMapUrl: null,
  notifications: {
    enabled: false,
    rainSoon: true,
    severe: true,
    quietHours: DEFAULT_QUIET_HOURS,
    cooldownMinutes: 180,
    // Severe and Extreme: CAP's "significant" and "extraordinary threat to life or property". Moderate
    // covers the everyday yellow warnings, several a week in many regions: a notification each would
    // teach people to ignore them. The window still lists every warning.
    warnings: 'Severe',
    extremeAlertsIgnoreQuietHours: false,
  },
  launchAtLogin: false,
  keepWindowInTaskbar: false,
  trayHintShown: false,
  logLevel: 'info',
  nwsUrl: null,
  metAlertsUrl: null,
  meteoAlarmUrl: null,
  airQualityUrl: null,
  airQualityScale: 'auto',
};

export const REFRESH_MINUTES = { min: 5, max: 180 } as const;
/** OpenWeatherMap's data changes every 10 minutes: asking more often only spends the user's quota. */
const PROVIDER_MIN_REFRESH_MINUTES: Record<ProviderId, number> = { 'open-meteo': 5, openweathermap: 10 };

const invalid = (message: string): WeatherError => new WeatherError('invalid-input', message);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

function checkKeys(value: Record<string, unknown>, allowed: readonly string[], what: string): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) throw invalid(`${what} has no setting "${key.slice(0, 40)}".`);
}

function url(value: unknown, what: string): string | null {
  if (value === null || value === '') return null;
  if (typeof value !== 'string' || value.length > 2048) throw invalid(`${what} must be a URL or empty.`);
  return checkOrigin(value, what);
}

function language(value: unknown): LocaleCode | null {
  if (value === null) return null;
  if (typeof value !== 'string' || !isLocaleCode(value)) throw invalid("Language must be one of Skytray's languages, or null.");
  return value;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

function notifications(value: unknown, current: NotificationSettings): NotificationSettings {
  if (!isRecord(value)) throw invalid('Notifications must be an object.');
  checkKeys(value, Object.keys(DEFAULT_SETTINGS.notifications), 'Notifications');
  const next = { ...current };
  for (const key of ['enabled', 'rainSoon', 'severe', 'extremeAlertsIgnoreQuietHours'] as const) {
    if (key in value) {
      if (typeof value[key] !== 'boolean') throw invalid(`Notifications "${key}" must be true or false.`);
      next[key] = value[key];
    }
  }
  if ('warnings' in value) {
    if (!WARNING_NOTICE_LEVELS.includes(value['warnings'] as WarningNoticeLevel))
      throw invalid(`Notifications "warnings" must be one of ${WARNING_NOTICE_LEVELS.join(', ')}.`);
    next.warnings = value['warnings'] as WarningNoticeLevel;
  }
  if ('cooldownMinutes' in value) {
    const m = value['cooldownMinutes'];
    if (typeof m !== 'number' || !Number.isInteger(m) || m < 15 || m > 1440)
      throw invalid('Notification cooldown must be a whole number of minutes from 15 to 1440.');
    next.cooldownMinutes = m;
  }
  if ('quietHours' in value) {
    const q = value['quietHours'];
    if (q === null) next.quietHours = null;
    else if (
      isRecord(q) &&
      typeof q['start'] === 'string' &&
      typeof q['end'] === 'string' &&
      HHMM.test(q['start']) &&
      HHMM.test(q['end']) &&
      Object.keys(q).length === 2
    ) {
      next.quietHours = { start: q['start'], end: q['end'] };
    } else throw invalid('Quiet hours must be {start, end} as HH:MM, or null.');
  }
  return next;
}

/** `current` with `patch` applied, every field checked; unknown fields are refused, not ignored. */
export function applySettingsPatch(current: Settings, patch: unknown): Settings {
  if (!isRecord(patch)) throw invalid('Settings must be an object.');
  checkKeys(patch, Object.keys(DEFAULT_SETTINGS), 'Skytray');
  const next: { -readonly [K in keyof Settings]: Settings[K] } = { ...current };
  if ('units' in patch) {
    if (patch['units'] !== 'metric' && patch['units'] !== 'imperial') throw invalid('Units must be "metric" or "imperial".');
    next.units = patch['units'];
    next.unitsChosen = true;
  }
  if ('windUnit' in patch) {
    if (patch['windUnit'] !== null && !WIND_SPEED_UNITS.includes(patch['windUnit'] as WindSpeedUnit))
      throw invalid(`Wind unit must be one of ${WIND_SPEED_UNITS.join(', ')}, or null.`);
    next.windUnit = patch['windUnit'] as WindSpeedUnit | null;
    next.unitsChosen = true;
  }
  if ('unitsChosen' in patch) {
    if (typeof patch['unitsChosen'] !== 'boolean') throw invalid('"unitsChosen" must be true or false.');
    next.unitsChosen = patch['unitsChosen'];
  }
  if ('language' in patch) next.language = language(patch['language']);
  if ('hourCycle' in patch) {
    if (patch['hourCycle'] !== null && !HOUR_CYCLES.includes(patch['hourCycle'] as HourCycle))
      throw invalid(`Hour cycle must be one of ${HOUR_CYCLES.join(', ')}, or null.`);
    next.hourCycle = patch['hourCycle'] as HourCycle | null;
  }
  if ('provider' in patch) {
    if (!PROVIDER_IDS.includes(patch['provider'] as ProviderId)) throw invalid(`Provider must be one of ${PROVIDER_IDS.join(', ')}.`);
    next.provider = patch['provider'] as ProviderId;
  }
  if ('refreshIntervalMinutes' in patch) {
    const m = patch['refreshIntervalMinutes'];
    if (typeof m !== 'number' || !Number.isInteger(m) || m < REFRESH_MINUTES.min || m > REFRESH_MINUTES.max) {
      throw invalid(`Refresh interval must be a whole number of minutes from ${REFRESH_MINUTES.min} to ${REFRESH_MINUTES.max}.`);
    }
    next.refreshIntervalMinutes = m;
  }
  if ('openMeteoForecastUrl' in patch) next.openMeteoForecastUrl = url(patch['openMeteoForecastUrl'], 'The Open-Meteo forecast URL');
  if ('openMeteoGeocodingUrl' in patch) next.openMeteoGeocodingUrl = url(patch['openMeteoGeocodingUrl'], 'The Open-Meteo geocoding URL');
  if ('openWeatherMapUrl' in patch) next.openWeatherMapUrl = url(patch['openWeatherMapUrl'], 'The OpenWeatherMap URL');
  if ('nwsUrl' in patch) next.nwsUrl = url(patch['nwsUrl'], 'The National Weather Service URL');
  if ('metAlertsUrl' in patch) next.metAlertsUrl = url(patch['metAlertsUrl'], 'The MET Norway URL');
  if ('meteoAlarmUrl' in patch) next.meteoAlarmUrl = url(patch['meteoAlarmUrl'], 'The MeteoAlarm URL');
  if ('airQualityUrl' in patch) next.airQualityUrl = url(patch['airQualityUrl'], 'The air-quality URL');
  if ('airQualityScale' in patch) {
    if (!AIR_QUALITY_SCALES.includes(patch['airQualityScale'] as AirQualityScale))
      throw invalid(`Air-quality scale must be one of ${AIR_QUALITY_SCALES.join(', ')}.`);
    next.airQualityScale = patch['airQualityScale'] as AirQualityScale;
  }
  if ('notifications' in patch) next.notifications = notifications(patch['notifications'], current.notifications);
  if ('launchAtLogin' in patch) {
    if (typeof patch['launchAtLogin'] !== 'boolean') throw invalid('Launch at login must be true or false.');
    next.launchAtLogin = patch['launchAtLogin'];
  }
  for (const key of ['keepWindowInTaskbar', 'trayHintShown'] as const) {
    if (key in patch) {
      if (typeof patch[key] !== 'boolean') throw invalid(`"${key}" must be true or false.`);
      next[key] = patch[key];
    }
  }
  if ('logLevel' in patch) {
    if (!LOG_LEVELS.includes(patch['logLevel'] as LogLevel)) throw invalid(`Log level must be one of ${LOG_LEVELS.join(', ')}.`);
    next.logLevel = patch['logLevel'] as LogLevel;
  }
  return next;
}

/** The units every fetch is made in: the system's, with the wind unit chosen. */
export function unitsOfSettings(settings: Pick<Settings, 'units' | 'windUnit'>): Units {
  return unitsFor(settings.units, settings.windUnit);
}

/** The interval actually used: the setting, raised to the provider's minimum. */
export function effectiveRefreshMinutes(settings: Settings): number {
  return Math.max(settings.refreshIntervalMinutes, PROVIDER_MIN_REFRESH_MINUTES[settings.provider]);
}

/** The provider the settings choose, where it lives, and (OpenWeatherMap only) the user's key. */
export function providerConfigFor(settings: Settings, apiKey: () => string | null): ProviderConfig {
  const { provider } = settings;
  switch (provider) {
    case 'open-meteo':
      return { provider, forecastUrl: settings.openMeteoForecastUrl, geocodingUrl: settings.openMeteoGeocodingUrl, apiKey: null };
    case 'openweathermap':
      return { provider, forecastUrl: settings.openWeatherMapUrl, geocodingUrl: settings.openWeatherMapUrl, apiKey: apiKey() };
    default:
      return assertNever(provider);
  }
}
