// MET Norway's MetAlerts 2.0 `current.json?lat=..&lon=..` as documented
// (https://api.met.no/weatherapi/metalerts/2.0/documentation, the GeoJSON format) and as recorded under
// test/fixtures/alerts/metalerts/: `type` is the CAP msgType, `when.interval` the validity, no
// `references`; a message an Update replaced is no longer listed, and a cancelled warning neither.
// api.met.no refuses requests without an identifying User-Agent with 403 (https://api.met.no/doc/TermsOfService,
// "Identification"; "new products will return a 403 Forbidden instead", https://api.met.no/blog/2020-06-12-locfc2,
// as quoted in balena-io-experimental/inkyshot#34).
import type { ServiceAnswer } from './nws-answers.ts';
import { covers, currentMessages, iso, type WarningStory } from './warning-lifecycle.ts';

const LEVEL = { yellow: '2; yellow; Moderate', orange: '3; orange; Severe', red: '4; red; Extreme' } as const;

export function metAlertsCurrent(q: URLSearchParams, userAgent: string | undefined, stories: readonly WarningStory[], now: number): ServiceAnswer {
  if (!userAgent) return { status: 403, contentType: 'text/html', body: '<html><body><h1>403 Forbidden</h1></body></html>' };
  const lat = Number(q.get('lat'));
  const lon = Number(q.get('lon'));
  if (q.get('lat') === null || q.get('lon') === null || !Number.isFinite(lat) || !Number.isFinite(lon)) {
    return { status: 400, contentType: 'text/plain', body: 'lat and lon must both be given as numbers' };
  }
  const lang = q.get('lang') === 'en' ? 'en' : 'no';
  const features = currentMessages(stories, now, (story) => covers(story.area.box, lat, lon), false).map((m) => ({
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [] },
    when: { interval: [iso(m.story.issuedAt), iso(m.story.expiresAt)] },
    properties: {
      area: m.story.area.name,
      awareness_level: LEVEL[m.story.colour],
      awareness_type: '1; Wind',
      certainty: 'Likely',
      consequences: 'Loose objects may be blown about.',
      description: m.story.description ?? `${m.story.event} for ${m.story.area.name}.`,
      event: 'wind',
      eventAwarenessName: m.story.event,
      eventEndingTime: iso(m.story.expiresAt),
      geographicDomain: 'land',
      id: m.id,
      instruction: m.story.instruction ?? 'Secure loose objects.',
      resources: [{ description: 'CAP file', mimeType: 'application/xml', uri: `https://api.met.no/weatherapi/metalerts/2.0/current?cap=${m.id}` }],
      riskMatrixColor: m.story.colour[0]?.toUpperCase() + m.story.colour.slice(1),
      severity: m.story.severity,
      status: 'Actual',
      title: `${m.story.event}, ${m.story.colour} level, ${m.story.area.name}`,
      type: m.type,
      web: 'https://www.met.no/vaer-og-klima/ekstremvaervarsler-og-andre-farevarsler',
    },
  }));
  const body = { type: 'FeatureCollection', features, lang, lastChange: iso(now) };
  return { status: 200, contentType: 'application/json', body: JSON.stringify(body) };
}
