// The free plan has no daily forecast: days are folded from current conditions and the 3-hour steps.
import { condition, mostSignificant } from '../model/conditions.ts';
import { localDate } from '../model/local-time.ts';
import type { ConditionCode, DailyPoint, HourlyPoint, LocalTime } from '../model/model.ts';

export type SunTimes = Readonly<{ sunrise: LocalTime | null; sunset: LocalTime | null }>;

/**
 * One entry per local calendar day of the place, labelled by its date. Today always comes first and
 * is made of the current conditions plus today's remaining steps: late in the evening the next step
 * is already tomorrow, and the first day must still be today. Sunrise and sunset (today's, from
 * current weather) go to the day they fall on.
 */
export function owmDays(now: HourlyPoint, steps: readonly HourlyPoint[], timezone: string, sun: SunTimes): DailyPoint[] {
  const today = localDate(Date.parse(now.time), timezone);
  const days = new Map<string, HourlyPoint[]>([[today, [now]]]);
  for (const step of steps) {
    const date = localDate(Date.parse(step.time), timezone);
    // A step already under way may have started before local midnight: today is the current conditions.
    if (date < today) continue;
    let bucket = days.get(date);
    if (!bucket) days.set(date, (bucket = []));
    bucket.push(step);
  }
  const sunDate = sun.sunrise?.slice(0, 10) ?? sun.sunset?.slice(0, 10) ?? today;
  return [...days].map(([date, bucket]) => ({
    ...summarise(date, bucket),
    sunrise: date === sunDate ? sun.sunrise : null,
    sunset: date === sunDate ? sun.sunset : null,
  }));
}

function summarise(date: string, bucket: readonly HourlyPoint[]): Omit<DailyPoint, 'sunrise' | 'sunset'> {
  const values = (list: readonly (number | null)[]): number[] => list.filter((v): v is number => v !== null);
  const maxOf = (list: readonly (number | null)[]): number | null => (values(list).length ? Math.max(...values(list)) : null);
  const minOf = (list: readonly (number | null)[]): number | null => (values(list).length ? Math.min(...values(list)) : null);
  const precip = values(bucket.map((s) => s.precipitation));
  // A day is described by its daytime weather; a day seen only at night, by its night.
  const daytime = bucket.filter((s) => s.isDay);
  const code: ConditionCode = mostSignificant((daytime.length ? daytime : bucket).map((s) => s.condition.code));
  return {
    date,
    temperatureMin: minOf(bucket.map((s) => s.temperature)),
    temperatureMax: maxOf(bucket.map((s) => s.temperature)),
    precipitationSum: precip.length ? Math.round(precip.reduce((a, b) => a + b, 0) * 100) / 100 : null,
    precipitationProbabilityMax: maxOf(bucket.map((s) => s.precipitationProbability)),
    windSpeedMax: maxOf(bucket.map((s) => s.windSpeed)),
    condition: condition(code, true),
    // The free 2.5 endpoints carry no UV index (only One Call 3.0 does).
    uvIndexMax: null,
  };
}
