// What the UV card and the next-two-hours strip say, with no page in sight: the WHO's UV category,
// and one sentence over the quarter-hours ("Rain from 14:45, light").
import type { QuarterHours } from '../main/core/model/model.ts';
import { UNKNOWN } from '../main/wording/numbers.ts';
import { MODERATE_MAX_MM_PER_15, RAIN_LOOKAHEAD_MS, rainIntensity, wetSpans } from '../main/wording/rain-rule.ts';
import type { Wording } from '../main/wording/wording.ts';

type RainWording = Pick<Wording, 't' | 'clock'>;

type UvLevel = 'low' | 'moderate' | 'high' | 'very-high' | 'extreme';

/**
 * The WHO's categories and colours (Global Solar UV Index: A Practical Guide, WHO 2002, p. 8): the
 * index is read as a whole number, 0-2 low, 3-5 moderate, 6-7 high, 8-10 very high, 11+ extreme.
 */
const UV_BANDS: readonly Readonly<{ upTo: number; level: UvLevel; label: (wording: Pick<Wording, 't'>) => string; colour: string }>[] = [
  { upTo: 2, level: 'low', label: ({ t }) => t('window.forecast.uv.low'), colour: '#289500' },
  { upTo: 5, level: 'moderate', label: ({ t }) => t('window.forecast.uv.moderate'), colour: '#f7e400' },
  { upTo: 7, level: 'high', label: ({ t }) => t('window.forecast.uv.high'), colour: '#f85900' },
  { upTo: 10, level: 'very-high', label: ({ t }) => t('window.forecast.uv.veryHigh'), colour: '#d8001d' },
  { upTo: Infinity, level: 'extreme', label: ({ t }) => t('window.forecast.uv.extreme'), colour: '#6b49c8' },
];

export function uvCategory(index: number): (typeof UV_BANDS)[number] {
  const whole = Math.max(0, Math.round(index));
  return UV_BANDS.find((band) => whole <= band.upTo) ?? (UV_BANDS.at(-1) as (typeof UV_BANDS)[number]);
}

/** What the strip is drawn from: the model's quarter-hours, in the place's own time. */
export type QuarterHoursInput = Pick<QuarterHours, 'source' | 'intervalMinutes' | 'points'>;

/** The strip's full height: a heavy quarter-hour fills it. */
export const FULL_BAR_MM = MODERATE_MAX_MM_PER_15;

type Quarter = Readonly<{ time: string; startsAt: number; endsAt: number; mm: number | null }>;

/** The quarter-hours not over yet that begin within two hours; amounts in millimetres. */
export function upcoming(q: QuarterHoursInput, inches: boolean, now: number): Quarter[] {
  const span = q.intervalMinutes * 60_000;
  return q.points
    .map((p) => ({
      time: p.time,
      endsAt: Date.parse(p.time),
      startsAt: Date.parse(p.time) - span,
      mm: p.precipitation === null ? null : p.precipitation * (inches ? 25.4 : 1),
    }))
    .filter((p) => p.endsAt > now && p.startsAt < now + RAIN_LOOKAHEAD_MS);
}

/** "Rain from 14:45, light", "Rain now, moderate", "No rain in the next two hours". */
export const nextTwoHoursSentence = (q: QuarterHoursInput, inches: boolean, now: number, wording: RainWording): string =>
  rainSentence(upcoming(q, inches, now), now, wording);

/** The first spell, read by the same rule as the engine's rain-soon notice; its wettest quarter-hour says how heavy. */
function rainSentence(quarters: readonly Quarter[], now: number, { t, clock }: RainWording): string {
  const spell = wetSpans(quarters)[0];
  if (!spell) return t('window.forecast.dry');
  const intensity = rainIntensity(spell.peakMmPer15);
  if (spell.startsAt <= now) return t('window.forecast.rainNow', { intensity });
  const start = quarters.find((p) => p.startsAt === spell.startsAt);
  return t('window.forecast.rainFrom', { time: start ? clock(startOnPlaceClock(start)) : UNKNOWN, intensity });
}

/** When a quarter-hour begins, on the place's clock: its end less one interval, in the end's own offset. */
export function startOnPlaceClock(p: Quarter): string {
  return new Date(p.startsAt + offsetMs(p.time)).toISOString().slice(0, 16);
}

/** The offset written at the end of a local ISO time (`+01:00`, `Z`), in milliseconds. */
function offsetMs(time: string): number {
  const m = /([+-])(\d\d):(\d\d)$/.exec(time);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
}
