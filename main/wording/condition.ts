// Conditions for a person: their words, the group that picks a colour, and a small symbol.
import type { ConditionCode } from '../core/model/model.ts';
import { legacyEnglish } from './english.ts';
import type { Wording } from './wording.ts';

/** "Partly cloudy", "Teilweise bewölkt": in English unless given the person's Wording. */
export function conditionWords(code: ConditionCode, wording: Pick<Wording, 't'> = legacyEnglish): string {
  return wording.t(`condition.${code}`);
}

/** Conditions that look alike at a glance, so they share a colour. */
export type ConditionGroup = 'clear' | 'cloud' | 'fog' | 'rain' | 'snow' | 'storm';

const GROUP: Record<ConditionCode, ConditionGroup> = {
  clear: 'clear',
  'mainly-clear': 'clear',
  'partly-cloudy': 'cloud',
  overcast: 'cloud',
  fog: 'fog',
  drizzle: 'rain',
  'freezing-drizzle': 'rain',
  rain: 'rain',
  'heavy-rain': 'rain',
  'freezing-rain': 'rain',
  snow: 'snow',
  'heavy-snow': 'snow',
  'rain-showers': 'rain',
  'snow-showers': 'snow',
  thunderstorm: 'storm',
  'thunderstorm-hail': 'storm',
  sleet: 'snow',
  squalls: 'storm',
  tornado: 'storm',
  unknown: 'cloud',
};

export function conditionGroup(code: ConditionCode): ConditionGroup {
  return GROUP[code];
}

/**
 * A small symbol per condition icon name (`clear-night`, `rain`), from plain text symbols every
 * system font has: emoji would show as empty boxes where no emoji font is installed.
 */
export function conditionSymbol(icon: string): string {
  if (icon.startsWith('clear')) return icon.endsWith('night') ? '☾' : '☀';
  if (icon.startsWith('mainly-clear')) return icon.endsWith('night') ? '☾' : '☼';
  if (icon.startsWith('partly-cloudy') || icon === 'overcast') return '☁';
  if (icon === 'fog') return '≡';
  if (icon.includes('thunder')) return '↯';
  if (icon.includes('snow')) return '❄';
  if (icon === 'unknown') return '·';
  return '☂';
}
