// The OpenWeatherMap endpoints Skytray uses, as documented and as they really answer:
// - current weather (https://openweathermap.org/current): `"cod": 200`, a number;
// - the 5 day / 3 hour forecast (https://openweathermap.org/forecast5): `"cod": "200"`, a string, and
//   40 steps of 3 hours on UTC boundaries, so the fifth day ends part way;
// - direct geocoding (https://openweathermap.org/api/geocoding-api): a bare array.
// Recorded real answers of each are under test/fixtures/openweathermap/.
import { nearestCity, searchCities } from './gazetteer.ts';
import { round1, sunTimes, weatherAt, type HourWeather } from './synthetic-weather.ts';
import { offsetSeconds } from './time-zone.ts';
import type { ApiAnswer } from './open-meteo-routes.ts';
import { errorBody } from './error-bodies.ts';

/** Keys the local provider treats as wrong, to exercise the 401 path. */
const REJECTED_OWM_KEYS: ReadonlySet<string> = new Set(['bad-key', 'invalid']);

const OWM_ID: Record<number, [number, string, string]> = {
  0: [800, 'Clear', 'clear sky'],
  1: [801, 'Clouds', 'few clouds'],
  2: [802, 'Clouds', 'scattered clouds'],
  3: [804, 'Clouds', 'overcast clouds'],
  45: [741, 'Fog', 'fog'],
  51: [300, 'Drizzle', 'light intensity drizzle'],
  61: [500, 'Rain', 'light rain'],
  63: [501, 'Rain', 'moderate rain'],
  65: [502, 'Rain', 'heavy intensity rain'],
  71: [600, 'Snow', 'light snow'],
  73: [601, 'Snow', 'snow'],
  75: [602, 'Snow', 'heavy snow'],
  95: [211, 'Thunderstorm', 'thunderstorm'],
};

function auth(q: URLSearchParams): ApiAnswer | null {
  const key = q.get('appid');
  if (!key || REJECTED_OWM_KEYS.has(key)) {
    return { status: 401, body: errorBody('/data/', 401) };
  }
  return null;
}

type Located = Readonly<{ lat: number; lon: number; imperial: boolean; city: ReturnType<typeof nearestCity> }>;

/** The key and the coordinates every data endpoint checks first. */
function located(q: URLSearchParams): Located | ApiAnswer {
  const denied = auth(q);
  if (denied) return denied;
  const c = coords(q);
  if ('status' in c) return c;
  return { ...c, imperial: q.get('units') === 'imperial', city: nearestCity(c.lat, c.lon) };
}

function coords(q: URLSearchParams): { lat: number; lon: number } | ApiAnswer {
  const lat = Number(q.get('lat'));
  const lon = Number(q.get('lon'));
  if (q.get('lat') === null || q.get('lon') === null) return { status: 400, body: { cod: '400', message: 'Nothing to geocode' } };
  if (!(lat >= -90 && lat <= 90)) return { status: 400, body: { cod: '400', message: 'wrong latitude' } };
  if (!(lon >= -180 && lon <= 180)) return { status: 400, body: { cod: '400', message: 'wrong longitude' } };
  return { lat, lon };
}

function parts(w: HourWeather, imperial: boolean): Record<string, unknown> {
  const t = (c: number): number => (imperial ? round1(c * 1.8 + 32) : c);
  const speed = (kmh: number): number => (imperial ? round1(kmh * 0.621371) : round1(kmh / 3.6));
  const [id, main, description] = OWM_ID[w.weatherCode] ?? [800, 'Clear', 'clear sky'];
  return {
    main: {
      temp: t(w.temperature),
      feels_like: t(w.apparentTemperature),
      temp_min: t(w.temperature - 1),
      temp_max: t(w.temperature + 1),
      pressure: 1013,
      humidity: w.humidity,
    },
    weather: [{ id, main, description, icon: `${String(id).slice(0, 2)}${w.isDay ? 'd' : 'n'}` }],
    wind: { speed: speed(w.windSpeedKmh), deg: w.windDirection, gust: speed(w.windGustsKmh) },
    clouds: { all: Math.min(100, w.humidity) },
    visibility: 10000,
  };
}

export function currentWeather(q: URLSearchParams, nowMs: number): ApiAnswer {
  const c = located(q);
  if ('status' in c) return c;
  const { imperial, city } = c;
  const dt = Math.floor(nowMs / 1000 / 600) * 600;
  const w = weatherAt(c.lat, c.lon, dt);
  const sun = sunTimes(c.lat, c.lon, dt);
  return {
    status: 200,
    body: {
      coord: { lon: c.lon, lat: c.lat },
      ...parts(w, imperial),
      ...(w.precipitationMm > 0 ? { [w.temperature <= 0 ? 'snow' : 'rain']: { '1h': w.precipitationMm } } : {}),
      base: 'stations',
      dt,
      sys: { country: city.countryCode, sunrise: sun?.sunrise ?? 0, sunset: sun?.sunset ?? 0 },
      timezone: offsetSeconds(nowMs, city.timezone),
      id: city.id,
      name: city.name,
      cod: 200,
    },
  };
}

export function forecast(q: URLSearchParams, nowMs: number): ApiAnswer {
  const c = located(q);
  if ('status' in c) return c;
  const { imperial, city } = c;
  // The list starts at the next 3-hour boundary (UTC) and runs 40 steps, whatever the local day.
  const first = Math.ceil(nowMs / 1000 / 10800) * 10800;
  const list = Array.from({ length: 40 }, (_, i) => {
    const dt = first + i * 10800;
    const w = weatherAt(c.lat, c.lon, dt);
    const threeHours = round1(w.precipitationMm * 3);
    return {
      dt,
      ...parts(w, imperial),
      pop: Math.round(w.precipitationProbability) / 100,
      ...(threeHours > 0 ? { [w.temperature <= 0 ? 'snow' : 'rain']: { '3h': threeHours } } : {}),
      sys: { pod: w.isDay ? 'd' : 'n' },
      dt_txt: new Date(dt * 1000).toISOString().replace('T', ' ').slice(0, 19),
    };
  });
  const sun = sunTimes(c.lat, c.lon, nowMs / 1000);
  return {
    status: 200,
    body: {
      cod: '200',
      message: 0,
      cnt: list.length,
      list,
      city: {
        id: city.id,
        name: city.name,
        coord: { lat: c.lat, lon: c.lon },
        country: city.countryCode,
        population: city.population,
        timezone: offsetSeconds(nowMs, city.timezone),
        sunrise: sun?.sunrise ?? 0,
        sunset: sun?.sunset ?? 0,
      },
    },
  };
}

export function geocode(q: URLSearchParams): ApiAnswer {
  const denied = auth(q);
  if (denied) return denied;
  const query = (q.get('q') ?? '').split(',')[0] ?? '';
  const limit = Math.min(5, Math.max(1, Number(q.get('limit') ?? 5) || 5));
  return {
    status: 200,
    body: searchCities(query, limit).map((c) => ({
      name: c.name,
      local_names: { en: c.name },
      lat: c.latitude,
      lon: c.longitude,
      country: c.countryCode,
      state: c.admin1,
    })),
  };
}
