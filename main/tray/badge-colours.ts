// The badge's colour says the condition at a glance. Every colour has nearly the same relative
// luminance, about 0.16, picked to satisfy three WCAG contrasts at once:
//   white digits on it at least 4.5:1 (text), which needs a luminance of at most 0.183;
//   the badge against a dark panel (#202020) at least 3:1 (non-text), which needs 0.143 or more;
//   and against a light panel (#f0f0f0) it is then about 4.3:1.
// So the badge stands out on light and dark panels alike and needs no outline, whose extra ring
// of pixels 16 px cannot spare. Stale and offline keep that luminance: greyed, not darkened.
import type { ConditionCode } from '../core/model/model.ts';
import { conditionGroup, type ConditionGroup } from '../wording/condition.ts';
import type { Rgba } from './bitmap.ts';
import type { TrayIconModel } from './tray-model.ts';

/** Badge colours; clear sky at night is an indigo, as a sun-orange would say "day". */
export const BADGE: Readonly<Record<ConditionGroup | 'clearNight' | 'offline' | 'empty', Rgba>> = {
  clear: [184, 82, 0, 255],
  clearNight: [106, 100, 195, 255],
  cloud: [98, 114, 133, 255],
  fog: [102, 116, 104, 255],
  rain: [0, 106, 233, 255],
  snow: [0, 124, 134, 255],
  storm: [189, 45, 189, 255],
  offline: [113, 113, 113, 255],
  empty: [98, 114, 133, 255],
};

const toLinear = (v: number): number => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const toSrgb = (l: number): number => Math.round(255 * (l <= 0.0031308 ? l * 12.92 : 1.055 * l ** (1 / 2.4) - 0.055));

/** WCAG relative luminance. */
function luminance([r, g, b]: Rgba): number {
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

/** WCAG contrast ratio, 1 to 21. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Out-of-date data keeps a hint of its colour, mostly greyed. The mix is done in linear light
 * towards the grey of the same luminance, so the contrasts above hold for stale badges too.
 */
export function staleBadge(colour: Rgba): Rgba {
  const grey = luminance(colour);
  const [r, g, b] = [0, 1, 2].map((i) => toSrgb(0.3 * toLinear(colour[i] ?? 0) + 0.7 * grey)) as [number, number, number];
  return [r, g, b, 255];
}

function conditionColour(condition: ConditionCode | null, night: boolean): Rgba {
  const group = condition === null ? 'cloud' : conditionGroup(condition);
  return group === 'clear' && night ? BADGE.clearNight : BADGE[group];
}

export function badgeColour({ condition, night, state }: TrayIconModel): Rgba {
  if (state === 'offline' || state === 'empty') return BADGE[state];
  const colour = conditionColour(condition, night);
  return state === 'stale' ? staleBadge(colour) : colour;
}
