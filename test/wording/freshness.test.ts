import { describe, expect, it } from 'vitest';
import { freshnessHeadline, freshnessOf, freshnessSummary, placeFreshnessLine, updatedNote } from '../../main/wording/freshness.ts';

const MIN = 60_000;

describe('freshness', () => {
  it('offline outweighs out of date', () => {
    expect(freshnessOf(false, true)).toBe('offline');
    expect(freshnessOf(true, true)).toBe('stale');
    expect(freshnessOf(true, false)).toBe('fresh');
  });

  it('the note after a reading', () => {
    expect(updatedNote(4 * MIN, 'fresh')).toBe('updated 4 min ago');
    expect(updatedNote(50 * MIN, 'stale')).toBe('updated 50 min ago, out of date');
    expect(updatedNote(3 * 60 * MIN, 'offline')).toBe('updated 3 h ago, offline');
  });

  it('the line over one place', () => {
    const place = { ageMs: 4 * MIN, stale: false, hasWeather: true };
    expect(placeFreshnessLine(place, true)).toBe('Updated 4 min ago');
    expect(placeFreshnessLine({ ...place, stale: true }, true)).toBe('Out of date · updated 4 min ago');
    expect(placeFreshnessLine(place, false)).toBe('Offline · showing data from 4 min ago');
    expect(placeFreshnessLine({ ageMs: null, stale: true, hasWeather: false }, true)).toBe('Loading…');
  });

  it('all places in one line: the newest age online, the oldest offline', () => {
    const places = [
      { ageMs: 4 * MIN, stale: false },
      { ageMs: 3 * 60 * MIN, stale: false },
      { ageMs: null, stale: true },
    ];
    expect(freshnessSummary(places, true)).toBe('Updated 4 min ago (some places out of date)');
    expect(freshnessSummary(places.slice(0, 2), true)).toBe('Updated 4 min ago');
    expect(freshnessSummary(places, false)).toBe('Offline: showing data from 3 h ago');
    expect(freshnessSummary([], true)).toBe('No data yet');
    expect(freshnessSummary([{ ageMs: null, stale: true }], true)).toBe('No data yet');
  });

  it('the headline for all places', () => {
    expect(
      freshnessHeadline(
        [
          { ageMs: 9 * MIN, stale: false },
          { ageMs: MIN, stale: true },
        ],
        true,
        true,
      ),
    ).toBe('Updated 1 min ago');
    expect(freshnessHeadline([], false, true)).toBe('Offline: showing saved weather');
    expect(freshnessHeadline([], true, true)).toBe('Loading…');
    expect(freshnessHeadline([], true, false)).toBe('');
  });
});
