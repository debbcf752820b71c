// Times of day and days of the week. Times arrive as ISO 8601 in the place's own offset, so the
// local wall-clock reading is right there in the string: no time-zone lookup needed.
import type { LocalTime } from '../core/model/model.ts';
import { UNKNOWN } from './numbers.ts';

/** "07:41" from `2026-11-25T07:41:00+01:00`; UNKNOWN when there is no time. */
function localClock(time: LocalTime | null): string {
  return time ? time.slice(11, 16) : UNKNOWN;
}

/** "Wed" for the calendar date `2026-11-25`. */
function weekday(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).toLocaleDateString('en', { weekday: 'short', timeZone: 'UTC' });
}

/**
 * "Wed 14:00": an instant (ISO 8601 with any offset, as a warnings service sends it) read on the
 * clock of the IANA zone `timeZone`, the place's own (one Intl can not read: the instant's own
 * offset); UNKNOWN when there is no time or it cannot be read.
 */
export function weekdayClockIn(instant: string | null, timeZone: string): string {
  const time = instant === null ? NaN : Date.parse(instant);
  if (Number.isNaN(time)) return UNKNOWN;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-GB', { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).formatToParts(time);
  } catch {
    // A zone still to be worked out (`auto`): the issuer's own clock, which its offset keeps true.
    return instant === null ? UNKNOWN : `${weekday(instant.slice(0, 10))} ${localClock(instant)}`;
  }
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('hour')}:${part('minute')}`;
}
