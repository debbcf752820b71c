// The human-readable output of `weather`: one row per place (with a line under it for official
// warnings in force), then attribution.
import type { PlaceAlerts } from '../core/alerts/alert-fetcher.ts';
import type { Place, Weather } from '../core/model/model.ts';
import { conditionWords } from '../wording/condition.ts';
import { formatNumber, formatPercent, UNKNOWN } from '../wording/numbers.ts';
import { describePlace } from '../wording/place.ts';
import { formatPrecipitation } from '../wording/precipitation.ts';
import { formatTemperature } from '../wording/temperature.ts';
import { localClock } from '../wording/time.ts';
import { formatWind } from '../wording/wind.ts';
import { warningLines } from './table-warnings.ts';

export type Row = Readonly<{ place: Place; weather: Weather; alerts?: PlaceAlerts | null }>;

const HEADER = ['Place', 'Local time', 'Temp', 'Feels', 'Condition', 'Wind', 'Humidity', 'Precip', 'UV (max)', 'Today'];

/** The UV index is given in whole numbers (WHO, "Global Solar UV Index: A Practical Guide"). */
const uv = (value: number | null | undefined): string => (value === null || value === undefined ? UNKNOWN : formatNumber(value, 0));

function cells({ place, weather: w }: Row): string[] {
  const c = w.current;
  const u = w.units;
  const today = w.daily[0];
  const chance = c.precipitationProbability === null ? '' : ` (${formatPercent(c.precipitationProbability)})`;
  return [
    describePlace(place),
    localClock(c.time),
    formatTemperature(c.temperature, u.temperature, { digits: 1 }),
    formatTemperature(c.feelsLike, u.temperature, { digits: 1 }),
    conditionWords(c.condition.code),
    formatWind(c.windSpeed, u.windSpeed, c.windDirection),
    formatPercent(c.humidity),
    `${formatPrecipitation(c.precipitation, u.precipitation)}${chance}`,
    `${uv(c.uvIndex)} (${uv(today?.uvIndexMax)})`,
    today ? `${formatTemperature(today.temperatureMin, '°')} / ${formatTemperature(today.temperatureMax, '°')}` : '–',
  ];
}

export function formatTable(rows: readonly Row[]): string {
  const lines = rows.map(cells);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const render = (line: readonly string[]): string =>
    line
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const attributions = [...new Set(rows.map((r) => r.weather.attribution))];
  const body = rows.flatMap((row, i) => [render(lines[i] ?? []), ...warningLines(row.alerts)]);
  return [render(HEADER), ...body, '', ...attributions].join('\n');
}
