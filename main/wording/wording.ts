// All the words and numbers of one language: messages from its catalogue (ICU MessageFormat via
// intl-messageformat, each compiled once) and Intl formats for numbers, units, clock times, dates,
// ages and lists. The tray, the window and the CLI each make one and pass it to what they show:
//   main:     wordingFor(app.getPreferredSystemLanguages(), { locale: settings' choice, hourCycle })
//   window:   wordingFor(navigator.languages, { locale: settings' choice, hourCycle })
//   CLI:      wordingFor(cliTags({ lang: values.lang, ...process.env }))
import type { Units } from '../core/model/model.ts';
import { catalogueFor } from './catalogues.ts';
import { clockOptions, localeHourCycle, numberWriter, wallClockWriter } from './intl-writers.ts';
import { chooseLocale, formatLocaleFor, textDirection } from './locales.ts';
import type { LocaleCode, TextDirection } from './locales.ts';
import { messageFormatter } from './message-formatter.ts';
import type { MessageFormatter } from './message-formatter.ts';
import { UNKNOWN } from './numbers.ts';
import type { WindUnit } from './region-units.ts';

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
 * Narrow Celsius is "7°C" in most languages (short is "7 st. C" in Polish), but a bare "7°" in
 * Dutch; narrow Fahrenheit is a bare "45°" in American English. Narrow is kept only where it still
 * names the scale (see scaleNamed); Fahrenheit is short: "45°F".
 */
const TEMPERATURE_DISPLAY = { '°C': 'narrow', '°F': 'short' } as const;
/** A tenth of a millimetre is worth telling apart; a tenth of an inch is 2.5 mm, so inches get two decimals. */
const PRECIPITATION_DIGITS: Readonly<Record<Units['precipitation'], number>> = { mm: 1, in: 2 };

/** The tag as given when Intl can read it; else the catalogue's own code. */
function readableTag(tag: string | undefined, locale: LocaleCode): string {
  try {
    return tag ? (Intl.getCanonicalLocales(tag)[0] ?? locale) : locale;
  } catch {
    return locale;
  }
}

/** The words and formats of one language. */
export function createWording(locale: LocaleCode, options: WordingOptions = {}): Wording {
  const formatLocale = readableTag(options.formatLocale, locale);
  const hourCycle = options.hourCycle ?? localeHourCycle(formatLocale);
  const t = messageFormatter(catalogueFor(locale), formatLocale, textDirection(locale));
  const formatIn = numberWriter(formatLocale);
  const unitIn = (value: number | null, digits: number, unit: string, unitDisplay: 'short' | 'narrow'): string =>
    formatIn(value, digits, { style: 'unit', unit, unitDisplay });
  // Where a narrow unit is only the bare degree ("7°" in Dutch) it no longer says which scale: short.
  const scaleNamed = (value: number | null, digits: number, symbol: Units['temperature']): string => {
    const narrow = unitIn(value, digits, UNIT[symbol], TEMPERATURE_DISPLAY[symbol]);
    return value !== null && narrow === `${formatIn(value, digits)}°` ? unitIn(value, digits, UNIT[symbol], 'short') : narrow;
  };
  const onDate = wallClockWriter(formatLocale);
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
    temperature: (value, symbol, digits = 0) => {
      if (symbol !== '°') return scaleNamed(value, digits, symbol);
      return value === null || !Number.isFinite(value) ? UNKNOWN : `${formatIn(value, digits)}°`;
    },
    wind: (speed, unit, direction) => {
      const text = unitIn(speed, 0, UNIT[unit], 'short');
      const point = compass(direction);
      return text === UNKNOWN || !point ? text : t('common.windWithDirection', { speed: text, direction: point });
    },
    precipitation: (amount, unit) => unitIn(amount, PRECIPITATION_DIGITS[unit], UNIT[unit], 'short'),
    compass,
    clock: (time) => onDate(time, clockOptions(formatLocale, hourCycle)),
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

/** What a person chose in Settings, overriding their system; null or absent: follow the system. */
export type WordingChoice = Readonly<{ locale?: LocaleCode | null | undefined; hourCycle?: HourCycle | null | undefined }>;

/** The Wording for a person's languages in their order of preference, unless they chose one. */
export function wordingFor(preferred: readonly string[], choice: WordingChoice = {}): Wording {
  const locale = choice.locale ?? chooseLocale(preferred);
  return createWording(locale, { formatLocale: formatLocaleFor(preferred, locale), hourCycle: choice.hourCycle ?? undefined });
}
