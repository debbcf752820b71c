// Every condition code, written out: the `satisfies` makes a code added to the model and not here a
// type error, so tests that walk all conditions cannot quietly skip one.
import type { ConditionCode } from '../../main/core/model/model.ts';

const EVERY = {
  clear: true,
  'mainly-clear': true,
  'partly-cloudy': true,
  overcast: true,
  fog: true,
  drizzle: true,
  'freezing-drizzle': true,
  rain: true,
  'heavy-rain': true,
  'freezing-rain': true,
  snow: true,
  'heavy-snow': true,
  'rain-showers': true,
  'snow-showers': true,
  thunderstorm: true,
  'thunderstorm-hail': true,
  sleet: true,
  squalls: true,
  tornado: true,
  unknown: true,
} as const satisfies Record<ConditionCode, true>;

export const CONDITION_CODES = Object.keys(EVERY) as ConditionCode[];
