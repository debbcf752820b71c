import { describe, expect, it } from 'vitest';
import { barOpacity, chartLayout, labelEveryHours } from '../../../renderer/chart/chart-layout.ts';
import { chartSeries } from '../../../renderer/chart/chart-series.ts';
import { START, sampleWeather } from './sample-weather.ts';
import { ENGLISH } from '../wordings.ts';

const HOUR = 3_600_000;
const SIZE = { width: 34 + 480 + 8, height: 200 };

describe('the chart’s layout', () => {
  const series = chartSeries(sampleWeather(), START);
  const g = chartLayout(series, SIZE, START + 30 * 60_000, ENGLISH);

  it('gives each hour an equal slot across the plot and draws both lines through all of them', () => {
    expect(g.hourX).toHaveLength(48);
    expect(g.hourX[0]).toBe(39);
    expect(g.hourX[47]).toBe(509);
    expect(g.temperaturePath.match(/L/g)).toHaveLength(47);
    expect(g.feelsLikePath.startsWith('M39 ')).toBe(true);
  });

  it('draws precipitation as bars only where some is expected, darker when more likely', () => {
    expect(g.bars).toHaveLength(6);
    expect(new Set(g.bars.map((b) => b.opacity))).toEqual(new Set([barOpacity(80)]));
    expect(barOpacity(0)).toBe(0.2);
    expect(barOpacity(100)).toBe(1);
    expect(barOpacity(null)).toBe(0.5);
    for (const b of g.bars) expect(b.y + b.height).toBeCloseTo(SIZE.height - 20, 5);
  });

  it('puts the now marker inside the hour in progress', () => {
    expect(g.nowX).toBe(44);
    expect(chartLayout(series, SIZE, START + 60 * HOUR, ENGLISH).nowX).toBeNull();
  });

  it('labels the temperature axis in round degrees and midnight with its weekday', () => {
    expect(g.yLabels.map((l) => l.text)).toEqual(['-5°', '0°', '5°', '10°']);
    expect(g.xLabels.map((l) => l.text)).toEqual(['18:00', 'Thu', '06:00', '12:00', '18:00', 'Fri', '06:00', '12:00']);
    expect(g.sun.map((s) => `${s.kind} ${s.text}`)).toEqual(['sunset ↓16:02', 'sunrise ↑07:41', 'sunset ↓16:02', 'sunrise ↑07:41']);
  });

  it('shades the nights inside the plot only', () => {
    for (const n of g.nights) {
      expect(n.x).toBeGreaterThanOrEqual(g.plot.x);
      expect(n.x + n.width).toBeLessThanOrEqual(g.plot.x + g.plot.width + 0.05);
    }
    expect(g.nights).toHaveLength(2);
  });

  it('labels fewer hours on a narrow chart', () => {
    expect(labelEveryHours(10, 1)).toBe(6);
    expect(labelEveryHours(20, 1)).toBe(3);
    expect(labelEveryHours(3, 1)).toBe(24);
    expect(labelEveryHours(30, 3)).toBe(6);
  });

  it('draws no lines and no axis when no temperature is known, and survives no hours at all', () => {
    const w = sampleWeather();
    const empty = chartLayout(chartSeries({ ...w, hourly: w.hourly.map((p) => ({ ...p, temperature: null, feelsLike: null })) }, START), SIZE, START, ENGLISH);
    expect([empty.temperaturePath, empty.feelsLikePath, empty.yLabels]).toEqual(['', '', []]);
    expect(empty.temperatureY.every((y) => y === null)).toBe(true);
    const none = chartLayout(chartSeries(sampleWeather({ hourly: [] }), START), SIZE, START, ENGLISH);
    expect([none.hourX, none.bars, none.nights, none.nowX]).toEqual([[], [], [], null]);
  });
});
