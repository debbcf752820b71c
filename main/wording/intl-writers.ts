// The Intl formatters behind a Wording, each made once per option set: numbers with Skytray's
// rounding (half away from zero, never "-0"), and dates and clock times read off the wall clock
// in an ISO string, formatted in UTC so this machine's time zone never shifts them.
import { cached } from './cached.ts';
import { UNKNOWN } from './numbers.ts';

/** Writes a number, or UNKNOWN for a missing one, to exactly `digits` decimals. */
export type NumberWriter = (value: number | null, digits: number, extra?: Intl.NumberFormatOptions) => string;

export function numberWriter(formatLocale: string): NumberWriter {
  const format = cached(
    (spec: string) =>
      new Intl.NumberFormat(formatLocale, { ...(JSON.parse(spec) as Intl.NumberFormatOptions), roundingMode: 'halfExpand', signDisplay: 'negative' }),
  );
  return (value, digits, extra = {}) =>
    value === null || !Number.isFinite(value)
      ? UNKNOWN
      : format(JSON.stringify({ ...extra, minimumFractionDigits: digits, maximumFractionDigits: digits })).format(value);
}

/** Wall-clock parts read from an ISO date or date-time string, as a UTC instant to format in UTC. */
function wallClock(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  return new Date(Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1, h || 0, mi || 0));
}

/** Writes the wall-clock date or time of an ISO string, or UNKNOWN for a missing or unreadable one. */
export type WallClockWriter = (iso: string | null, options: Intl.DateTimeFormatOptions) => string;

export function wallClockWriter(formatLocale: string): WallClockWriter {
  const format = cached((spec: string) => new Intl.DateTimeFormat(formatLocale, { ...(JSON.parse(spec) as Intl.DateTimeFormatOptions), timeZone: 'UTC' }));
  return (iso, options) => {
    const instant = iso === null ? null : wallClock(iso);
    return instant ? format(JSON.stringify(options)).format(instant) : UNKNOWN;
  };
}

/** The clock a locale uses when the person has not chosen: 'en' → h12, 'de' and 'en-GB' → h23. */
export function localeHourCycle(formatLocale: string): 'h12' | 'h23' {
  const cycle = new Intl.DateTimeFormat(formatLocale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h11' || cycle === 'h12' ? 'h12' : 'h23';
}

/**
 * The clock's format options: a 24-hour clock in the locale's own short time pattern ("07:41" in
 * German, "7:41" in Japanese and Spanish); a 12-hour clock in the locale's own 12-hour cycle, which
 * is h11 in Japanese ("午前0:05"). hour12 lets ICU pick that cycle, but only from a plain
 * language-region tag, so the region is filled in first ('ja' → 'ja-JP'; 'ja-Jpan-JP' gets h12).
 */
export function clockOptions(formatLocale: string, hourCycle: 'h12' | 'h23'): Intl.DateTimeFormatOptions {
  if (hourCycle === 'h23') return { timeStyle: 'short', hourCycle: 'h23' };
  let regional = formatLocale;
  try {
    const { language, region } = new Intl.Locale(formatLocale).maximize();
    regional = region ? `${language}-${region}` : language;
  } catch {
    // A tag Intl cannot read: its own default cycle.
  }
  const own = new Intl.DateTimeFormat(regional, { hour: 'numeric', hour12: true }).resolvedOptions().hourCycle;
  return { hour: 'numeric', minute: '2-digit', hourCycle: own === 'h11' ? 'h11' : 'h12' };
}
