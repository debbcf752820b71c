// Short words and numbers for the tray, where every character counts.
import type { Weather } from '../core/model/model.ts';

export { formatAge } from '../ipc/wording.ts';

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
