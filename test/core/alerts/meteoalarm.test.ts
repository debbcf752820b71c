// MeteoAlarm's per-country Atom feed: read without an XML library, narrowed to one place.
import { describe, expect, it } from 'vitest';
import { readAtomEntries } from '../../../main/core/alerts/atom-entries.ts';
import { concernsPlace } from '../../../main/core/alerts/meteoalarm-area.ts';
import { meteoAlarmFeedUrl, parseMeteoAlarmFeed } from '../../../main/core/alerts/meteoalarm.ts';
import { WeatherError } from '../../../main/core/errors.ts';
import { DEFAULT_SETTINGS, type NotificationSettings } from '../../../main/core/model/settings.ts';
import { dueNotices } from '../../../main/core/service/notification-policy.ts';
import { place } from '../../support/engine.ts';

const entry = (fields: Record<string, string>, extra = ''): string => `
  <entry>
    <cap:geocode><valueName>EMMA_ID</valueName><value>DE123</value></cap:geocode>
    ${Object.entries(fields)
      .map(([k, v]) => `<${k}>${v}</${k}>`)
      .join('\n    ')}
    <link href="https://feeds.meteoalarm.org/api/v1/warnings/feeds-germany/u-1" type="application/cap+xml"/>
    ${extra}
  </entry>`;
const base = {
  'cap:areaDesc': 'Kreis Ahrweiler',
  'cap:event': 'Orange wind warning',
  'cap:sent': '2026-11-25T08:00:00+00:00',
  'cap:onset': '2026-11-25T12:00:00+00:00',
  'cap:expires': '2026-11-26T00:00:00+00:00',
  'cap:certainty': 'Likely',
  'cap:severity': 'Severe',
  'cap:urgency': 'Immediate',
  'cap:message_type': 'Alert',
  'cap:status': 'Actual',
  'cap:identifier': '2.49.0.0.276.0.DWD.1',
  title: 'Orange wind warning issued for Germany - Kreis Ahrweiler',
};
const feed = (...entries: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:cap="urn:oasis:names:tc:emergency:cap:1.2">\n<title>Meteoalarm</title>${entries.join('')}\n</feed>\n`;
const ahrweiler = { name: 'Bad Neuenahr-Ahrweiler', region: 'Kreis Ahrweiler', country: 'Germany', latitude: 50.54, longitude: 7.11 };

describe('MeteoAlarm request', () => {
  it('names the country feed as the feed index spells it; a country it does not serve is a programming error', () => {
    expect(meteoAlarmFeedUrl(new URL('https://feeds.meteoalarm.org'), 'de').href).toBe('https://feeds.meteoalarm.org/feeds/meteoalarm-legacy-atom-germany');
    expect(meteoAlarmFeedUrl(new URL('http://127.0.0.1:5/ma/'), 'MK').pathname).toBe('/ma/feeds/meteoalarm-legacy-atom-republic-of-north-macedonia');
    expect(() => meteoAlarmFeedUrl(new URL('https://feeds.meteoalarm.org'), 'US')).toThrow(RangeError);
  });
});

describe('MeteoAlarm feed', () => {
  it('reads an entry for the place: the colour from the event, the CAP file as the link', () => {
    const { messages, elsewhere } = parseMeteoAlarmFeed(feed(entry(base)), ahrweiler);
    expect(elsewhere).toBe(0);
    expect(messages).toEqual([
      {
        source: 'meteoalarm',
        id: '2.49.0.0.276.0.DWD.1',
        messageType: 'Alert',
        references: [],
        event: 'Orange wind warning',
        severity: 'Severe',
        urgency: 'Immediate',
        certainty: 'Likely',
        awareness: 'orange',
        headline: 'Orange wind warning issued for Germany - Kreis Ahrweiler',
        description: null,
        instruction: null,
        sent: '2026-11-25T08:00:00+00:00',
        onset: '2026-11-25T12:00:00+00:00',
        expires: '2026-11-26T00:00:00+00:00',
        ends: null,
        area: 'Kreis Ahrweiler',
        issuer: 'MeteoAlarm',
        link: 'https://feeds.meteoalarm.org/api/v1/warnings/feeds-germany/u-1',
      },
    ]);
  });

  it('counts the warnings for other areas of the country without listing them', () => {
    const other = entry({ ...base, 'cap:areaDesc': 'Kreis Cochem-Zell', 'cap:identifier': 'other' });
    const sameElsewhere = entry({ ...base, 'cap:areaDesc': 'Kreis Mayen-Koblenz' });
    const parsed = parseMeteoAlarmFeed(feed(entry(base), other, sameElsewhere), ahrweiler);
    expect(parsed.messages.map((m) => m.id)).toEqual(['2.49.0.0.276.0.DWD.1']);
    expect(parsed.elsewhere).toBe(1);
  });

  it('counts elsewhere only warnings in force: no Cancel, no Test, none expired', () => {
    const elsewhere = (fields: Record<string, string>): string => entry({ ...base, 'cap:areaDesc': 'Kreis Cochem-Zell', ...fields });
    const parsed = parseMeteoAlarmFeed(
      feed(
        elsewhere({ 'cap:identifier': 'live' }),
        elsewhere({ 'cap:identifier': 'cancel', 'cap:message_type': 'Cancel' }),
        elsewhere({ 'cap:identifier': 'test', 'cap:status': 'Test' }),
        elsewhere({ 'cap:identifier': 'ended', 'cap:expires': '2026-11-25T10:00:00+00:00' }),
      ),
      ahrweiler,
      Date.parse('2026-11-25T13:00:00+00:00'),
    );
    expect(parsed.elsewhere).toBe(1);
  });

  it('reads the colour from the title when the event names none', () => {
    const [plain] = parseMeteoAlarmFeed(
      feed(entry({ ...base, 'cap:event': 'Wind', title: 'Orange Wind Warning issued for Germany - Kreis Ahrweiler' })),
      ahrweiler,
    ).messages;
    expect(plain?.awareness).toBe('orange');
    // A colour in the area's name is not the warning's.
    const [redArea] = parseMeteoAlarmFeed(
      feed(entry({ ...base, 'cap:event': 'Wind', 'cap:areaDesc': 'Red Deer', title: 'Wind warning issued for Canada - Red Deer' })),
      { ...ahrweiler, name: 'Red Deer' },
    ).messages;
    expect(redArea?.awareness).toBeNull();
  });

  it('decodes entities and CDATA, and leaves out Test messages', () => {
    const text = parseMeteoAlarmFeed(
      feed(
        entry({ ...base, title: 'Wind &amp; rain &#8211; <![CDATA[<b>Ahrweiler</b>]]> &#x2014; ok' }),
        entry({ ...base, 'cap:identifier': 'test', 'cap:status': 'Test' }),
      ),
      ahrweiler,
    );
    expect(text.messages.map((m) => m.headline)).toEqual(['Wind & rain – <b>Ahrweiler</b> — ok']);
  });

  it('an outline holding the point settles it, whatever the area is called', () => {
    const polygon = '<cap:polygon>50.0,7.0 51.0,7.0 51.0,7.5 50.0,7.5 50.0,7.0</cap:polygon>';
    const inside = parseMeteoAlarmFeed(feed(entry({ ...base, 'cap:areaDesc': 'Mittelrhein' }, polygon)), ahrweiler);
    expect(inside.messages).toHaveLength(1);
    const outside = parseMeteoAlarmFeed(feed(entry(base, polygon)), { ...ahrweiler, latitude: 52.52, longitude: 13.4 });
    expect(outside.messages).toEqual([]);
  });

  it('an entry without an identifier is set aside, not the whole feed', () => {
    const broken = entry(Object.fromEntries(Object.entries(base).filter(([k]) => k !== 'cap:identifier')));
    const parsed = parseMeteoAlarmFeed(feed(broken, entry(base)), ahrweiler);
    expect(parsed.messages).toHaveLength(1);
    expect(parsed.unreadable).toEqual(['entry[0].cap:identifier should be present, got null']);
  });

  it('an HTML page, a cut-off feed or a stray ampersand is a malformed WeatherError', () => {
    const bad = ['<html><body>502 Bad Gateway</body></html>', feed(entry(base)).slice(0, 400), feed(entry({ ...base, title: 'Wind & rain' })), ''];
    for (const xml of bad) {
      expect(() => parseMeteoAlarmFeed(xml, ahrweiler), xml.slice(0, 40)).toThrow(WeatherError);
    }
  });
});

describe('Atom entries', () => {
  it('keeps nested elements whole and reads every link', () => {
    const [e] = readAtomEntries(feed(entry(base, '<link href="https://meteoalarm.org?region=DE" rel="related" hreflang="de"/>')));
    expect(e?.fields.get('cap:geocode')?.[0]).toContain('<value>DE123</value>');
    expect(e?.links).toEqual([
      { href: 'https://feeds.meteoalarm.org/api/v1/warnings/feeds-germany/u-1', type: 'application/cap+xml', rel: null },
      { href: 'https://meteoalarm.org?region=DE', type: null, rel: 'related' },
    ]);
  });
});

describe('which MeteoAlarm area concerns a place', () => {
  const paris = { name: 'Paris', region: 'Île-de-France', country: 'France', latitude: 48.85, longitude: 2.35 };
  it('matches the place, its region or its whole country by name, accents and case aside', () => {
    expect(concernsPlace({ description: 'ILE-DE-FRANCE', polygons: [] }, paris)).toBe(true);
    expect(concernsPlace({ description: 'Paris', polygons: [] }, paris)).toBe(true);
    expect(concernsPlace({ description: 'France', polygons: [] }, paris)).toBe(true);
    expect(concernsPlace({ description: 'Hauts-de-Seine, Paris', polygons: [] }, paris)).toBe(true);
  });
  it('does not match a different area that merely contains the name', () => {
    expect(concernsPlace({ description: 'Paris Basin South', polygons: [] }, paris)).toBe(false);
    expect(concernsPlace({ description: null, polygons: [] }, paris)).toBe(false);
  });
  it('ignores an outline it cannot read and falls back to the name', () => {
    expect(concernsPlace({ description: 'Paris', polygons: ['48,2 49,x'] }, paris)).toBe(true);
  });
});

describe('German MeteoAlarm areas, named as the Deutscher Wetterdienst names its districts', () => {
  const frankfurt = { name: 'Frankfurt am Main', region: 'Hesse', country: 'Germany', latitude: 50.11, longitude: 8.68 };
  const at = (description: string, place: Parameters<typeof concernsPlace>[1]): boolean => concernsPlace({ description, polygons: [] }, place);
  it('a city or district named with its administrative kind concerns the place of that name', () => {
    expect(at('Stadt Frankfurt am Main', frankfurt)).toBe(true);
    expect(at('Stadtkreis Karlsruhe', { ...frankfurt, name: 'Karlsruhe' })).toBe(true);
    expect(at('Kreis Kleve', { ...frankfurt, name: 'Kleve' })).toBe(true);
    expect(at('Landkreis Börde', { ...frankfurt, name: 'Börde' })).toBe(true);
    expect(at('Städteregion Aachen', { ...frankfurt, name: 'Aachen' })).toBe(true);
    expect(at('Region Hannover', { ...frankfurt, name: 'Hannover' })).toBe(true);
  });
  it('a district is not matched by part of a town’s name, nor a town by part of the district’s', () => {
    // Bad Neuenahr-Ahrweiler lies in Kreis Ahrweiler, but matching name parts would also tie
    // Frankfurt (Oder) to Frankfurt am Main: such a place is matched by its outline or not at all.
    expect(at('Kreis Ahrweiler', { ...frankfurt, name: 'Bad Neuenahr-Ahrweiler', region: 'Rhineland-Palatinate' })).toBe(false);
    expect(at('Stadt Frankfurt am Main', { ...frankfurt, name: 'Frankfurt (Oder)' })).toBe(false);
    expect(at('Stadt', { ...frankfurt, name: 'Stadt' })).toBe(true);
    expect(at('Kreis Offenbach', { ...frankfurt, name: 'Offenbach am Main' })).toBe(false);
  });
  it('a Moderate warning for "Stadt Frankfurt am Main" is notified when the threshold is Moderate, not at the default Severe', () => {
    const moderate = { ...base, 'cap:areaDesc': 'Stadt Frankfurt am Main', 'cap:event': 'Yellow wind warning', 'cap:severity': 'Moderate' };
    const { messages } = parseMeteoAlarmFeed(feed(entry(moderate)), frankfurt);
    expect(messages.map((m) => m.area)).toEqual(['Stadt Frankfurt am Main']);
    const favourite = { id: 4, place: { ...place('Berlin'), ...frankfurt }, position: 0, primary: true, notify: true, addedAt: 0 };
    const due = (warnings: NotificationSettings['warnings']) =>
      dueNotices({
        snapshots: [],
        settings: { ...DEFAULT_SETTINGS.notifications, enabled: true, warnings },
        now: Date.parse('2026-11-25T13:00:00+00:00'),
        userTimeZone: 'UTC',
        lastShown: new Map(),
        warnings: [{ favourite, alerts: messages }],
      }).map((n) => n.title);
    expect(due('Moderate')).toEqual([expect.stringContaining('Frankfurt am Main')]);
    expect(due('Severe')).toEqual([]);
  });
});
