// Times of day and days of the week. Times arrive as ISO 8601 in the place's own offset, so the
// local wall-clock reading is right there in the string: no time-zone lookup needed.
import type { LocalTime } from '../core/model/model.ts';
import { UNKNOWN } from './numbers.ts';

/** "07:41" from `2026-11-25T07:41:00+01:00`; UNKNOWN when there is no time. */
export function localClock(time: LocalTime | null): string {
  return time ? time.slice(11, 16) : UNKNOWN;
}

/** "Wed" for the calendar date `2026-11-25`. */
export function weekday(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).toLocaleDateString('en', { weekday: 'short', timeZone: 'UTC' });
}
