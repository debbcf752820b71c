import { describe, expect, it } from 'vitest';
import { condition, mostSignificant, owmConditionCode, wmoConditionCode } from '../../../main/core/model/conditions.ts';

// Every code of the WMO 4677 subset Open-Meteo documents (https://open-meteo.com/en/docs, "WMO Weather
// interpretation codes"), written out one by one so a code that falls through shows up here.
const WMO: Record<number, string> = {
  0: 'clear',
  1: 'mainly-clear',
  2: 'partly-cloudy',
  3: 'overcast',
  45: 'fog',
  48: 'fog',
  51: 'drizzle',
  53: 'drizzle',
  55: 'drizzle',
  56: 'freezing-drizzle',
  57: 'freezing-drizzle',
  61: 'rain',
  63: 'rain',
  65: 'heavy-rain',
  66: 'freezing-rain',
  67: 'freezing-rain',
  71: 'snow',
  73: 'snow',
  75: 'heavy-snow',
  77: 'snow',
  80: 'rain-showers',
  81: 'rain-showers',
  82: 'rain-showers',
  85: 'snow-showers',
  86: 'snow-showers',
  95: 'thunderstorm',
  96: 'thunderstorm-hail',
  99: 'thunderstorm-hail',
};

// Every id of https://openweathermap.org/weather-conditions, group by group.
const OWM: Record<number, string> = {
  200: 'thunderstorm',
  201: 'thunderstorm',
  202: 'thunderstorm',
  210: 'thunderstorm',
  211: 'thunderstorm',
  212: 'thunderstorm',
  221: 'thunderstorm',
  230: 'thunderstorm',
  231: 'thunderstorm',
  232: 'thunderstorm',
  300: 'drizzle',
  301: 'drizzle',
  302: 'drizzle',
  310: 'drizzle',
  311: 'drizzle',
  312: 'drizzle',
  313: 'drizzle',
  314: 'drizzle',
  321: 'drizzle',
  500: 'rain',
  501: 'rain',
  502: 'heavy-rain',
  503: 'heavy-rain',
  504: 'heavy-rain',
  511: 'freezing-rain',
  520: 'rain-showers',
  521: 'rain-showers',
  522: 'rain-showers',
  531: 'rain-showers',
  600: 'snow',
  601: 'snow',
  602: 'heavy-snow',
  611: 'sleet',
  612: 'sleet',
  613: 'sleet',
  615: 'sleet',
  616: 'sleet',
  620: 'snow-showers',
  621: 'snow-showers',
  622: 'snow-showers',
  701: 'fog',
  711: 'fog',
  721: 'fog',
  731: 'fog',
  741: 'fog',
  751: 'fog',
  761: 'fog',
  762: 'fog',
  771: 'squalls',
  781: 'tornado',
  800: 'clear',
  801: 'mainly-clear',
  802: 'partly-cloudy',
  803: 'partly-cloudy',
  804: 'overcast',
};

describe('conditions', () => {
  it('maps every WMO code Open-Meteo documents', () => {
    expect(Object.keys(WMO)).toHaveLength(28);
    for (const [code, expected] of Object.entries(WMO)) expect([code, wmoConditionCode(Number(code))]).toEqual([code, expected]);
  });

  it('calls a WMO code it does not know, or a missing one, unknown', () => {
    for (const code of [null, 4, 42, 60, 100, -1]) expect(wmoConditionCode(code)).toBe('unknown');
  });

  it('maps every OpenWeatherMap condition id', () => {
    expect(Object.keys(OWM)).toHaveLength(55);
    for (const [id, expected] of Object.entries(OWM)) expect([id, owmConditionCode(Number(id))]).toEqual([id, expected]);
  });

  it('calls an OpenWeatherMap id it does not know, or a missing one, unknown', () => {
    for (const id of [null, 0, 199, 299, 400, 699, 799, 805, 999]) expect(owmConditionCode(id)).toBe('unknown');
  });

  it('treats squalls and tornadoes as severe, and sleet as not freezing rain', () => {
    expect(condition(owmConditionCode(771), true)).toEqual({ code: 'squalls', text: 'Squalls', icon: 'squalls', severe: true });
    expect(condition(owmConditionCode(781), true)).toEqual({ code: 'tornado', text: 'Tornado', icon: 'tornado', severe: true });
    expect(condition(owmConditionCode(612), true)).toEqual({ code: 'sleet', text: 'Sleet', icon: 'sleet', severe: false });
    expect(mostSignificant(['thunderstorm', 'tornado', 'clear'])).toBe('tornado');
  });

  it('names day and night icons and marks severe weather', () => {
    expect(condition('clear', false)).toEqual({ code: 'clear', text: 'Clear', icon: 'clear-night', severe: false });
    expect(condition('thunderstorm', true)).toMatchObject({ icon: 'thunderstorm', severe: true });
    expect(mostSignificant(['clear', 'thunderstorm', 'rain'])).toBe('thunderstorm');
    expect(mostSignificant([])).toBe('unknown');
  });
});
