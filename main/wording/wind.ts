// Wind: a speed in the user's unit and the compass point it blows from.
import type { Units } from '../core/model/model.ts';
import { UNKNOWN, formatNumber } from './numbers.ts';

const POINTS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;

/** The nearest of the eight compass points for a bearing in degrees (0 = north); '' when unknown. */
export function compassPoint(degrees: number | null): string {
  if (degrees === null || !Number.isFinite(degrees)) return '';
  const bearing = ((degrees % 360) + 360) % 360;
  return POINTS[Math.round(bearing / 45) % POINTS.length] ?? '';
}

/** "12 km/h NE", "5 mph" (no direction known); UNKNOWN when there is no speed. */
export function formatWind(speed: number | null, unit: Units['windSpeed'], direction: number | null): string {
  if (speed === null || !Number.isFinite(speed)) return UNKNOWN;
  return `${formatNumber(speed, 0)} ${unit} ${compassPoint(direction)}`.trimEnd();
}
