// The error bodies each real API sends with a failed status, so the local provider's failures read
// like theirs. Open-Meteo: `{"error": true, "reason": ...}` (https://open-meteo.com/en/docs, "Errors").
// OpenWeatherMap: `{"cod": ..., "message": ...}`, where `cod` is a number for 401 and 429 and a string
// for 400 and 404, as the real endpoints answer (https://openweathermap.org/faq#error401 and the
// answers recorded under test/fixtures/openweathermap/).

const OWM_ERRORS: Record<number, Readonly<{ cod: number | string; message: string }>> = {
  400: { cod: '400', message: 'wrong latitude' },
  401: { cod: 401, message: 'Invalid API key. Please see https://openweathermap.org/faq#error401 for more info.' },
  404: { cod: '404', message: 'city not found' },
  429: {
    cod: 429,
    message:
      'Your account is temporary blocked due to exceeding of requests limitation of your subscription type. Please choose the proper subscription https://openweathermap.org/price',
  },
};

const OPEN_METEO_REASONS: Record<number, string> = {
  429: 'Minutely API request limit exceeded. Please try again in one minute.',
};

function isOwmPath(path: string): boolean {
  return path.startsWith('/data/') || path.startsWith('/geo/');
}

/** Other statuses have no recorded body: these keep each API's shape, nothing more is claimed. */
export function errorBody(path: string, status: number): unknown {
  if (isOwmPath(path)) return OWM_ERRORS[status] ?? { cod: String(status), message: `Internal error: ${status}` };
  return { error: true, reason: OPEN_METEO_REASONS[status] ?? `Scripted status ${status}` };
}
