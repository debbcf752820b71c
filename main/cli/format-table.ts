// The human-readable output of `weather`: one row per place, then attribution.
import type { Place, Weather } from '../core/model/model.ts';
import { conditionWords } from '../wording/condition.ts';
import { formatPercent } from '../wording/numbers.ts';
import { describePlace } from '../wording/place.ts';
import { formatPrecipitation } from '../wording/precipitation.ts';
import { formatTemperature } from '../wording/temperature.ts';
import { localClock } from '../wording/time.ts';
import { formatWind } from '../wording/wind.ts';

export type Row = Readonly<{ place: Place; weather: Weather }>;

const HEADER = ['Place', 'Local time', 'Temp', 'Feels', 'Condition', 'Wind', 'Humidity', 'Precip', 'Today'];

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
  return [render(HEADER), ...lines.map(render), '', ...attributions].join('\n');
}
