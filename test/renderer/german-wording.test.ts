// The window's weather words in German: the messages from the German catalogue, and every number,
// clock time and weekday German too, because it comes from Intl through the Wording each module is
// given (never from an English format of its own).
import { describe, expect, it } from 'vitest';
import { unitsFor } from '../../main/core/model/model.ts';
import { europeanAqiCategory, usAqiCategory } from '../../main/core/providers/air-quality-index.ts';
import type { AirQuality } from '../../main/core/providers/air-quality.ts';
import { airQualityCategoryWords, airQualityLine } from '../../main/wording/air-quality.ts';
import { createWording } from '../../main/wording/wording.ts';
import { chartLayout } from '../../renderer/chart/chart-layout.ts';
import { chartSeries } from '../../renderer/chart/chart-series.ts';
import { comingNext } from '../../renderer/chart/coming-next.ts';
import { hourCells, hourSummary } from '../../renderer/chart/hour-words.ts';
import { dayAndTimeIn } from '../../renderer/day-and-time.ts';
import { conditionIcon } from '../../renderer/icons/condition-icon.ts';
import { nextTwoHoursSentence, uvCategory } from '../../renderer/uv-and-rain-words.ts';
import { START, sampleWeather } from './chart/sample-weather.ts';
import { ENGLISH, GERMAN } from './wordings.ts';

/** English words with an American 12-hour clock: the clock follows the Wording, not the code. */
const AMERICAN = createWording('en', { formatLocale: 'en-US' });
/** A language whose every message is marked, to tell the catalogue's words from the program's values. */
const MARKED = {
  ...GERMAN,
  t: ((key: string, values?: Record<string, unknown>) => `⟦${(GERMAN.t as (k: string, v?: unknown) => string)(key, values)}⟧`) as typeof GERMAN.t,
};

const series = chartSeries(sampleWeather(), START);
const wet = series.hours[24];

describe('the weather visuals with a German Wording', () => {
  it('labels the chart’s axes with German weekdays and a 24-hour clock', () => {
    const g = chartLayout(series, { width: 640, height: 200 }, START + 30 * 60_000, GERMAN);
    expect(g.xLabels.map((l) => l.text)).toEqual(['18:00', 'Do', '06:00', '12:00', '18:00', 'Fr', '06:00', '12:00']);
    expect(g.sun.map((s) => s.text)).toEqual(['↓16:02', '↑07:41', '↓16:02', '↑07:41']);
    expect(chartLayout(series, { width: 640, height: 200 }, START, AMERICAN).xLabels[0]?.text).toBe('6:00 PM');
  });

  it('says an hour with decimal commas, German units and weekday', () => {
    if (!wet) throw new Error('no wet hour in the sample');
    expect(hourSummary({ ...wet, temperature: 2.4 }, unitsFor('metric'), GERMAN)).toBe(
      'Do 14:00: Regen, 2 °C, gefühlt 3 °C, 0,4 mm, Wahrscheinlichkeit 80\u00a0%',
    );
    expect(hourCells(wet, unitsFor('imperial'), GERMAN).precipitation).toBe('0,40 in');
    expect(hourCells(wet, unitsFor('metric'), AMERICAN).time).toBe('Thu 2:00 PM');
    expect(hourCells(wet, unitsFor('metric'), ENGLISH).time).toBe('Thu 14:00');
  });

  it('words what comes next and the next two hours on the German clock', () => {
    const codes = series.hours.map((h, i) => ({ ...h, condition: i < 14 ? ('clear' as const) : ('snow-showers' as const) }));
    expect(comingNext('clear', codes, '2026-11-25', GERMAN)).toBe('Schneeschauer ab Do 04:00');
    expect(comingNext('clear', codes, '2026-11-25', AMERICAN)).toBe('Snow showers from Thu 4:00 AM');
    const first = Date.parse('2026-11-25T12:15:00+01:00');
    const points = [0, 0, 0.2, 0.4].map((precipitation, i) => ({
      time: `${new Date(first + i * 900_000 + 3_600_000).toISOString().slice(0, 16)}:00+01:00`,
      precipitation,
    }));
    const q = { source: 'regional-model' as const, intervalMinutes: 15, points };
    expect(nextTwoHoursSentence(q, false, Date.parse('2026-11-25T12:05:00+01:00'), GERMAN)).toBe('Leichter Regen ab 12:30');
    expect(nextTwoHoursSentence(q, false, Date.parse('2026-11-25T12:05:00+01:00'), AMERICAN)).toBe('Rain from 12:30 PM, light');
    expect(uvCategory(9).label(MARKED)).toBe('⟦Sehr hoch⟧');
  });

  it('reads a warning’s instant on the place’s clock, in German', () => {
    expect(dayAndTimeIn('2026-11-25T18:00:00+00:00', 'Europe/Berlin', GERMAN)).toBe('Mi 19:00');
    expect(dayAndTimeIn('2026-11-25T18:00:00-05:00', 'Asia/Tokyo', GERMAN)).toBe('Do 08:00');
    expect(dayAndTimeIn('2026-11-25T18:00:00+00:00', 'Europe/Berlin', AMERICAN)).toBe('Wed 7:00 PM');
    // A zone still to be worked out: the issuer's own offset.
    expect(dayAndTimeIn('2026-11-25T07:15:00+09:00', 'auto', GERMAN)).toBe('Mi 07:15');
    expect([dayAndTimeIn(null, 'Europe/Berlin', GERMAN), dayAndTimeIn('soon', 'Europe/Berlin', GERMAN)]).toEqual(['–', '–']);
  });

  it('gives an icon the condition’s words from the catalogue as its text alternative', () => {
    expect(conditionIcon('thunderstorm-hail', true, MARKED).alt).toBe('⟦Gewitter mit Hagel⟧');
    expect(conditionIcon('thunderstorm-hail', true, GERMAN).alt).toBe('Gewitter mit Hagel');
  });

  it('names air-quality categories from the catalogue by their codes, in the window and the tray line', () => {
    expect(airQualityCategoryWords({ index: 'us', level: 'unhealthy-for-sensitive-groups' }, MARKED)).toBe('⟦Ungesund für empfindliche Gruppen⟧');
    const reading: AirQuality = {
      latitude: 52.52,
      longitude: 13.41,
      time: '2026-11-25T12:00:00Z',
      europeanAqi: 32,
      europeanCategory: europeanAqiCategory(32),
      usAqi: 1042,
      usCategory: usAqiCategory(1042),
      pm2_5: null,
      pm10: null,
      ozone: null,
      nitrogenDioxide: null,
      pollen: {},
    };
    expect(airQualityLine('Berlin', reading, 'european', MARKED)).toBe('⟦Berlin: ⟦Europäischer LQI⟧ 32, ⟦Mittelmäßig⟧⟧');
    expect(airQualityLine('Berlin', reading, 'us', GERMAN)).toBe('Berlin: US-AQI 1.042, Gefährlich');
    expect(airQualityLine('Berlin', reading, 'us')).toBe('Berlin: US AQI 1042, Hazardous');
  });
});
