// MET Norway's MetAlerts GeoJSON read into normalised warnings.
import { describe, expect, it } from 'vitest';
import { metAlertsUrl, parseMetAlerts } from '../../../main/core/alerts/metalerts.ts';
import { WeatherError } from '../../../main/core/errors.ts';

const feature = (properties: Record<string, unknown>, when: unknown = { interval: ['2026-11-25T06:00:00+00:00', '2026-11-26T06:00:00+00:00'] }): unknown => ({
  type: 'Feature',
  geometry: { type: 'Polygon', coordinates: [] },
  when,
  properties: {
    area: 'Vestland',
    awareness_level: '3; orange; Severe',
    awareness_type: '1; Wind',
    certainty: 'Likely',
    consequences: 'Trees may fall.',
    description: 'Storm in exposed places.',
    event: 'wind',
    eventAwarenessName: 'Wind',
    eventEndingTime: '2026-11-26T09:00:00+00:00',
    id: '2.49.0.1.578.0.1',
    instruction: 'Secure loose objects.',
    riskMatrixColor: 'Orange',
    severity: 'Severe',
    status: 'Actual',
    title: 'Wind, orange level, Vestland',
    type: 'Alert',
    web: 'https://www.met.no/vaer-og-klima/ekstremvaervarsler-og-andre-farevarsler',
    ...properties,
  },
});

describe('MetAlerts request', () => {
  it('asks for the current warnings at the point, in English by default', () => {
    const url = metAlertsUrl(new URL('https://api.met.no'), { latitude: 60.39299, longitude: 5.32415 });
    expect(url.href).toBe('https://api.met.no/weatherapi/metalerts/2.0/current.json?lat=60.393&lon=5.3242&lang=en');
    expect(metAlertsUrl(new URL('http://127.0.0.1:1/'), { latitude: 1, longitude: 2 }, 'no').searchParams.get('lang')).toBe('no');
  });
});

describe('MetAlerts answer', () => {
  it('reads when.interval as onset and expiry, the colour, and the consequences after the description', () => {
    const [m] = parseMetAlerts({ type: 'FeatureCollection', features: [feature({})] }).messages;
    expect(m).toEqual({
      source: 'metalerts',
      id: '2.49.0.1.578.0.1',
      messageType: 'Alert',
      references: [],
      event: 'Wind',
      severity: 'Severe',
      urgency: 'Unknown',
      certainty: 'Likely',
      awareness: 'orange',
      headline: 'Wind, orange level, Vestland',
      description: 'Storm in exposed places.\n\nTrees may fall.',
      instruction: 'Secure loose objects.',
      sent: null,
      onset: '2026-11-25T06:00:00+00:00',
      expires: '2026-11-26T06:00:00+00:00',
      ends: '2026-11-26T09:00:00+00:00',
      area: 'Vestland',
      issuer: 'MET Norway',
      link: 'https://www.met.no/vaer-og-klima/ekstremvaervarsler-og-andre-farevarsler',
    });
  });

  it('falls back to the event code and awareness_level when the friendlier fields are missing', () => {
    const [m] = parseMetAlerts({ features: [feature({ eventAwarenessName: undefined, riskMatrixColor: undefined })] }).messages;
    expect(m?.event).toBe('wind');
    expect(m?.awareness).toBe('orange');
  });

  it('an empty list is no warnings, not an error', () => {
    expect(parseMetAlerts({ features: [], lang: 'en', lastChange: '2026-11-25T10:00:00+00:00', type: 'FeatureCollection' })).toEqual({
      messages: [],
      unreadable: [],
      elsewhere: 0,
    });
  });

  it('sets aside a feature with a broken interval, keeps the rest', () => {
    const parsed = parseMetAlerts({ features: [feature({ id: 'ok' }), feature({ id: 'bad' }, { interval: 'soon' })] });
    expect(parsed.messages.map((m) => m.id)).toEqual(['ok']);
    expect(parsed.unreadable).toEqual(['response.features[1].when.interval should be an array, got "soon"']);
  });

  it('an HTML error page read as JSON is a malformed WeatherError', () => {
    expect(() => parseMetAlerts('<html>503</html>')).toThrow(WeatherError);
    expect(() => parseMetAlerts({ type: 'FeatureCollection' })).toThrow('MET Norway sent warnings Skytray does not understand.');
  });
});
