// Which official warnings service covers a place, by its country. None is a real answer: the window
// then says "No official warnings service covers this place" rather than an empty, reassuring list.
import type { AlertSourceId } from './alert.ts';
import { METALERTS_COUNTRIES } from './metalerts.ts';
import { METEOALARM_FEEDS } from './meteoalarm.ts';
import { NWS_COUNTRIES } from './nws.ts';

/**
 * One source per place, so one warning is never listed twice: MeteoAlarm's Norway feed carries MET
 * Norway's own messages, and MetAlerts answers for the exact point rather than the whole country.
 */
export function alertSourceFor(countryCode: string | null): AlertSourceId | null {
  const code = countryCode?.trim().toUpperCase() ?? '';
  if (NWS_COUNTRIES.has(code)) return 'nws';
  if (METALERTS_COUNTRIES.has(code)) return 'metalerts';
  if (METEOALARM_FEEDS.has(code)) return 'meteoalarm';
  return null;
}
