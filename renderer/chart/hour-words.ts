// One hour of the chart in words: the line shown for the hour under the pointer or focus, what a
// screen reader says as the focus moves, and the cells of the table that stands in for the chart.
import type { Units } from '../../main/core/model/model.ts';
import { conditionWords } from '../../main/wording/condition.ts';
import { formatPercent } from '../../main/wording/numbers.ts';
import { formatPrecipitation } from '../../main/wording/precipitation.ts';
import { formatTemperature } from '../../main/wording/temperature.ts';
import { localClock, weekday } from '../../main/wording/time.ts';
import type { ChartHour } from './chart-series.ts';

/** "Thu 15:00", in the place's own time. */
function hourLabel(hour: ChartHour): string {
  return `${weekday(hour.time.slice(0, 10))} ${localClock(hour.time)}`;
}

export type HourCells = Readonly<{
  time: string;
  condition: string;
  temperature: string;
  feelsLike: string;
  precipitation: string;
  chance: string;
}>;

export function hourCells(hour: ChartHour, units: Units): HourCells {
  return {
    time: hourLabel(hour),
    condition: conditionWords(hour.condition),
    temperature: formatTemperature(hour.temperature, units.temperature),
    feelsLike: formatTemperature(hour.feelsLike, units.temperature),
    precipitation: formatPrecipitation(hour.precipitation, units.precipitation),
    chance: formatPercent(hour.precipitationProbability),
  };
}

/** "Thu 15:00: Rain, 7°C, feels like 4°C, 0.3 mm, 40% chance". */
export function hourSummary(hour: ChartHour, units: Units): string {
  const c = hourCells(hour, units);
  return `${c.time}: ${c.condition}, ${c.temperature}, feels like ${c.feelsLike}, ${c.precipitation}, ${c.chance} chance`;
}
