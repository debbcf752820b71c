// Each day's lowest to highest temperature placed on one scale shared by the whole week, so a
// glance down the list shows which days are warmer, not just how much each day swings.
import type { DailyPoint } from '../../main/core/model/model.ts';
import { extent, linearScale, type Domain } from './scales.ts';

/** Where a day's bar starts and ends, in percent of the track's width. */
export type RangePlacement = Readonly<{ from: number; to: number }>;

/** The week's coldest night to its warmest afternoon; null when no day has a temperature. */
export function weekDomain(days: readonly DailyPoint[]): Domain | null {
  return extent(days.flatMap((d) => [d.temperatureMin, d.temperatureMax]));
}

const percent = (n: number): number => Math.round(n * 10) / 10;

/**
 * The day's bar on the week's scale. A day with only one of its values is a point there; a day
 * with neither has no bar. When every value in the week is the same, every bar sits in the middle.
 */
export function rangePlacement(day: DailyPoint, week: Domain | null): RangePlacement | null {
  const low = day.temperatureMin ?? day.temperatureMax;
  const high = day.temperatureMax ?? day.temperatureMin;
  if (low === null || high === null || !week) return null;
  const at = linearScale(week, [0, 100]);
  const [from, to] = [at(Math.min(low, high)), at(Math.max(low, high))].map((v) => percent(Math.min(100, Math.max(0, v))));
  return { from: from ?? 0, to: to ?? 0 };
}

/** Where a temperature (now, on today's bar) falls on the week's scale, in percent; null if unknown. */
export function markerPlacement(value: number | null, week: Domain | null): number | null {
  if (value === null || !Number.isFinite(value) || !week) return null;
  return percent(Math.min(100, Math.max(0, linearScale(week, [0, 100])(value))));
}
