// api.weather.gov's `/alerts/active?point=LAT,LON` as documented
// (https://www.weather.gov/documentation/services-web-api, "Alerts" and the OpenAPI document at
// https://api.weather.gov/openapi.json): GeoJSON, CAP fields in `properties`, `references` as objects
// with an `identifier`, errors as application/problem+json. Requests with no User-Agent are refused
// with 403: "We require that all consumers of the API include a User-Agent header" (the OpenAPI
// document's `userAgent` security scheme; the same page, "Authentication"), and clients without one
// report 403 Forbidden (vbguyny/ws4kp#111, weather-gov/api#163). A Cancel is listed until the
// cancelled message would have expired.
import { covers, currentMessages, iso, type StoryMessage, type WarningStory } from './warning-lifecycle.ts';

export type ServiceAnswer = Readonly<{ status: number; contentType: string; body: string }>;

const POINT = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/;

function problem(status: number, title: string, detail: string): ServiceAnswer {
  const body = {
    correlationId: 'stand-in',
    title,
    type: `https://api.weather.gov/problems/${title.replace(/\s/g, '')}`,
    status,
    detail,
    instance: 'https://api.weather.gov/requests/stand-in',
  };
  return { status, contentType: 'application/problem+json', body: JSON.stringify(body) };
}

/**
 * A watch's or advisory's message expires when the office is due to reissue it, often hours before
 * the hazard ends: `expires` is the Product Expiration Time, `ends` the Event Ending Time
 * (weather-gov/api#15; a Heat Advisory from 10 AM to 5 PM whose message expires at 11:45 AM,
 * finity69x2/nws_alerts#91). The message stays listed after `expires` until a newer one replaces it
 * (weather-gov/api#190: updates often come after 'expires').
 */
const PRODUCT_LIFE = 6 * 3_600_000;
const productExpiration = (m: StoryMessage): number => Math.min(m.story.expiresAt, m.sent + PRODUCT_LIFE);

export function nwsActiveAlerts(q: URLSearchParams, userAgent: string | undefined, stories: readonly WarningStory[], now: number): ServiceAnswer {
  if (!userAgent) return problem(403, 'Forbidden', 'A User-Agent header is required to identify your application.');
  const point = POINT.exec(q.get('point') ?? '');
  if (!point) return problem(400, 'Invalid Parameter', `Parameter "point" is invalid: '${q.get('point') ?? ''}' does not match ${POINT.source}`);
  const [lat, lon] = [Number(point[1]), Number(point[2])];
  const features = currentMessages(stories, now, (story) => covers(story.area.box, lat, lon), true).map((m) => {
    const url = `https://api.weather.gov/alerts/${m.id}`;
    return {
      id: url,
      type: 'Feature',
      geometry: null,
      properties: {
        '@id': url,
        '@type': 'wx:Alert',
        id: m.id,
        areaDesc: m.story.area.name,
        geocode: { SAME: [], UGC: [] },
        affectedZones: [],
        references: m.replaces
          ? [{ '@id': `https://api.weather.gov/alerts/${m.replaces}`, identifier: m.replaces, sender: 'w-nws.webmaster@noaa.gov', sent: iso(m.story.issuedAt) }]
          : [],
        sent: iso(m.sent),
        effective: iso(m.sent),
        onset: iso(m.story.issuedAt),
        expires: iso(productExpiration(m)),
        ends: iso(m.story.expiresAt),
        status: 'Actual',
        messageType: m.type,
        category: 'Met',
        severity: m.story.severity,
        certainty: 'Likely',
        urgency: 'Expected',
        event: m.story.event,
        sender: 'w-nws.webmaster@noaa.gov',
        senderName: 'NWS Stand-in Office',
        headline: m.headline,
        description: m.story.description ?? `${m.story.event} for ${m.story.area.name}.`,
        instruction: m.story.instruction ?? null,
        response: m.type === 'Cancel' ? 'AllClear' : 'Prepare',
        parameters: {},
      },
    };
  });
  const body = { type: 'FeatureCollection', features, title: `Current watches, warnings, and advisories for ${lat} N, ${lon} W`, updated: iso(now) };
  return { status: 200, contentType: 'application/geo+json', body: JSON.stringify(body) };
}
