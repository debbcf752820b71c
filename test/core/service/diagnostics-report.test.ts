// The report a person pastes into a bug report says where they are no closer than 0.1 degree.
import { afterEach, describe, expect, it } from 'vitest';
import { diagnosticsReport } from '../../../main/core/service/diagnostics-report.ts';
import { createWording } from '../../../main/wording/wording.ts';
import { place } from '../../support/engine.ts';
import { startTestService, type TestService } from '../../support/service.ts';

let t: TestService | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const CONTEXT = { version: '0.1.0', platform: 'linux x64', versions: { node: '24.0.0' } };
/** A coordinate with more than one decimal: closer than about 11 km. */
const PRECISE = /(?<!\d|\d\.)-?\d{1,3}\.\d{2,}(?!\d|\.\d)/;
const withoutTimes = (text: string): string => text.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '');

describe('diagnostics report', () => {
  it('rounds the coordinates in request URLs and error texts to 0.1 degree', async () => {
    t = await startTestService();
    for (const name of ['Berlin', 'Lima']) t.service.addFavourite(place(name));
    const [typed] = await t.service.searchPlaces('48.8566,2.3522');
    if (typed) t.service.addFavourite(typed);
    await t.settle();
    const diagnostics = t.service.diagnostics();
    const [event] = diagnostics.recentEvents;
    if (!event) throw new Error('no request was logged');
    const failure = { ...event, outcome: 'failed' as const, error: 'Open-Meteo sent no weather for 48.8566, 2.3522.' };
    const report = diagnosticsReport({ ...diagnostics, recentEvents: [failure, ...diagnostics.recentEvents] }, t.service.getSettings(), CONTEXT);
    const requests = report.slice(report.indexOf('Recent requests:'));
    expect(requests).toMatch(/latitude=52\.5(%2C|,)-12\.0(%2C|,)48\.9&longitude=13\.4(%2C|,)-77\.0(%2C|,)2\.4/);
    expect(requests).toContain('no weather for 48.9, 2.4.');
    expect(withoutTimes(report)).not.toMatch(PRECISE);
  });

  it('writes its headings in the person’s language and its values as the program does', async () => {
    t = await startTestService();
    t.service.addFavourite(place('Berlin'));
    await t.settle();
    const german = createWording('de', { formatLocale: 'de-DE' });
    // Every catalogue message marked, so the headings show where they come from.
    const marked = {
      ...german,
      t: ((key: string, values?: unknown) => `⟦${(german.t as (k: string, v?: unknown) => string)(key, values)}⟧`) as typeof german.t,
    };
    const report = diagnosticsReport(t.service.diagnostics(), t.service.getSettings(), CONTEXT, marked);
    const lines = report.split('\n');
    // The first line is the same in every language: the About section reads the version from it.
    expect(lines[0]).toBe('Skytray 0.1.0 on linux x64 (Electron n/a, Node 24.0.0)');
    expect(lines[2]).toMatch(/^⟦Online⟧: (yes|no); ⟦pausiert \(Ruhezustand\)⟧: (yes|no)$/);
    expect(lines[3]).toBe('⟦Einheiten⟧: metric, ⟦Wind in⟧ km/h; ⟦Aktualisierung alle⟧ 15 min; ⟦eigene URLs⟧: yes');
    expect(lines).toContain('⟦Pro Anbieter (letzte 1,000 Anfragen)⟧:');
    expect(lines).toContain('⟦Letzte Anfragen⟧:');
    expect(lines.find((l) => l.startsWith('  Open-Meteo'))).toMatch(/^ {2}Open-Meteo\S*: \d+ requests, \d+ retries, \d+ failures, last at \d{4}-\d\d-\d\dT/);
    // Without a Wording: the English the tests and logs have always read.
    expect(diagnosticsReport(t.service.diagnostics(), t.service.getSettings(), CONTEXT).split('\n')[3]).toBe(
      'Units: metric, wind in km/h; refresh every 15 min; custom URLs: yes',
    );
  });
});
