// The human-readable output of `weather`: one row per place (with a line under it for official
// warnings in force), then attribution. Every number, unit and time in the Wording's language.
import type { PlaceAlerts } from '../core/alerts/alert-fetcher.ts';
import type { Place, Weather } from '../core/model/model.ts';
import { conditionWords } from '../wording/condition.ts';
import { UNKNOWN } from '../wording/numbers.ts';
import { describePlace } from '../wording/place.ts';
import type { Wording } from '../wording/wording.ts';
import { warningLines } from './table-warnings.ts';

export type Row = Readonly<{ place: Place; weather: Weather; alerts?: PlaceAlerts | null }>;

const HEADINGS = [
  'cli.table.place',
  'cli.table.localTime',
  'cli.table.temperature',
  'cli.table.feelsLike',
  'cli.table.condition',
  'cli.table.wind',
  'cli.table.humidity',
  'cli.table.precipitation',
  'cli.table.uv',
  'cli.table.today',
] as const;

function cells({ place, weather: w }: Row, wording: Wording): string[] {
  const { t } = wording;
  const c = w.current;
  const u = w.units;
  const today = w.daily[0];
  // The UV index is given in whole numbers (WHO, "Global Solar UV Index: A Practical Guide").
  const uv = (value: number | null | undefined): string => wording.number(value ?? null, 0);
  const amount = wording.precipitation(c.precipitation, u.precipitation);
  return [
    describePlace(place),
    wording.clock(c.time),
    wording.temperature(c.temperature, u.temperature, 1),
    wording.temperature(c.feelsLike, u.temperature, 1),
    conditionWords(c.condition.code, wording),
    wording.wind(c.windSpeed, u.windSpeed, c.windDirection),
    wording.percent(c.humidity),
    c.precipitationProbability === null ? amount : t('cli.table.precipitationWithChance', { amount, chance: wording.percent(c.precipitationProbability) }),
    t('cli.table.uvNowAndMax', { now: uv(c.uvIndex), max: uv(today?.uvIndexMax) }),
    today ? t('cli.table.lowAndHigh', { low: wording.temperature(today.temperatureMin, '°'), high: wording.temperature(today.temperatureMax, '°') }) : UNKNOWN,
  ];
}

export function formatTable(rows: readonly Row[], wording: Wording): string {
  const header = HEADINGS.map((key) => wording.t(key));
  const lines = rows.map((row) => cells(row, wording));
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const render = (line: readonly string[]): string =>
    line
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const attributions = [...new Set(rows.map((r) => r.weather.attribution))];
  const body = rows.flatMap((row, i) => [render(lines[i] ?? []), ...warningLines(row.alerts, wording)]);
  return [render(header), ...body, '', ...attributions].join('\n');
}
