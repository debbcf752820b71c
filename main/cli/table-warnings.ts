// The line under a place in the `weather` table when official warnings are in force there (or when
// they could not be had): the worst one, and how many more `weather alerts` would show.
import type { PlaceAlerts } from '../core/alerts/alert-fetcher.ts';
import { isValidTimeZone, toLocalIso } from '../core/model/local-time.ts';
import type { Wording } from '../wording/wording.ts';
import { cliErrorText } from './cli-error-text.ts';

/** Under the row, set in from the place's name. */
const INDENT = '  ';

/** "Wed 18:00" in the place's own time; UTC for a place with no zone yet. */
function localEnd(iso: string, timeZone: string, wording: Wording): string {
  const local = toLocalIso(Date.parse(iso), isValidTimeZone(timeZone) ? timeZone : 'UTC');
  return wording.t('cli.warning.ends', { weekday: wording.weekday(local.slice(0, 10)), time: wording.clock(local) });
}

/** No lines when no service covers the place or none is in force. */
export function warningLines(result: PlaceAlerts | null | undefined, wording: Wording): string[] {
  if (!result || result.source === null) return [];
  const { t } = wording;
  if (result.error) return [INDENT + t('cli.warning.failed', { reason: cliErrorText(wording, result.error) })];
  const [worst, ...rest] = result.alerts;
  if (!worst) return [];
  const end = worst.ends ?? worst.expires;
  const severity = t(`cli.severity.${worst.severity}`);
  const warning = end
    ? t('cli.warning.until', { event: worst.event, severity, until: localEnd(end, result.place.timezone, wording) })
    : t('cli.warning.open', { event: worst.event, severity });
  const lines = [INDENT + warning];
  if (rest.length) lines.push(INDENT + t('cli.warning.more', { count: rest.length, place: result.place.name }));
  return lines;
}
