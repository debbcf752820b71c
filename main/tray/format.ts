// Short words and numbers for the tray, where every character counts.
import type { Weather } from '../core/model.ts';

/** "just now", "4 min ago", "3 h ago", "2 days ago". */
export function formatAge(ageMs: number | null): string {
  if (ageMs === null) return 'never';
  const minutes = Math.floor(ageMs / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

/** "7°" for the icon and title; "–" when unknown. Rounded, because tenths do not fit a tray. */
export function shortTemperature(weather: Weather | null): string {
  const t = weather?.current.temperature;
  return t === null || t === undefined ? '–' : `${Math.round(t)}°`;
}

/** "7°C" for menus and tooltips. */
export function fullTemperature(weather: Weather | null): string {
  const t = weather?.current.temperature;
  return t === null || t === undefined ? '–' : `${Math.round(t)}${weather?.units.temperature ?? ''}`;
}
