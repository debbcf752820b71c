// The NWS active-alerts answer read into normalised warnings, and everything odd it may send.
import { describe, expect, it } from 'vitest';
import { activeAlerts } from '../../../main/core/alerts/alert.ts';
import { nwsAlertsUrl, parseNwsAlerts } from '../../../main/core/alerts/nws.ts';
import { WeatherError } from '../../../main/core/errors.ts';

const feature = (properties: Record<string, unknown>): Record<string, unknown> => ({
  id: `https://api.weather.gov/alerts/${String(properties['id'])}`,
  type: 'Feature',
  geometry: null,
  properties: {
    '@id': `https://api.weather.gov/alerts/${String(properties['id'])}`,
    areaDesc: 'Boston',
    references: [],
    sent: '2026-11-25T10:00:00-05:00',
    effective: '2026-11-25T10:00:00-05:00',
    onset: '2026-11-25T12:00:00-05:00',
    expires: '2026-11-25T20:00:00-05:00',
    ends: null,
    status: 'Actual',
    messageType: 'Alert',
    severity: 'Moderate',
    certainty: 'Likely',
    urgency: 'Expected',
    event: 'Wind Advisory',
    senderName: 'NWS Boston/Norton MA',
    headline: 'Wind Advisory issued',
    description: 'Gusts to 50 mph.',
    instruction: null,
    ...properties,
  },
});
const collection = (...features: unknown[]): unknown => ({ type: 'FeatureCollection', features });

describe('NWS request', () => {
  it('asks for the active, actual alerts at the point, coordinates to 4 decimals, under a self-hosted path', () => {
    const url = nwsAlertsUrl(new URL('http://127.0.0.1:9/nws/'), { latitude: 42.360081, longitude: -71.058884 });
    expect(url.pathname).toBe('/nws/alerts/active');
    expect(url.searchParams.get('point')).toBe('42.3601,-71.0589');
    expect(url.searchParams.get('status')).toBe('actual');
  });
});

describe('NWS answer', () => {
  it('reads the CAP fields of each feature', () => {
    const { messages, unreadable } = parseNwsAlerts(collection(feature({ id: 'urn:oid:1' })));
    expect(unreadable).toEqual([]);
    expect(messages).toEqual([
      {
        source: 'nws',
        id: 'urn:oid:1',
        messageType: 'Alert',
        references: [],
        event: 'Wind Advisory',
        severity: 'Moderate',
        urgency: 'Expected',
        certainty: 'Likely',
        awareness: null,
        headline: 'Wind Advisory issued',
        description: 'Gusts to 50 mph.',
        instruction: null,
        sent: '2026-11-25T10:00:00-05:00',
        onset: '2026-11-25T12:00:00-05:00',
        expires: '2026-11-25T20:00:00-05:00',
        ends: null,
        area: 'Boston',
        issuer: 'NWS Boston/Norton MA',
        link: 'https://api.weather.gov/alerts/urn:oid:1',
      },
    ]);
  });

  it('an Update then a Cancel: the references are identifiers, and nothing remains in force', () => {
    const ref = (id: string): unknown => ({
      '@id': `https://api.weather.gov/alerts/${id}`,
      identifier: id,
      sender: 'w-nws.webmaster@noaa.gov',
      sent: '2026-11-25T10:00:00-05:00',
    });
    const { messages } = parseNwsAlerts(
      collection(
        feature({ id: 'A' }),
        feature({ id: 'B', messageType: 'Update', references: [ref('A')] }),
        feature({ id: 'C', messageType: 'Cancel', references: [ref('B')] }),
      ),
    );
    expect(messages.map((m) => [m.id, m.messageType, m.references])).toEqual([
      ['A', 'Alert', []],
      ['B', 'Update', ['A']],
      ['C', 'Cancel', ['B']],
    ]);
    expect(activeAlerts(messages, Date.parse('2026-11-25T16:00:00Z'))).toEqual([]);
  });

  it('leaves out Test messages and Acks: nobody should act on them', () => {
    const { messages, unreadable } = parseNwsAlerts(
      collection(feature({ id: 'test', status: 'Test' }), feature({ id: 'ack', messageType: 'Ack' }), feature({ id: 'real' })),
    );
    expect(messages.map((m) => m.id)).toEqual(['real']);
    expect(unreadable).toEqual([]);
  });

  it('an onset of null falls back to effective; an empty instruction is no instruction', () => {
    const [m] = parseNwsAlerts(collection(feature({ id: 'x', onset: null, instruction: '' }))).messages;
    expect(m?.onset).toBe('2026-11-25T10:00:00-05:00');
    expect(m?.instruction).toBeNull();
  });

  it('a feature it cannot read is set aside and counted; the others still count', () => {
    const { messages, unreadable } = parseNwsAlerts(
      collection(feature({ id: 'good' }), feature({ id: 'bad-time', expires: 'tomorrow-ish' }), feature({ id: 7 }), { type: 'Feature' }),
    );
    expect(messages.map((m) => m.id)).toEqual(['good']);
    expect(unreadable).toEqual([
      'response.features[1].properties.expires should be an ISO 8601 time, got "tomorrow-ish"',
      'response.features[2].properties.id should be a string, got 7',
      'response.features[3].properties should be an object, got undefined',
    ]);
  });

  it('an answer that is not a feature collection is a malformed WeatherError, not a crash', () => {
    for (const json of [null, [], 'Service Unavailable', { type: 'FeatureCollection' }, { features: {} }]) {
      let error: unknown;
      try {
        parseNwsAlerts(json);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(WeatherError);
      expect((error as WeatherError).code).toBe('malformed');
      expect((error as WeatherError).message).toBe('National Weather Service sent warnings Skytray does not understand.');
    }
  });
});
