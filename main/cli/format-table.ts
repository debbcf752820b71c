// The human-readable output of `weather`: one row per place, then attribution.
import type { Place, Weather } from '../core/model/model.ts';
import { describePlace } from '../core/model/place-query.ts';

const COMPASS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];

const fmt = (value: number | null, unit: string, digits = 0): string =>
  value === null ? '–' : `${value.toFixed(digits)}${unit}`;

export function compass(degrees: number | null): string {
  return degrees === null ? '' : (COMPASS[Math.round((((degrees % 360) + 360) % 360) / 45) % 8] ?? '');
}

export type Row = Readonly<{ place: Place; weather: Weather }>;

export function formatTable(rows: readonly Row[]): string {
  const header = ['Place', 'Local time', 'Temp', 'Feels', 'Condition', 'Wind', 'Humidity', 'Precip', 'Today'];
  const lines = rows.map(({ place, weather: w }) => {
    const c = w.current;
    const u = w.units;
    const today = w.daily[0];
    return [
      describePlace(place),
      c.time.slice(11, 16),
      fmt(c.temperature, u.temperature, 1),
      fmt(c.feelsLike, u.temperature, 1),
      c.condition.text,
      `${fmt(c.windSpeed, ` ${u.windSpeed}`)} ${compass(c.windDirection)}`.trim(),
      fmt(c.humidity, '%'),
      `${fmt(c.precipitation, ` ${u.precipitation}`, 1)}${c.precipitationProbability === null ? '' : ` (${c.precipitationProbability}%)`}`,
      today ? `${fmt(today.temperatureMin, '°')} / ${fmt(today.temperatureMax, '°')}` : '–',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const render = (cells: readonly string[]): string => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const attributions = [...new Set(rows.map((r) => r.weather.attribution))];
  return [render(header), ...lines.map(render), '', ...attributions].join('\n');
}
