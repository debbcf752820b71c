// What one Open-Meteo request costs against the free API's limits. Open-Meteo does not count HTTP
// requests; it counts weighted calls, and a request that asks for much costs more than one.
//
// The rule, from the server's own source (open-meteo/open-meteo, Sources/App/Helper/Writer/
// ForecastApiResult.swift, `calculateQueryWeight`, which links open-meteo/open-meteo#438):
//   per location: max(1, variables / 10 * max(1, days / 14)); the request: the sum over its locations.
// `variables` is every hourly, 15-minutely, current and daily variable asked for, times the number of
// models (ForecastapiController.swift: `nVariables`); `days` is the whole days of the location's time
// range. Nothing is rounded: the counts are fractional. The pricing page's FAQ ("How is one API call
// defined?", https://open-meteo.com/en/pricing) says it in words: for one location, more than 10
// variables or more than 14 days is more than one call, counted fractionally: 14 days of 15 variables
// are 1.5 calls, 4 weeks of 15 variables 3.0 (the page's "7 days" corrected to 14 in
// open-meteo/open-meteo-website#504). With several coordinates, "a minimum of 1 is always applied
// before" multiplying by the locations (the maintainer in open-meteo/open-meteo#1295).

export type OpenMeteoRequestShape = Readonly<{
  locations: number;
  /** Hourly, daily, current and 15-minutely variables together. */
  variables: number;
  /** @default 1 */
  models?: number;
  /** Whole days of data for each location. */
  days: number;
}>;

const REFERENCE_VARIABLES = 10;
const REFERENCE_DAYS = 14;
/** Open-Meteo's default when a request names no `forecast_days` (docs: "Default 7"). */
const DEFAULT_FORECAST_DAYS = 7;
const VARIABLE_PARAMETERS = ['hourly', 'daily', 'current', 'minutely_15'] as const;

/** The weighted calls one request is billed, as Open-Meteo computes it. */
export function openMeteoCallWeight(shape: OpenMeteoRequestShape): number {
  const variablesFraction = (shape.variables * (shape.models ?? 1)) / REFERENCE_VARIABLES;
  const timeFraction = shape.days / REFERENCE_DAYS;
  const perLocation = Math.max(1, Math.max(variablesFraction, variablesFraction * timeFraction));
  return perLocation * shape.locations;
}

/**
 * What a request asks for, read from its URL, so the weight is that of the request actually sent
 * whatever the provider module builds. A URL without coordinates (place search) is one location.
 */
export function openMeteoRequestShape(url: URL): OpenMeteoRequestShape {
  const q = url.searchParams;
  const list = (name: string): string[] => (q.get(name) ?? '').split(',').filter((s) => s.trim() !== '');
  return {
    locations: Math.max(1, list('latitude').length),
    variables: VARIABLE_PARAMETERS.reduce((sum, name) => sum + list(name).length, 0),
    models: Math.max(1, list('models').length),
    days: daysAsked(q),
  };
}

/** The weighted calls the request at `url` will be billed. */
export function openMeteoRequestWeight(url: URL): number {
  return openMeteoCallWeight(openMeteoRequestShape(url));
}

function daysAsked(q: URLSearchParams): number {
  const start = q.get('start_date');
  const end = q.get('end_date');
  if (start && end) return Math.max(1, ...spans(start.split(','), end.split(',')));
  const whole = (name: string, fallback: number): number => {
    const n = Number(q.get(name) ?? fallback);
    return Number.isFinite(n) && n >= 0 ? Math.floor(n) : fallback;
  };
  return whole('past_days', 0) + whole('forecast_days', DEFAULT_FORECAST_DAYS);
}

/** Days from each start date to its end date, both included. */
function spans(starts: readonly string[], ends: readonly string[]): number[] {
  return starts.map((start, i) => {
    const days = (Date.parse(ends[i] ?? ends[0] ?? '') - Date.parse(start)) / 86_400_000 + 1;
    return Number.isFinite(days) ? days : 1;
  });
}
