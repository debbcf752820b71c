// The table `weather` prints: checked cell by cell on weather whose values sit on rounding edges.
import { describe, expect, it } from 'vitest';
import type { UnitSystem, Weather } from '../../main/core/model/model.ts';
import { formatTable } from '../../main/cli/format-table.ts';
import { createWording } from '../../main/wording/wording.ts';

const ENGLISH = createWording('en');
import type { PlaceAlerts } from '../../main/core/alerts/alert-fetcher.ts';
import type { WeatherAlert } from '../../main/core/alerts/alert.ts';
import { weatherFor } from '../support/snapshots.ts';
import { places } from '../support/engine.ts';

const [berlin] = places(1);

function withCurrent(units: UnitSystem, current: Partial<Weather['current']>, today: Partial<Weather['daily'][number]> = {}): Weather {
  const w = weatherFor(berlin!, units);
  return { ...w, current: { ...w.current, ...current }, daily: [{ ...w.daily[0]!, ...today }, ...w.daily.slice(1)] };
}

/** The cells of the one data row, split on the two-space column gaps. */
function cells(weather: Weather): string[] {
  const row = formatTable([{ place: berlin!, weather }], ENGLISH).split('\n')[1] ?? '';
  return row.split(/ {2,}/);
}

describe('weather table', () => {
  it('shows inches of precipitation to two decimals: 0.04 in is not 0.0 in', () => {
    const row = cells(withCurrent('imperial', { precipitation: 0.04, precipitationProbability: 30 }));
    expect(row).toContain('0.04 in (30%)');
  });

  it('keeps millimetres to one decimal', () => {
    expect(cells(withCurrent('metric', { precipitation: 0.25, precipitationProbability: null }))).toContain('0.3 mm');
  });

  it('never shows a minus sign on a temperature that rounds to zero', () => {
    const row = cells(withCurrent('metric', { temperature: -0.04, feelsLike: -0.02 }, { temperatureMin: -0.4, temperatureMax: 0.4 }));
    expect(row.slice(2, 4)).toEqual(['0.0°C', '0.0°C']);
    expect(row.at(-1)).toBe('0° / 0°');
    expect(row.join(' ')).not.toContain('-0');
  });
});

describe('weather table: UV and warning lines', () => {
  const alert = (event: string, ends: string | null): WeatherAlert => ({
    source: 'meteoalarm',
    id: event,
    messageType: 'Alert',
    references: [],
    event,
    severity: 'Moderate',
    urgency: 'Expected',
    certainty: 'Likely',
    awareness: 'yellow',
    headline: null,
    description: null,
    instruction: null,
    sent: null,
    onset: null,
    expires: null,
    ends,
    area: null,
    issuer: null,
    link: null,
  });
  const alerts = (list: WeatherAlert[]): PlaceAlerts => ({ place: berlin!, source: 'meteoalarm', alerts: list, elsewhere: 0, unreadable: 0, error: null });

  it('gives the UV index now and today in whole numbers, and – where there is none', () => {
    expect(cells(withCurrent('metric', { uvIndex: 2.5 }, { uvIndexMax: 4.44 }))).toContain('3 (4)');
    expect(cells(withCurrent('metric', { uvIndex: null }, { uvIndexMax: null }))).toContain('– (–)');
  });

  it('puts the worst warning under its place, in the place’s time, and counts the others', () => {
    const weather = weatherFor(berlin!);
    const lines = formatTable([{ place: berlin!, weather, alerts: alerts([alert('Wind', '2026-11-25T17:00:00Z'), alert('Frost', null)]) }], ENGLISH).split(
      '\n',
    );
    expect(lines.slice(2, 4)).toEqual(['  Warning: Wind (Moderate) until Wed 6:00 PM', '  1 more in force: weather alerts "Berlin"']);
    const open = formatTable([{ place: berlin!, weather, alerts: alerts([alert('Frost', null)]) }], ENGLISH).split('\n');
    expect(open[2]).toBe('  Warning: Frost (Moderate)');
    expect(formatTable([{ place: berlin!, weather, alerts: alerts([]) }], ENGLISH).split('\n')[2]).toBe('');
  });
});
