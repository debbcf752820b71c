// All the words and numbers of one language: messages from its catalogue (ICU MessageFormat via
// intl-messageformat, each compiled once) and Intl formats for numbers, units, clock times, dates,
// ages and lists. The tray, the window and the CLI each make one and pass it to what they show.
import type { Units } from '../core/model/model.ts';
import { cached } from './cached.ts';
import { catalogueFor } from './catalogues.ts';
import { textDirection } from './locales.ts';
import type { LocaleCode, TextDirection } from './locales.ts';
import { messageFormatter } from './message-formatter.ts';
import type { MessageFormatter } from './message-formatter.ts';
import type { WindUnit } from './region-units.ts';

/** What stands in for a value the provider did not give (the same as numbers.ts' UNKNOWN). */
const UNKNOWN = '–';

type HourCycle = 'h12' | 'h23';

export type WordingOptions = Readonly<{
  /** 12- or 24-hour clock, when the person chose one. @default the format locale's custom */
  hourCycle?: HourCycle | undefined;
  /**
   * The person's own tag in the same language (from formatLocaleFor), for numbers and dates:
   * 'en-GB' gets a 24-hour clock, 'ar-EG' Arabic-Indic digits. @default the locale itself
   */
  formatLocale?: string | undefined;
}>;

export type Wording = Readonly<{
  locale: LocaleCode;
  /** The tag Intl formats with. */
  formatLocale: string;
  direction: TextDirection;
  hourCycle: HourCycle;
  /** The message for a key, with its placeholders filled: t('common.placeCount', { count: 3 }). */
  t: MessageFormatter;
  /** "3", "-2,5", never "-0": rounded half away from zero to exactly `digits` decimals. @default 0 digits */
  number: (value: number | null, digits?: number) => string;
  /** "83%", "83 %" for 0–100. */
  percent: (value: number | null) => string;
  /** "7°C", "-6,6 °C"; '°' alone where the unit is understood: "7°". */
  temperature: (value: number | null, symbol: Units['temperature'] | '°', digits?: number) => string;
  /** "12 km/h NE", "5 mph", "3 m/s". */
  wind: (speed: number | null, unit: WindUnit, direction: number | null) => string;
  /** "0.3 mm", "0.04 in". */
  precipitation: (amount: number | null, unit: Units['precipitation']) => string;
  /** The nearest of eight compass points for a bearing, in the language; '' when unknown. */
  compass: (degrees: number | null) => string;
  /** "7:41 AM" or "07:41" for the wall clock of `2026-11-25T07:41:00+01:00`: no time-zone lookup. */
  clock: (time: string | null) => string;
  /** "Wed", "Mi", "水" (short) or "Wednesday" (long) for the calendar date `2026-11-25`. */
  weekday: (date: string, width?: 'short' | 'long') => string;
  /** "Nov 25", "25. Nov." (short) or "Wednesday, November 25" (long) for `2026-11-25`. */
  date: (date: string, width?: 'short' | 'long') => string;
  /** "just now", "5 min. ago", "vor 3 Std.", "2 days ago"; "never" when null. */
  age: (ageMs: number | null) => string;
  /** "a, b, and c"; "a, b oder c" with 'disjunction'. */
  list: (items: readonly string[], type?: 'conjunction' | 'disjunction') => string;
}>;

const MINUTE_MS = 60_000;
const COMPASS = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'] as const;
const UNIT: Readonly<Record<Units['temperature'] | WindUnit | Units['precipitation'], string>> = {
  '°C': 'celsius',
  '°F': 'fahrenheit',
  'km/h': 'kilometer-per-hour',
  mph: 'mile-per-hour',
  'm/s': 'meter-per-second',
  mm: 'millimeter',
  in: 'inch',
};
/**
 * Narrow Celsius is "7°C" everywhere (short is "7 st. C" in Polish); narrow Fahrenheit is a bare
 * "45°" in American English, where the unit goes without saying, so Fahrenheit is short: "45°F".
 */
const TEMPERATURE_DISPLAY = { '°C': 'narrow', '°F': 'short' } as const;
/** A tenth of a millimetre is worth telling apart; a tenth of an inch is 2.5 mm, so inches get two decimals. */
const PRECIPITATION_DIGITS: Readonly<Record<Units['precipitation'], number>> = { mm: 1, in: 2 };

/** The clock a locale uses when the person has not chosen: 'en' → h12, 'de' → h23. */
function localeHourCycle(formatLocale: string): HourCycle {
  const cycle = new Intl.DateTimeFormat(formatLocale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h11' || cycle === 'h12' ? 'h12' : 'h23';
}

/** Wall-clock parts read from an ISO date or date-time string, as a UTC instant to format in UTC. */
function wallClock(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  return new Date(Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1, h || 0, mi || 0));
}

/** The words and formats of one language. */
export function createWording(locale: LocaleCode, options: WordingOptions = {}): Wording {
  const formatLocale = options.formatLocale ?? locale;
  const hourCycle = options.hourCycle ?? localeHourCycle(formatLocale);
  const t = messageFormatter(catalogueFor(locale), formatLocale);
  const numberFormat = cached(
    (spec: string) =>
      new Intl.NumberFormat(formatLocale, {
        ...(JSON.parse(spec) as Intl.NumberFormatOptions),
        roundingMode: 'halfExpand',
        signDisplay: 'negative',
      }),
  );
  const formatIn = (value: number | null, digits: number, extra: Intl.NumberFormatOptions = {}): string =>
    value === null || !Number.isFinite(value)
      ? UNKNOWN
      : numberFormat(JSON.stringify({ ...extra, minimumFractionDigits: digits, maximumFractionDigits: digits })).format(value);
  const unitIn = (value: number | null, digits: number, unit: string, unitDisplay: 'short' | 'narrow'): string =>
    formatIn(value, digits, { style: 'unit', unit, unitDisplay });
  const dateFormat = cached((spec: string) => new Intl.DateTimeFormat(formatLocale, { ...(JSON.parse(spec) as Intl.DateTimeFormatOptions), timeZone: 'UTC' }));
  const onDate = (iso: string | null, options: Intl.DateTimeFormatOptions): string => {
    const instant = iso === null ? null : wallClock(iso);
    return instant ? dateFormat(JSON.stringify(options)).format(instant) : UNKNOWN;
  };
  const relative = new Intl.RelativeTimeFormat(formatLocale, { style: 'short', numeric: 'always' });
  const compass = (degrees: number | null): string => {
    if (degrees === null || !Number.isFinite(degrees)) return '';
    const point = COMPASS[Math.round((((degrees % 360) + 360) % 360) / 45) % COMPASS.length] ?? 'n';
    return t(`common.compass.${point}`);
  };

  return {
    locale,
    formatLocale,
    direction: textDirection(locale),
    hourCycle,
    t,
    number: (value, digits = 0) => formatIn(value, digits),
    percent: (value) => unitIn(value, 0, 'percent', 'short'),
    // A bare '°' is the number and the sign in every language; Intl's 'degree' unit means an angle.
    temperature: (value, symbol, digits = 0) =>
      symbol === '°'
        ? value === null || !Number.isFinite(value)
          ? UNKNOWN
          : `${formatIn(value, digits)}°`
        : unitIn(value, digits, UNIT[symbol], TEMPERATURE_DISPLAY[symbol]),
    wind: (speed, unit, direction) => {
      const text = unitIn(speed, 0, UNIT[unit], 'short');
      const point = compass(direction);
      return text === UNKNOWN || !point ? text : t('common.windWithDirection', { speed: text, direction: point });
    },
    precipitation: (amount, unit) => unitIn(amount, PRECIPITATION_DIGITS[unit], UNIT[unit], 'short'),
    compass,
    clock: (time) => onDate(time, { hour: hourCycle === 'h23' ? '2-digit' : 'numeric', minute: '2-digit', hourCycle }),
    weekday: (date, width = 'short') => onDate(date, { weekday: width }),
    date: (date, width = 'short') => onDate(date, width === 'short' ? { day: 'numeric', month: 'short' } : { weekday: 'long', day: 'numeric', month: 'long' }),
    age: (ageMs) => {
      if (ageMs === null) return t('common.age.never');
      const minutes = Math.floor(ageMs / MINUTE_MS);
      if (minutes < 1) return t('common.age.justNow');
      if (minutes < 60) return relative.format(-minutes, 'minute');
      const hours = Math.floor(minutes / 60);
      return hours < 48 ? relative.format(-hours, 'hour') : relative.format(-Math.floor(hours / 24), 'day');
    },
    list: (items, type = 'conjunction') => new Intl.ListFormat(formatLocale, { style: 'long', type }).format(items),
  };
}
