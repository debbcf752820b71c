// A day and a clock time in one short label ("Thu 15:00", "Do. 15:00", "木 15:00"), in the person's
// language and clock: for a wall-clock time as the forecast writes it, and for an instant read on
// the clock of a place's time zone (as warnings services send them).
import { UNKNOWN } from '../main/wording/numbers.ts';
import type { Wording } from '../main/wording/wording.ts';

type DayWording = Pick<Wording, 't' | 'weekday' | 'clock'>;

/** "Thu 15:00" from `2026-11-26T15:00+01:00`, read off its own wall clock. */
export function dayAndTime(localTime: string, wording: DayWording): string {
  return wording.t('window.chart.dayAndTime', { weekday: wording.weekday(localTime.slice(0, 10)), time: wording.clock(localTime) });
}

const wallClockParts = (timeZone: string): Intl.DateTimeFormat =>
  // i18n-ignore: a machine format, read back into digits below
  new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * An instant (ISO 8601 with any offset) on the clock of the IANA zone `timeZone`; a zone Intl cannot
 * read (`auto`, still to be worked out) keeps the instant's own offset, which its issuer wrote.
 * UNKNOWN when there is no time or it cannot be read.
 */
export function dayAndTimeIn(instant: string | null, timeZone: string, wording: DayWording): string {
  const time = instant === null ? NaN : Date.parse(instant);
  if (instant === null || Number.isNaN(time)) return UNKNOWN;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = wallClockParts(timeZone).formatToParts(time);
  } catch {
    return dayAndTime(instant, wording);
  }
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '00';
  return dayAndTime(`${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`, wording);
}
