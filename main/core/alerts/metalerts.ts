// MET Norway's MetAlerts 2.0 (https://api.met.no/weatherapi/metalerts/2.0/documentation): the warnings
// for Norway, its waters and Svalbard. `current.json?lat=..&lon=..` answers the GeoJSON form (beta) of
// the CAP messages in force there. Each CAP file never changes once issued, and MET asks that none be
// fetched twice: everything Skytray needs is in the GeoJSON, so it fetches no CAP file at all.
// Terms (https://api.met.no/doc/TermsOfService): identify yourself in the User-Agent; data under
// NLOD 2.0 and CC BY 4.0, credit "MET Norway".
import { array, object, string } from '../providers/json-shape.ts';
import { coord } from '../providers/provider.ts';
import { awarenessLevel, capCertainty, capMessageType, capSeverity, type WeatherAlert } from './alert.ts';
import { instant, parseAlertsOrFail, readEach, text, type ParsedAlerts } from './alert-shape.ts';
import type { AlertPoint } from './nws.ts';

export const METALERTS_ORIGIN = 'https://api.met.no';
export const METALERTS_LABEL = 'MET Norway';

/** Norway, and Svalbard and Jan Mayen, which geocoders list as a country of their own. */
export const METALERTS_COUNTRIES: ReadonlySet<string> = new Set(['NO', 'SJ']);

export type MetAlertsLanguage = 'en' | 'no';

export function metAlertsUrl(origin: URL, point: AlertPoint, language: MetAlertsLanguage = 'en'): URL {
  const url = new URL(`${origin.pathname.replace(/\/$/, '')}/weatherapi/metalerts/2.0/current.json`, origin);
  url.searchParams.set('lat', coord(point.latitude));
  url.searchParams.set('lon', coord(point.longitude));
  url.searchParams.set('lang', language);
  return url;
}

export function parseMetAlerts(json: unknown): ParsedAlerts {
  return parseAlertsOrFail(METALERTS_LABEL, () => {
    const root = object(json, 'response');
    const features = array(root['features'], 'response.features');
    return readEach(features, (feature, i) => readFeature(feature, `response.features[${i}]`));
  });
}

function readFeature(feature: unknown, path: string): WeatherAlert | null {
  const f = object(feature, path);
  const p = object(f['properties'], `${path}.properties`);
  const at = (name: string): string => `${path}.properties.${name}`;
  // `type` is the CAP msgType here; the GeoJSON form carries no `references`: a message it lists is in
  // force, and the one an Update replaced is simply no longer listed.
  const messageType = capMessageType(text(p['type'], at('type')));
  const status = text(p['status'], at('status'));
  if (messageType === null || (status !== null && status !== 'Actual')) return null;
  const [onset, expires] = interval(f['when'], `${path}.when`);
  return {
    source: 'metalerts',
    id: string(p['id'], at('id')),
    messageType,
    references: [],
    event: text(p['eventAwarenessName'], at('eventAwarenessName')) ?? string(p['event'], at('event')),
    severity: capSeverity(text(p['severity'], at('severity'))),
    // The GeoJSON form leaves urgency out (only the CAP file has it).
    urgency: 'Unknown',
    certainty: capCertainty(text(p['certainty'], at('certainty'))),
    awareness: awarenessLevel(text(p['riskMatrixColor'], at('riskMatrixColor')) ?? text(p['awareness_level'], at('awareness_level'))),
    headline: text(p['title'], at('title')),
    description: joined(text(p['description'], at('description')), text(p['consequences'], at('consequences'))),
    instruction: text(p['instruction'], at('instruction')),
    sent: null,
    onset,
    expires,
    ends: instant(p['eventEndingTime'], at('eventEndingTime')),
    area: text(p['area'], at('area')),
    issuer: METALERTS_LABEL,
    link: text(p['web'], at('web')),
  };
}

/** `when.interval`: [onset, end of validity]. */
function interval(value: unknown, path: string): [string | null, string | null] {
  if (value === undefined || value === null) return [null, null];
  const items = array(object(value, path)['interval'], `${path}.interval`);
  return [instant(items[0], `${path}.interval[0]`), instant(items[1], `${path}.interval[1]`)];
}

/** MET states the consequences apart from the weather; a person reads them together. */
function joined(description: string | null, consequences: string | null): string | null {
  if (!consequences) return description;
  return description ? `${description}\n\n${consequences}` : consequences;
}
