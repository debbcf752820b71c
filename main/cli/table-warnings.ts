// The line under a place in the `weather` table when official warnings are in force there (or when
// they could not be had): the worst one, and how many more `weather alerts` would show.
import type { PlaceAlerts } from '../core/alerts/alert-fetcher.ts';
import { isValidTimeZone, toLocalIso } from '../core/model/local-time.ts';
import { localClock, weekday } from '../wording/time.ts';
import { cliErrorText } from './cli-error-text.ts';

/** Whole sentences with placeholders, one place, ready for the message catalogue. */
const MESSAGES = {
  until: '  Warning: {event} ({severity}) until {until}',
  open: '  Warning: {event} ({severity})',
  more: '  {count} more in force: weather alerts "{place}"',
  failed: '  Warnings could not be had: {reason}',
} as const;

const fill = (template: string, values: Readonly<Record<string, string>>): string => template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

/** "Wed 18:00" in the place's own time; UTC for a place with no zone yet. */
function localEnd(iso: string, timeZone: string): string {
  const local = toLocalIso(Date.parse(iso), isValidTimeZone(timeZone) ? timeZone : 'UTC');
  return `${weekday(local.slice(0, 10))} ${localClock(local)}`;
}

/** No lines when no service covers the place or none is in force. */
export function warningLines(result: PlaceAlerts | null | undefined): string[] {
  if (!result || result.source === null) return [];
  if (result.error) return [fill(MESSAGES.failed, { reason: cliErrorText(result.error.toInfo()) })];
  const [worst, ...rest] = result.alerts;
  if (!worst) return [];
  const end = worst.ends ?? worst.expires;
  const values = { event: worst.event, severity: worst.severity, until: end ? localEnd(end, result.place.timezone) : '' };
  const lines = [fill(end ? MESSAGES.until : MESSAGES.open, values)];
  if (rest.length) lines.push(fill(MESSAGES.more, { count: String(rest.length), place: result.place.name }));
  return lines;
}
