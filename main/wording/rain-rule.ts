// How rain is read from precipitation steps, in one place for the engine's rain-soon notice and the
// window's next-two-hours sentence, so the two never disagree. Import-free: plain numbers in and out.

/** How far ahead "rain soon" looks. */
export const RAIN_LOOKAHEAD_MS = 2 * 3_600_000;
/** 0.1 mm is the smallest amount Open-Meteo reports and a gauge tells from dry. */
export const WET_MM = 0.1;
/** Dry spans shorter than this inside a spell do not end it. */
export const SPELL_GAP_MS = 30 * 60_000;
/**
 * The American Meteorological Society's Glossary, "Rain": light is up to 0.25 cm (0.10 in) an hour,
 * moderate 0.26 to 0.76 cm (0.11 to 0.30 in), heavy above that. A quarter of each hourly rate gives
 * the limits per 15 minutes: 0.625 mm and 1.9 mm.
 */
const LIGHT_MAX_MM_PER_15 = 2.5 / 4;
export const MODERATE_MAX_MM_PER_15 = 7.6 / 4;

export type RainIntensity = 'light' | 'moderate' | 'heavy';

export function rainIntensity(mmPer15: number): RainIntensity {
  if (mmPer15 <= LIGHT_MAX_MM_PER_15) return 'light';
  return mmPer15 <= MODERATE_MAX_MM_PER_15 ? 'moderate' : 'heavy';
}

/** A span the forecast gives one amount for, epoch ms, and that amount in millimetres. */
export type WetStep = Readonly<{ startsAt: number; endsAt: number; mm: number | null }>;

/** A run of wet steps: from the first one's start to the last one's end, and its wettest quarter-hour. */
export type WetSpan = Readonly<{ startsAt: number; endsAt: number; peakMmPer15: number }>;

/** Runs of wet steps, in order, with dry gaps under half an hour inside each; a step's rate is read per quarter-hour. */
export function wetSpans(steps: readonly WetStep[]): WetSpan[] {
  const spans: WetSpan[] = [];
  let open: { startsAt: number; endsAt: number; peakMmPer15: number } | null = null;
  for (const step of steps) {
    if (step.mm === null || step.mm < WET_MM) continue;
    const perQuarter = (step.mm * 15 * 60_000) / Math.max(1, step.endsAt - step.startsAt);
    if (open && step.startsAt - open.endsAt < SPELL_GAP_MS) {
      open.endsAt = step.endsAt;
      open.peakMmPer15 = Math.max(open.peakMmPer15, perQuarter);
    } else {
      if (open) spans.push(open);
      open = { startsAt: step.startsAt, endsAt: step.endsAt, peakMmPer15: perQuarter };
    }
  }
  if (open) spans.push(open);
  return spans;
}
