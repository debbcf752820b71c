// Which entries of a recorded MeteoAlarm country feed concern a place (fixtures from
// feeds.meteoalarm.org, see test/fixtures/README.md). The UK feed lists two warnings, each once per
// area it covers; the Irish one names the whole country.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlaceForArea } from '../../../main/core/alerts/meteoalarm-area.ts';
import { parseMeteoAlarmFeed } from '../../../main/core/alerts/meteoalarm.ts';

const feed = (name: string): string => readFileSync(new URL(`../../fixtures/alerts/meteoalarm/${name}.xml`, import.meta.url), 'utf8');
const uk = (name: string, region: string): PlaceForArea => ({ name, region, country: 'United Kingdom', latitude: 55, longitude: -3 });
const SNOW = '2.49.0.0.826.0.GB_221207102852_8785e37a.v3.0.SI';

describe('MeteoAlarm entries for a place, from recorded feeds', () => {
  it('an area named with others ("Central Tayside & Fife") is each of them', () => {
    const fife = parseMeteoAlarmFeed(feed('united-kingdom'), uk('Fife', 'Scotland'));
    expect(fife.messages.map((m) => [m.id, m.area])).toEqual([[SNOW, 'Central Tayside & Fife']]);
    expect(fife.elsewhere).toBe(1);
  });

  it('a region named as the area matches every place in it', () => {
    const cardiff = parseMeteoAlarmFeed(feed('united-kingdom'), uk('Cardiff', 'Wales'));
    expect(cardiff.messages.map((m) => m.area)).toEqual(['Wales']);
  });

  it('a place whose areas the feed does not name gets none of its warnings, only their count', () => {
    // "SW Scotland, Lothian Borders" is part of Scotland, not all of it: Edinburgh is not matched by
    // its region alone, and the window says these warnings are elsewhere in the country.
    const edinburgh = parseMeteoAlarmFeed(feed('united-kingdom'), uk('Edinburgh', 'Scotland'));
    expect([edinburgh.messages, edinburgh.elsewhere]).toEqual([[], 2]);
  });

  it('a warning for the whole country concerns every place in it', () => {
    const dublin = parseMeteoAlarmFeed(feed('ireland'), { name: 'Dublin', region: 'Leinster', country: 'Ireland', latitude: 53.35, longitude: -6.26 });
    expect(dublin.messages).toHaveLength(2);
    expect(dublin.elsewhere).toBe(0);
  });
});
