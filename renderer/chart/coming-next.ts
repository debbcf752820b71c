// What the sky does next, in a few words under the current conditions: "Rain from 15:00",
// "Dry from Thu 03:00", "Dry for the next 48 hours". Read from the same hours the chart draws.
import type { ConditionCode } from '../../main/core/model/model.ts';
import { conditionGroup, conditionWords } from '../../main/wording/condition.ts';
import type { Wording } from '../../main/wording/wording.ts';
import { dayAndTime } from '../day-and-time.ts';
import type { ChartHour } from './chart-series.ts';

type NextWording = Pick<Wording, 't' | 'weekday' | 'clock'>;

/** Conditions that fall from the sky or blow hard enough to plan around. */
const isWet = (code: ConditionCode): boolean => ['rain', 'snow', 'storm'].includes(conditionGroup(code));

/** "15:00" on the same day as `today`, "Thu 03:00" on another. */
function when(hour: ChartHour, today: string, wording: NextWording): string {
  return hour.time.slice(0, 10) === today ? wording.clock(hour.time) : dayAndTime(hour.time, wording);
}

/**
 * The next change between wet and dry after the current hour. `current` is the condition now;
 * `hours` start at the hour in progress. Null when there are no hours to tell from.
 */
export function comingNext(current: ConditionCode, hours: readonly ChartHour[], today: string, wording: NextWording): string | null {
  if (!hours.length) return null;
  const { t } = wording;
  const wetNow = isWet(current);
  const change = hours.slice(1).find((h) => isWet(h.condition) !== wetNow);
  const span = hours.length * Math.max(1, hoursBetween(hours));
  if (!change)
    return wetNow
      ? t('window.chart.next.wetFor', { condition: conditionWords(current, wording), hours: span })
      : t('window.chart.next.dryFor', { hours: span });
  const at = when(change, today, wording);
  return wetNow
    ? t('window.chart.next.dryFrom', { when: at })
    : t('window.chart.next.wetFrom', { condition: conditionWords(change.condition, wording), when: at });
}

function hoursBetween(hours: readonly ChartHour[]): number {
  const [a, b] = hours;
  return a && b ? Math.round((b.at - a.at) / 3_600_000) : 1;
}
