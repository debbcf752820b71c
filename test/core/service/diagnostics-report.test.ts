// The report a person pastes into a bug report says where they are no closer than 0.1 degree.
import { afterEach, describe, expect, it } from 'vitest';
import { diagnosticsReport } from '../../../main/core/service/diagnostics-report.ts';
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
});
