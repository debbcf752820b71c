// The US National Weather Service's active alerts (https://www.weather.gov/documentation/services-web-api,
// "Alerts"): `GET /alerts/active?point=LAT,LON` answers a GeoJSON FeatureCollection whose features carry
// the CAP fields in `properties`. Keyless, but requests without an identifying User-Agent are refused.
// GeoJSON is what it sends whatever JSON type is accepted (weather-gov/api#154).
import { array, object, string } from '../providers/json-shape.ts';
import { coord } from '../providers/provider.ts';
import { capCertainty, capMessageType, capSeverity, capUrgency, type WeatherAlert } from './alert.ts';
import { instant, parseAlertsOrFail, readEach, text, type ParsedAlerts } from './alert-shape.ts';

export const NWS_ORIGIN = 'https://api.weather.gov';
export const NWS_LABEL = 'National Weather Service';

/**
 * The NWS warns for the states and for the territories its offices serve: Puerto Rico and the US
 * Virgin Islands (San Juan), Guam and the Northern Marianas (Guam), American Samoa (Pago Pago).
 */
export const NWS_COUNTRIES: ReadonlySet<string> = new Set(['US', 'PR', 'VI', 'GU', 'MP', 'AS']);

export type AlertPoint = Readonly<{ latitude: number; longitude: number }>;

/** `status=actual` leaves out the Test and Exercise messages nobody should act on. */
export function nwsAlertsUrl(origin: URL, point: AlertPoint): URL {
  const url = new URL(`${origin.pathname.replace(/\/$/, '')}/alerts/active`, origin);
  url.searchParams.set('point', `${coord(point.latitude)},${coord(point.longitude)}`);
  url.searchParams.set('status', 'actual');
  return url;
}

export function parseNwsAlerts(json: unknown): ParsedAlerts {
  return parseAlertsOrFail(NWS_LABEL, () => {
    const root = object(json, 'response');
    const features = array(root['features'], 'response.features');
    return readEach(features, (feature, i) => readFeature(feature, `response.features[${i}]`));
  });
}

function readFeature(feature: unknown, path: string): WeatherAlert | null {
  const p = object(object(feature, path)['properties'], `${path}.properties`);
  const at = (name: string): string => `${path}.properties.${name}`;
  const messageType = capMessageType(text(p['messageType'], at('messageType')));
  const status = text(p['status'], at('status'));
  if (messageType === null || (status !== null && status !== 'Actual')) return null;
  return {
    source: 'nws',
    id: string(p['id'], at('id')),
    messageType,
    references: references(p['references'], at('references')),
    event: string(p['event'], at('event')),
    severity: capSeverity(text(p['severity'], at('severity'))),
    urgency: capUrgency(text(p['urgency'], at('urgency'))),
    certainty: capCertainty(text(p['certainty'], at('certainty'))),
    awareness: null,
    headline: text(p['headline'], at('headline')),
    description: text(p['description'], at('description')),
    instruction: text(p['instruction'], at('instruction')),
    sent: instant(p['sent'], at('sent')),
    onset: instant(p['onset'], at('onset')) ?? instant(p['effective'], at('effective')),
    expires: instant(p['expires'], at('expires')),
    ends: instant(p['ends'], at('ends')),
    area: text(p['areaDesc'], at('areaDesc')),
    issuer: text(p['senderName'], at('senderName')) ?? text(p['sender'], at('sender')),
    link: text(p['@id'], at('@id')),
  };
}

/** Objects with an `identifier` today; some older answers listed bare identifiers. */
function references(value: unknown, path: string): string[] {
  if (value === undefined || value === null) return [];
  return array(value, path).map((item, i) =>
    typeof item === 'string' ? item : string(object(item, `${path}[${i}]`)['identifier'], `${path}[${i}].identifier`),
  );
}
