// Provider codes -> one provider-independent condition. WMO codes come from Open-Meteo,
// numeric condition ids from OpenWeatherMap.
import { conditionWords } from '../../wording/condition.ts';
import type { Condition, ConditionCode } from './model.ts';

const SEVERE: ReadonlySet<ConditionCode> = new Set([
  'thunderstorm',
  'thunderstorm-hail',
  'heavy-snow',
  'freezing-rain',
  'freezing-drizzle',
  'squalls',
  'tornado',
]);

/** Codes whose look changes between day and night (sun or moon behind them). */
const DAY_NIGHT: ReadonlySet<ConditionCode> = new Set(['clear', 'mainly-clear', 'partly-cloudy', 'rain-showers', 'snow-showers']);

export function condition(code: ConditionCode, isDay: boolean): Condition {
  const icon = DAY_NIGHT.has(code) ? `${code}-${isDay ? 'day' : 'night'}` : code;
  return { code, text: conditionWords(code), icon, severe: SEVERE.has(code) };
}

/** WMO weather interpretation codes (WW), as Open-Meteo documents them. */
export function wmoConditionCode(wmo: number | null): ConditionCode {
  switch (wmo) {
    case 0:
      return 'clear';
    case 1:
      return 'mainly-clear';
    case 2:
      return 'partly-cloudy';
    case 3:
      return 'overcast';
    case 45:
    case 48:
      return 'fog';
    case 51:
    case 53:
    case 55:
      return 'drizzle';
    case 56:
    case 57:
      return 'freezing-drizzle';
    case 61:
    case 63:
      return 'rain';
    case 65:
      return 'heavy-rain';
    case 66:
    case 67:
      return 'freezing-rain';
    case 71:
    case 73:
    case 77:
      return 'snow';
    case 75:
      return 'heavy-snow';
    case 80:
    case 81:
    case 82:
      return 'rain-showers';
    case 85:
    case 86:
      return 'snow-showers';
    case 95:
      return 'thunderstorm';
    case 96:
    case 99:
      return 'thunderstorm-hail';
    default:
      return 'unknown';
  }
}

/**
 * OpenWeatherMap condition ids, as listed at https://openweathermap.org/weather-conditions
 * (2xx thunderstorm, 3xx drizzle, 5xx rain, 6xx snow, 7xx atmosphere, 800 clear, 80x clouds).
 */
export function owmConditionCode(id: number | null): ConditionCode {
  if (id === null) return 'unknown';
  if (id >= 200 && id <= 232) return 'thunderstorm';
  if (id >= 300 && id <= 321) return 'drizzle';
  if (id === 500 || id === 501) return 'rain';
  if (id >= 502 && id <= 504) return 'heavy-rain';
  if (id === 511) return 'freezing-rain';
  if (id >= 520 && id <= 531) return 'rain-showers';
  if (id === 600 || id === 601) return 'snow';
  if (id === 602) return 'heavy-snow';
  // 611-613 sleet and 615-616 rain and snow: wet snow, not rain that freezes on contact.
  if (id >= 611 && id <= 616) return 'sleet';
  if (id >= 620 && id <= 622) return 'snow-showers';
  // 771 squalls and 781 tornado share group 7xx with mist and haze but are dangerous.
  if (id === 771) return 'squalls';
  if (id === 781) return 'tornado';
  if (id >= 701 && id <= 762) return 'fog';
  if (id === 800) return 'clear';
  if (id === 801) return 'mainly-clear';
  if (id === 802 || id === 803) return 'partly-cloudy';
  if (id === 804) return 'overcast';
  return 'unknown';
}

const RANK: readonly ConditionCode[] = [
  'unknown',
  'clear',
  'mainly-clear',
  'partly-cloudy',
  'overcast',
  'fog',
  'drizzle',
  'rain-showers',
  'rain',
  'snow-showers',
  'sleet',
  'snow',
  'freezing-drizzle',
  'heavy-rain',
  'freezing-rain',
  'heavy-snow',
  'squalls',
  'thunderstorm',
  'thunderstorm-hail',
  'tornado',
];

/** The condition that matters most for a day made of several: a thunderstorm outweighs sunshine. */
export function mostSignificant(codes: readonly ConditionCode[]): ConditionCode {
  let best: ConditionCode = 'unknown';
  for (const code of codes) if (RANK.indexOf(code) > RANK.indexOf(best)) best = code;
  return best;
}
