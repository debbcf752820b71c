// The badge's colour says the condition at a glance; offline and out-of-date data are greyed.
import type { ConditionCode } from '../core/model/model.ts';
import { conditionGroup, type ConditionGroup } from '../wording/condition.ts';
import type { Rgba } from './bitmap.ts';
import type { TrayState } from './tray-model.ts';

/** Badge colours, each dark enough for white digits (contrast at least 3:1) on any panel. */
export const BADGE: Readonly<Record<ConditionGroup | 'offline' | 'empty', Rgba>> = {
  clear: [196, 98, 0, 255],
  cloud: [84, 98, 114, 255],
  fog: [110, 110, 110, 255],
  rain: [29, 99, 196, 255],
  snow: [22, 120, 150, 255],
  storm: [118, 54, 178, 255],
  offline: [96, 96, 96, 255],
  empty: [84, 98, 114, 255],
};

/** Out-of-date data keeps its colour, greyed: opaque, so white digits stay legible on light panels. */
export function staleBadge([r, g, b]: Rgba): Rgba {
  const grey = 100;
  return [Math.round(r * 0.5 + grey * 0.5), Math.round(g * 0.5 + grey * 0.5), Math.round(b * 0.5 + grey * 0.5), 255];
}

export function badgeColour(condition: ConditionCode | null, state: TrayState): Rgba {
  if (state === 'offline' || state === 'empty') return BADGE[state];
  const colour = BADGE[condition === null ? 'cloud' : conditionGroup(condition)];
  return state === 'stale' ? staleBadge(colour) : colour;
}
