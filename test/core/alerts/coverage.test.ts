// Which warnings service covers a place: one source each, or none, said plainly.
import { describe, expect, it } from 'vitest';
import { alertSourceFor } from '../../../main/core/alerts/coverage.ts';
import { METEOALARM_FEEDS } from '../../../main/core/alerts/meteoalarm.ts';

describe('alert coverage', () => {
  it('the NWS covers the states and the territories its offices serve', () => {
    expect(['US', 'PR', 'VI', 'GU', 'MP', 'AS', 'us'].map(alertSourceFor)).toEqual(Array(7).fill('nws'));
  });

  it('MET Norway covers Norway and Svalbard; MeteoAlarm does not list Norway a second time', () => {
    expect(alertSourceFor('NO')).toBe('metalerts');
    expect(alertSourceFor('SJ')).toBe('metalerts');
  });

  it('MeteoAlarm covers its members', () => {
    for (const code of ['DE', 'FR', 'GB', 'IE', 'IL', 'UA', 'AD', 'MK']) expect(alertSourceFor(code), code).toBe('meteoalarm');
    expect(METEOALARM_FEEDS.size).toBe(39);
  });

  it('nothing covers a place elsewhere, or one whose country is not known', () => {
    for (const code of ['JP', 'AU', 'CA', 'BR', 'RU', 'TR', '', null]) expect(alertSourceFor(code), String(code)).toBeNull();
  });
});
