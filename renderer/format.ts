// Numbers and times for the window. Times arrive as ISO 8601 in the place's own offset, so the
// local wall-clock reading is right there in the string: no time-zone lookup in the browser.
import type { Weather } from '../main/core/model/model.ts';

export const localClock = (iso: string | null): string => (iso ? iso.slice(11, 16) : '–');

export function weekday(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).toLocaleDateString('en', { weekday: 'short', timeZone: 'UTC' });
}

export function temperature(value: number | null, w: Weather, withUnit = true): string {
  return value === null ? '–' : `${Math.round(value)}${withUnit ? w.units.temperature : '°'}`;
}

export function amount(value: number | null, unit: string, digits = 1): string {
  return value === null ? '–' : `${value.toFixed(digits)} ${unit}`;
}

const COMPASS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];
export const compass = (deg: number | null): string => (deg === null ? '' : (COMPASS[Math.round((((deg % 360) + 360) % 360) / 45) % 8] ?? ''));

export { formatAge as age } from '../main/ipc/wording.ts';

/**
 * A small glyph per condition icon name, from plain text symbols every system font has: emoji
 * would show as empty boxes where no emoji font is installed.
 */
export function glyph(icon: string): string {
  if (icon.startsWith('clear')) return icon.endsWith('night') ? '☾' : '☀';
  if (icon.startsWith('mainly-clear')) return icon.endsWith('night') ? '☾' : '☼';
  if (icon.startsWith('partly-cloudy') || icon === 'overcast') return '☁';
  if (icon === 'fog') return '≡';
  if (icon.includes('thunder')) return '↯';
  if (icon.includes('snow')) return '❄';
  if (icon === 'unknown') return '·';
  return '☂';
}
