// The window may have a warning's page opened in the system's browser, and nothing else: only links
// an extras answer carried, only http(s), each checked in main before the OS is asked.
import { describe, expect, it } from 'vitest';
import type { WeatherAlert } from '../../main/core/alerts/alert.ts';
import type { FavouriteExtras } from '../../main/core/alerts/extras-view.ts';
import { silentLogger } from '../../main/core/logger.ts';
import { checkArgs } from '../../main/ipc/ipc-args.ts';
import { createHandlers, dispatch } from '../../main/ipc/ipc-handlers.ts';
import { isWarningLink } from '../../main/ipc/warning-links.ts';
import { CITIES } from '../provider/gazetteer.ts';
import { place } from '../support/engine.ts';
import { extrasServices, noApiKeys } from './extras-services.ts';

const started = extrasServices();

const withLinks = (...links: (string | null)[]): FavouriteExtras[] => [
  {
    favouriteId: 1,
    alerts: { source: 'metalerts', active: links.map((link, i) => ({ id: `m${i}`, link }) as unknown as WeatherAlert), elsewhere: 0, error: null },
    airQuality: { reading: null, attribution: '', error: null },
    airQualityIndex: 'european',
    alertsAge: { fetchedAt: 0, ageMs: 0 },
    airQualityAge: { fetchedAt: null, ageMs: null },
  },
];

describe("'app:open-link'", () => {
  it('takes one piece of text of at most 2048 characters', () => {
    expect(checkArgs('app:open-link', ['https://www.met.no/'])).toEqual(['https://www.met.no/']);
    expect(() => checkArgs('app:open-link', [42])).toThrow('A link must be text of at most 2048 characters.');
    expect(() => checkArgs('app:open-link', [`https://x.test/${'a'.repeat(2048)}`])).toThrow('A link must be text of at most 2048 characters.');
  });

  it('takes only the web links of the warnings in force', () => {
    const extras = withLinks(
      'https://www.met.no/farevarsel/1',
      'http://www.weather.gov/x',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://user:pw@evil.test/',
      null,
    );
    const asked = [
      'https://www.met.no/farevarsel/1',
      'http://www.weather.gov/x',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://user:pw@evil.test/',
      'https://www.met.no/',
    ];
    expect(asked.map((url) => isWarningLink(extras, url))).toEqual([true, true, false, false, false, false]);
  });

  it('opens a warning’s link once main has the warning, and refuses any other', async () => {
    const t = await started.testService({ service: { autoRefresh: false } });
    const honolulu = CITIES.find((c) => c.name === 'Honolulu')!;
    const now = t.clock.now();
    const warnings = await started.warningServices({
      now: () => t.clock.now(),
      stories: [
        {
          key: 'surf',
          event: 'High Surf Warning',
          severity: 'Severe',
          colour: 'orange',
          area: {
            name: 'Oahu',
            box: { south: honolulu.latitude - 1, west: honolulu.longitude - 1, north: honolulu.latitude + 1, east: honolulu.longitude + 1 },
          },
          issuedAt: now - 3_600_000,
          expiresAt: now + 3_600_000,
        },
      ],
    });
    t.service.updateSettings({ nwsUrl: warnings.origin, airQualityUrl: t.server.origin });
    t.service.addFavourite(place('Honolulu'));
    const opened: string[] = [];
    const handlers = createHandlers({
      service: t.service,
      apiKeys: noApiKeys,
      report: () => '',
      showLog: async () => null,
      logger: silentLogger,
      openExternal: async (url) => void opened.push(url),
    });
    const link = 'https://api.weather.gov/alerts/surf-alert';
    const refused = { ok: false, error: { code: 'invalid-input', message: 'Skytray opens only the links of the warnings it shows.' } };
    expect(await dispatch(handlers, 'app:open-link', [link], silentLogger)).toEqual(refused);
    await dispatch(handlers, 'weather:extras', [null], silentLogger);
    expect(await dispatch(handlers, 'app:open-link', [link], silentLogger)).toEqual({ ok: true, value: null });
    expect(await dispatch(handlers, 'app:open-link', ['https://api.weather.gov/alerts/other'], silentLogger)).toEqual(refused);
    expect(opened).toEqual([link]);
  });
});
