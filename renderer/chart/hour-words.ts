// One hour of the chart in words: the line shown for the hour under the pointer or focus, what a
// screen reader says as the focus moves, and the cells of the table that stands in for the chart.
import type { Units } from '../../main/core/model/model.ts';
import { conditionWords } from '../../main/wording/condition.ts';
import type { Wording } from '../../main/wording/wording.ts';
import { dayAndTime } from '../day-and-time.ts';
import type { ChartHour } from './chart-series.ts';

export type HourCells = Readonly<{
  time: string;
  condition: string;
  temperature: string;
  feelsLike: string;
  precipitation: string;
  chance: string;
}>;

/** Each value of an hour, in the place's own time: "Thu 15:00", "Rain", "7°C", "0.3 mm", "40%". */
export function hourCells(hour: ChartHour, units: Units, wording: Wording): HourCells {
  return {
    time: dayAndTime(hour.time, wording),
    condition: conditionWords(hour.condition, wording),
    temperature: wording.temperature(hour.temperature, units.temperature),
    feelsLike: wording.temperature(hour.feelsLike, units.temperature),
    precipitation: wording.precipitation(hour.precipitation, units.precipitation),
    chance: wording.percent(hour.precipitationProbability),
  };
}

/** "Thu 15:00: Rain, 7°C, feels like 4°C, 0.3 mm, 40% chance". */
export function hourSummary(hour: ChartHour, units: Units, wording: Wording): string {
  const c = hourCells(hour, units, wording);
  return wording.t('window.chart.hourSummary', c);
}
