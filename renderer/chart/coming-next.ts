// What the sky does next, in a few words under the current conditions: "Rain from 15:00",
// "Dry from Thu 03:00", "Dry for the next 48 hours". Read from the same hours the chart draws.
import type { ConditionCode } from '../../main/core/model/model.ts';
import { conditionGroup, conditionWords } from '../../main/wording/condition.ts';
import { localClock, weekday } from '../../main/wording/time.ts';
import type { ChartHour } from './chart-series.ts';

/** Conditions that fall from the sky or blow hard enough to plan around. */
const isWet = (code: ConditionCode): boolean => ['rain', 'snow', 'storm'].includes(conditionGroup(code));

/** "15:00" on the same day as `today`, "Thu 03:00" on another. */
function when(hour: ChartHour, today: string): string {
  const date = hour.time.slice(0, 10);
  return date === today ? localClock(hour.time) : `${weekday(date)} ${localClock(hour.time)}`;
}

/**
 * The next change between wet and dry after the current hour. `current` is the condition now;
 * `hours` start at the hour in progress. Null when there are no hours to tell from.
 */
export function comingNext(current: ConditionCode, hours: readonly ChartHour[], today: string): string | null {
  if (!hours.length) return null;
  const wetNow = isWet(current);
  const change = hours.slice(1).find((h) => isWet(h.condition) !== wetNow);
  const span = `the next ${hours.length * Math.max(1, hoursBetween(hours))} hours`;
  if (!change) return wetNow ? `${conditionWords(current)} for ${span}` : `Dry for ${span}`;
  return wetNow ? `Dry from ${when(change, today)}` : `${conditionWords(change.condition)} from ${when(change, today)}`;
}

function hoursBetween(hours: readonly ChartHour[]): number {
  const [a, b] = hours;
  return a && b ? Math.round((b.at - a.at) / 3_600_000) : 1;
}
