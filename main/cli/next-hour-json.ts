// The UV index and the next two hours of precipitation of one place, as `weather --json` adds them
// beside the full model: the answers a script most often wants, without walking the model.
import type { LocalTime, QuarterHourSource, Units, Weather } from '../core/model/model.ts';
import { nextRainSpell, precipitationSteps, RAIN_LOOKAHEAD_MS, type RainIntensity } from '../core/service/rain-spell.ts';

type NextHourJson = Readonly<{
  /** `minutely`: quarter-hours; `hourly`: the provider has none (OpenWeatherMap), its hourly steps instead. */
  source: 'minutely' | 'hourly';
  /** Minutes each amount covers: 15, 60 or 180. */
  interval: number;
  /** For quarter-hours: from a regional 15-minute model, or an hour spread evenly. Null for `hourly`. */
  minutely: QuarterHourSource | null;
  unit: Units['precipitation'];
  /** Each step that has not ended yet and begins within two hours; `time` is when the step ends. */
  precipitation: readonly Readonly<{ time: LocalTime; amount: number | null }>[];
  /** When the next rain begins, within two hours, in the place's own time; null when it is raining already or stays dry. */
  rainStarts: LocalTime | null;
  intensity: RainIntensity | null;
}>;

type UvAndNextHourJson = Readonly<{ uvIndex: number | null; uvIndexMax: number | null; nextHour: NextHourJson | null }>;

const NONE: UvAndNextHourJson = { uvIndex: null, uvIndexMax: null, nextHour: null };

/** For a saved snapshot: "now" is when it was read, its fetch time plus its age then. */
export function snapshotUvAndNextHourJson(s: Readonly<{ weather: Weather | null; fetchedAt: number | null; ageMs: number | null }>): UvAndNextHourJson {
  if (!s.weather || s.fetchedAt === null || s.ageMs === null) return NONE;
  return uvAndNextHourJson(s.weather, s.fetchedAt + s.ageMs);
}

export function uvAndNextHourJson(weather: Weather | null, now: number): UvAndNextHourJson {
  if (!weather) return NONE;
  const today = weather.daily.find((d) => d.date === weather.current.time.slice(0, 10));
  const quarters = weather.quarterHours ?? null;
  const steps = precipitationSteps(weather);
  const points = quarters ? quarters.points : weather.hourly;
  const precipitation = points.flatMap((p, i) => {
    const step = steps[i];
    if (!step || step.endsAt <= now || step.endsAt - step.minutes * 60_000 >= now + RAIN_LOOKAHEAD_MS) return [];
    return [{ time: p.time, amount: p.precipitation }];
  });
  const spell = nextRainSpell(weather, now);
  return {
    uvIndex: weather.current.uvIndex ?? null,
    uvIndexMax: today?.uvIndexMax ?? null,
    nextHour: {
      source: quarters ? 'minutely' : 'hourly',
      interval: quarters ? quarters.intervalMinutes : weather.hourlyStepHours * 60,
      minutely: quarters?.source ?? null,
      unit: weather.units.precipitation,
      precipitation,
      rainStarts: spell?.start ?? null,
      intensity: spell?.intensity ?? null,
    },
  };
}
