// When rain starts within the next two hours and how heavy it will be, read from the quarter-hours,
// and the "rain soon" notice made from that: once per spell, however its start moves between refreshes.
import { toLocalIso } from '../model/local-time.ts';
import type { ConditionCode, Weather } from '../model/model.ts';
import type { MessageKey } from '../../wording/messages/en.ts';
import { RAIN_LOOKAHEAD_MS, rainIntensity, SPELL_GAP_MS, wetSpans } from '../../wording/rain-rule.ts';
import type { RainIntensity } from '../../wording/rain-rule.ts';
import type { Wording } from '../../wording/wording.ts';
import type { Notice } from './notification-policy.ts';
import type { PlaceSnapshot } from './service-types.ts';

export type { RainIntensity };
export { RAIN_LOOKAHEAD_MS, rainIntensity };

/** A whole sentence per intensity: "light" alone would not agree with "rain" in every language. */
const SPELL_BODY = {
  light: 'notification.rainSoon.bodyLight',
  moderate: 'notification.rainSoon.bodyModerate',
  heavy: 'notification.rainSoon.bodyHeavy',
} as const satisfies Record<RainIntensity, MessageKey>;

export type RainSpell = Readonly<{
  /** When the first wet step begins, epoch ms. */
  startsAt: number;
  /** The same moment in the place's own time. */
  start: string;
  /** When the last wet step ends, epoch ms. */
  endsAt: number;
  /** The wettest step, in millimetres per 15 minutes. */
  peakMmPer15: number;
  intensity: RainIntensity;
}>;

/** A span the forecast gives one amount for: it ends at `endsAt` and lasts `minutes`. */
export type PrecipitationStep = Readonly<{ endsAt: number; minutes: number; mm: number | null }>;

/** How long a notified spell is remembered: it cannot lie further ahead than the lookahead. */
const SPELL_MEMORY_MS = RAIN_LOOKAHEAD_MS + 3600_000;

const toMm = (amount: number | null, weather: Weather): number | null =>
  amount === null ? null : weather.units.precipitation === 'in' ? amount * 25.4 : amount;

/** The forecast's finest precipitation steps: quarter-hours where there are any, else the hourly steps. */
export function precipitationSteps(weather: Weather): readonly PrecipitationStep[] {
  // Snapshots stored before quarter-hours existed have no such field at all.
  if (weather.quarterHours) {
    const minutes = weather.quarterHours.intervalMinutes;
    return weather.quarterHours.points.map((p) => ({ endsAt: Date.parse(p.time), minutes, mm: toMm(p.precipitation, weather) }));
  }
  const minutes = weather.hourlyStepHours * 60;
  return weather.hourly.map((h) => ({ endsAt: Date.parse(h.time), minutes, mm: toMm(h.precipitation, weather) }));
}

/** Spells of consecutive wet steps (dry gaps under 30 minutes inside), among steps not yet over. */
export function rainSpells(steps: readonly PrecipitationStep[], now: number, timeZone: string): RainSpell[] {
  const upcoming = steps
    .filter((step) => step.endsAt > now)
    .map((step) => ({ startsAt: step.endsAt - step.minutes * 60_000, endsAt: step.endsAt, mm: step.mm }));
  return wetSpans(upcoming).map((span) => spellOf(span.startsAt, span.endsAt, span.peakMmPer15, timeZone));
}

function spellOf(startsAt: number, endsAt: number, peak: number, timeZone: string): RainSpell {
  return { startsAt, start: toLocalIso(startsAt, timeZone), endsAt, peakMmPer15: Math.round(peak * 100) / 100, intensity: rainIntensity(peak) };
}

/** The spell that starts after now and within two hours; null when it is raining already or stays dry. */
export function nextRainSpell(weather: Weather, now: number): RainSpell | null {
  const first = rainSpells(precipitationSteps(weather), now, weather.timezone)[0];
  if (!first || first.startsAt <= now || first.startsAt - now > RAIN_LOOKAHEAD_MS) return null;
  return first;
}

const SPELL_KEY = 'rain-spell';
const QUARTER_MS = 15 * 60_000;

/** One key per place and spell: the spell's start, to the quarter-hour. */
function rainSpellKey(favouriteId: number, startsAt: number): string {
  return `${favouriteId}:${SPELL_KEY}:${Math.round(startsAt / QUARTER_MS) * QUARTER_MS}`;
}

/**
 * A spell notified before, whose start has since moved by less than the gap that separates spells,
 * is the same spell: a refresh that moves it by a quarter-hour must not announce it again.
 */
function alreadyNotified(favouriteId: number, startsAt: number, now: number, lastShown: ReadonlyMap<string, number>): boolean {
  const prefix = `${favouriteId}:${SPELL_KEY}:`;
  for (const [key, shownAt] of lastShown) {
    if (!key.startsWith(prefix) || now - shownAt > SPELL_MEMORY_MS) continue;
    if (Math.abs(Number(key.slice(prefix.length)) - startsAt) < SPELL_GAP_MS) return true;
  }
  return false;
}

const WET_CONDITIONS: ReadonlySet<ConditionCode> = new Set<ConditionCode>([
  'drizzle',
  'freezing-drizzle',
  'rain',
  'heavy-rain',
  'freezing-rain',
  'rain-showers',
  'thunderstorm',
  'thunderstorm-hail',
]);

/** The notification's icon: the wet condition of the hour the spell starts in, else plain rain. */
function spellCondition(w: Weather, startsAt: number): NonNullable<Notice['condition']> {
  const hour = w.hourly.find((h) => Date.parse(h.time) + w.hourlyStepHours * 3600_000 > startsAt);
  const code = hour && WET_CONDITIONS.has(hour.condition.code) ? hour.condition.code : 'rain';
  return { code, isDay: hour?.isDay ?? w.current.isDay };
}

/**
 * "Rain soon" for one place: from the quarter-hours where the forecast has them, otherwise
 * `hourlyRule` (OpenWeatherMap's 3-hour steps say nothing finer).
 */
export function rainSoonNotice(
  s: PlaceSnapshot,
  now: number,
  lastShown: ReadonlyMap<string, number>,
  { t, clock }: Pick<Wording, 't' | 'clock'>,
  hourlyRule: (s: PlaceSnapshot, now: number) => Notice | null,
): Notice | null {
  const w = s.weather;
  if (!w) return null;
  if (!w.quarterHours) return hourlyRule(s, now);
  const spell = nextRainSpell(w, now);
  if (!spell || alreadyNotified(s.favourite.id, spell.startsAt, now, lastShown)) return null;
  return {
    key: rainSpellKey(s.favourite.id, spell.startsAt),
    favouriteId: s.favourite.id,
    title: t('notification.rainSoon.title', { place: s.favourite.place.name }),
    body: t(SPELL_BODY[spell.intensity], { time: clock(spell.start) }),
    condition: spellCondition(w, spell.startsAt),
  };
}
