// What the chart draws, taken from a place's weather: the next 48 hours from the hour now in
// progress, and the sunrises and sunsets that fall inside them.
import type { ConditionCode, HourlyPoint, LocalTime, Units, Weather } from '../../main/core/model/model.ts';

export const CHART_HOURS = 48;

export type ChartHour = Readonly<{
  /** Local time at the place, as the provider wrote it. */
  time: LocalTime;
  /** The same moment, epoch milliseconds. */
  at: number;
  temperature: number | null;
  feelsLike: number | null;
  precipitation: number | null;
  precipitationProbability: number | null;
  condition: ConditionCode;
  isDay: boolean;
}>;

export type SunEvent = Readonly<{ kind: 'sunrise' | 'sunset'; time: LocalTime; at: number }>;

export type ChartSeries = Readonly<{
  hours: readonly ChartHour[];
  /** Hours between points: 1, or 3 for a three-hourly forecast. */
  stepHours: number;
  sun: readonly SunEvent[];
  units: Units;
}>;

const HOUR_MS = 3_600_000;

function chartHour(p: HourlyPoint): ChartHour {
  return {
    time: p.time,
    at: Date.parse(p.time),
    temperature: p.temperature,
    feelsLike: p.feelsLike,
    precipitation: p.precipitation,
    precipitationProbability: p.precipitationProbability,
    condition: p.condition.code,
    isDay: p.isDay,
  };
}

/**
 * The points from the one that holds `now` onwards, 48 hours' worth. Data fetched a while ago still
 * starts at the present, not at an hour that has passed.
 */
export function chartSeries(w: Weather, now: number): ChartSeries {
  const step = Math.max(1, w.hourlyStepHours);
  const all = w.hourly.map(chartHour).filter((h) => Number.isFinite(h.at));
  const first = Math.max(
    0,
    all.findIndex((h) => h.at + step * HOUR_MS > now),
  );
  const hours = all.slice(first, first + Math.ceil(CHART_HOURS / step));
  const start = hours[0]?.at ?? now;
  const end = start + hours.length * step * HOUR_MS;
  const sun: SunEvent[] = [];
  for (const d of w.daily) {
    for (const kind of ['sunrise', 'sunset'] as const) {
      const time = d[kind];
      const at = time ? Date.parse(time) : NaN;
      if (time && at >= start && at < end) sun.push({ kind, time, at });
    }
  }
  sun.sort((a, b) => a.at - b.at);
  return { hours, stepHours: step, sun, units: w.units };
}
