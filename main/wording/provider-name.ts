// A service's name as a person reads it. Most are names (Open-Meteo, MET Norway) and read the same in
// every language; the air-quality service's label is a phrase, so it is worded here.
import type { Wording } from './wording.ts';

/** The label the engine gives Open-Meteo's air-quality service (AIR_QUALITY_LABEL), which a test holds equal. */
export const AIR_QUALITY_SERVICE = 'Open-Meteo air quality'; // i18n-ignore: the engine's label, matched here and worded below

/** The label in the person's language: a phrase is translated, a name stays as it is. */
export function providerName(label: string, wording: Pick<Wording, 't'>): string {
  return label === AIR_QUALITY_SERVICE ? wording.t('window.diagnostics.provider.airQuality') : label;
}
