// The warnings parsers over recorded real answers (sources in test/fixtures/README.md). Values checked
// here are read off the fixture files themselves.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activeAlerts } from '../../../main/core/alerts/alert.ts';
import { parseMetAlerts } from '../../../main/core/alerts/metalerts.ts';
import { parseMeteoAlarmFeed } from '../../../main/core/alerts/meteoalarm.ts';
import { parseNwsAlerts } from '../../../main/core/alerts/nws.ts';

const text = (name: string): string => readFileSync(new URL(`../../fixtures/alerts/${name}`, import.meta.url), 'utf8');
const json = (name: string): unknown => JSON.parse(text(name));

describe('NWS recorded answers', () => {
  it("a point answer of 2017: two Special Weather Statements, the older already expired by the newer's onset", () => {
    const { messages, unreadable } = parseNwsAlerts(json('nws/active-point-new-mexico.json'));
    expect(unreadable).toEqual([]);
    expect(messages.map((m) => m.id)).toEqual(['NWS-IDP-PROD-2587691', 'NWS-IDP-PROD-2587152']);
    expect(messages[0]).toMatchObject({
      event: 'Special Weather Statement',
      severity: 'Moderate',
      urgency: 'Expected',
      certainty: 'Observed',
      // That answer had no senderName: `sender` was still the office's name then.
      issuer: 'NWS Albuquerque NM',
      instruction: null,
      onset: '2017-12-05T23:04:00+00:00',
      expires: '2017-12-06T11:00:00+00:00',
      link: 'https://api.weather.gov/alerts/NWS-IDP-PROD-2587691',
    });
    expect(messages[0]?.description).toMatch(/^Much colder temperatures are in place across New Mexico this\nafternoon/);
    const evening = Date.parse('2017-12-06T00:00:00Z');
    expect(activeAlerts(messages, evening).map((m) => m.id)).toEqual(['NWS-IDP-PROD-2587691']);
  });

  it('a Flood Watch Update of 2019: four references, and the hazard ends after the message expires', () => {
    const { messages } = parseNwsAlerts(json('nws/active-zone-flood-watch-update.json'));
    expect(messages).toHaveLength(1);
    const [watch] = messages;
    expect(watch).toMatchObject({
      messageType: 'Update',
      event: 'Flood Watch',
      severity: 'Severe',
      urgency: 'Future',
      certainty: 'Possible',
      issuer: 'NWS Portland OR',
      expires: '2019-12-21T05:30:00-08:00',
      ends: '2019-12-22T10:00:00-08:00',
    });
    expect(watch?.references).toEqual([
      'NWS-IDP-PROD-3964821-3368352',
      'NWS-IDP-PROD-3965324-3368680',
      'NWS-IDP-PROD-3965155-3368578',
      'NWS-IDP-PROD-3963421-3367361',
    ]);
    expect(watch?.instruction).toMatch(/^A Flood Watch means there is a potential for flooding/);
  });

  it('the Flood Watch stays in force after its message expires, until the hazard ends', () => {
    const { messages } = parseNwsAlerts(json('nws/active-zone-flood-watch-update.json'));
    const betweenExpiresAndEnds = Date.parse('2019-12-21T12:00:00-08:00');
    const afterEnds = Date.parse('2019-12-22T10:00:00-08:00');
    expect(activeAlerts(messages, betweenExpiresAndEnds).map((m) => m.event)).toEqual(['Flood Watch']);
    expect(activeAlerts(messages, afterEnds)).toEqual([]);
  });
});

describe('MetAlerts recorded answers', () => {
  it('a gale warning at sea (an Update, in Norwegian), and an empty answer', () => {
    const { messages } = parseMetAlerts(json('metalerts/current-torungen-gale.json'));
    expect(messages).toEqual([
      {
        source: 'metalerts',
        id: '2.49.0.1.578.0.20240502143145.095',
        messageType: 'Update',
        references: [],
        event: 'Kuling',
        severity: 'Moderate',
        urgency: 'Unknown',
        certainty: 'Likely',
        awareness: 'yellow',
        headline: 'Kuling, gult nivå, Torungen - Oksøy, 2024-05-01T18:00:00+00:00, 2024-05-03T13:00:00+00:00',
        description:
          'Nordøstlig periodevis stiv kuling 15 m/s. Minkende fredag ettermiddag.\n\nSjøen bygger seg opp og det kan være farlig å være ute i småbåt',
        instruction: 'Vurder å la båten ligge.',
        sent: null,
        onset: '2024-05-01T18:00:00+00:00',
        expires: '2024-05-03T13:00:00+00:00',
        ends: '2024-05-03T13:00:00+00:00',
        area: 'Torungen - Oksøy',
        issuer: 'MET Norway',
        link: 'https://www.met.no/vaer-og-klima/ekstremvaervarsler-og-andre-farevarsler/vaerfenomener-som-kan-gi-farevarsel-fra-met/kuling-stormvarsel-for-kyst-og-naere-fiskebanker',
      },
    ]);
    expect(parseMetAlerts(json('metalerts/current-none.json')).messages).toEqual([]);
  });
});

describe('MeteoAlarm recorded feeds', () => {
  it('Ireland: one message listed once per area code counts once, for a place anywhere in the country', () => {
    const dublin = { name: 'Dublin', region: 'Leinster', country: 'Ireland', latitude: 53.35, longitude: -6.26 };
    const { messages, elsewhere } = parseMeteoAlarmFeed(text('meteoalarm/ireland.xml'), dublin);
    expect(messages).toHaveLength(2);
    expect(elsewhere).toBe(0);
    const active = activeAlerts(messages, Date.parse('2022-12-07T12:00:00Z'));
    expect(active).toHaveLength(1);
    expect(active[0]).toMatchObject({
      id: '2.49.0.1.372.0.221206232741.M_LowTemp003',
      event: 'Yellow Low Temperature/Ice',
      awareness: 'yellow',
      severity: 'Moderate',
      urgency: 'Future',
      onset: '2022-12-08T00:00:00+00:00',
      expires: '2022-12-08T11:59:59+00:00',
      headline: 'Yellow Low-temperature Warning issued for Ireland - Ireland',
      link: 'https://feeds.meteoalarm.org/api/v1/warnings/feeds-ireland/558830a2-74a1-402a-915c-ab365ec68d25',
    });
  });

  it('United Kingdom: the region named in the feed, entities decoded, other regions only counted', () => {
    const shetland = { name: 'Lerwick', region: 'Orkney & Shetland', country: 'United Kingdom', latitude: 60.15, longitude: -1.15 };
    const { messages, elsewhere } = parseMeteoAlarmFeed(text('meteoalarm/united-kingdom.xml'), shetland);
    expect(messages.map((m) => [m.messageType, m.event, m.area])).toEqual([['Update', 'Yellow snow warning', 'Orkney & Shetland']]);
    expect(elsewhere).toBe(1);
    const cardiff = { name: 'Cardiff', region: 'Wales', country: 'United Kingdom', latitude: 51.48, longitude: -3.18 };
    expect(parseMeteoAlarmFeed(text('meteoalarm/united-kingdom.xml'), cardiff).messages.map((m) => m.event)).toEqual(['Yellow ice warning']);
  });
});
