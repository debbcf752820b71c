// The chart's geometry from its data and its size: every coordinate and path string the drawing
// needs, computed without the DOM so it can be checked in Node and redrawn cheaply.
import type { Wording } from '../../main/wording/wording.ts';
import type { ChartSeries } from './chart-series.ts';
import { nightBands } from './night-bands.ts';
import { linePath, round1 } from './paths.ts';
import { extent, linearScale, niceAxis } from './scales.ts';

export type ChartSize = Readonly<{ width: number; height: number }>;
type Rect = Readonly<{ x: number; y: number; width: number; height: number }>;
type Bar = Rect & Readonly<{ opacity: number }>;
type Label = Readonly<{ x: number; y: number; text: string }>;
type SunMark = Readonly<{ kind: 'sunrise' | 'sunset'; x: number; text: string }>;

export type ChartGeometry = Readonly<{
  size: ChartSize;
  plot: Rect;
  /** The centre of each hour's slot. */
  hourX: readonly number[];
  /** Where each hour's temperature sits, null where there is none. */
  temperatureY: readonly (number | null)[];
  temperaturePath: string;
  feelsLikePath: string;
  bars: readonly Bar[];
  nights: readonly Rect[];
  sun: readonly SunMark[];
  nowX: number | null;
  yLabels: readonly Label[];
  xLabels: readonly Label[];
}>;

const HOUR_MS = 3_600_000;
const MARGIN = { left: 34, right: 8, top: 18, bottom: 20 } as const;
/** The share of the plot's height a full precipitation bar takes: the lines stay readable above. */
const BAR_SHARE = 0.4;
/** The amount a full bar stands for, at least: a drizzle must not look like a downpour. */
const FULL_BAR = { mm: 5, in: 0.2 } as const;
/** Each label needs about this much room across. */
const LABEL_WIDTH = 40;

/** Bars get lighter as rain gets less likely; an amount with no stated chance is drawn half-tone. */
export function barOpacity(probability: number | null): number {
  if (probability === null || !Number.isFinite(probability)) return 0.5;
  return round1(0.2 + 0.8 * Math.min(1, Math.max(0, probability / 100)));
}

/** Label every 3, 6 or 12 hours, whichever leaves room for the words at this width. */
export function labelEveryHours(slotWidth: number, stepHours: number): number {
  for (const every of [3, 6, 12]) if (every >= stepHours && (every / stepHours) * slotWidth >= LABEL_WIDTH) return every;
  return 24;
}

/** The words of the axes: numbers, weekdays and clock times in the person's language. */
export type ChartWording = Pick<Wording, 't' | 'temperature' | 'weekday' | 'clock'>;

export function chartLayout(series: ChartSeries, size: ChartSize, now: number, wording: ChartWording): ChartGeometry {
  const { hours, stepHours, units } = series;
  const plot: Rect = {
    x: MARGIN.left,
    y: MARGIN.top,
    width: Math.max(1, size.width - MARGIN.left - MARGIN.right),
    height: Math.max(1, size.height - MARGIN.top - MARGIN.bottom),
  };
  const bottom = plot.y + plot.height;
  const slot = plot.width / Math.max(1, hours.length);
  const stepMs = stepHours * HOUR_MS;
  const start = hours[0]?.at ?? now;
  const xAt = (at: number): number => plot.x + ((at - start) / stepMs + 0.5) * slot;
  const clipX = (x: number): number => Math.min(plot.x + plot.width, Math.max(plot.x, x));
  const hourX = hours.map((_, i) => plot.x + (i + 0.5) * slot);

  const data = extent(hours.flatMap((h) => [h.temperature, h.feelsLike]));
  const axis = data ? niceAxis(data, 4, units.temperature === '°F' ? 8 : 4) : null;
  const y = axis ? linearScale(axis.domain, [bottom, plot.y]) : () => bottom;
  const at = (value: number | null, i: number) => (value === null || !axis ? null : { x: hourX[i] ?? 0, y: y(value) });
  const temperatureY = hours.map((h) => (h.temperature === null || !axis ? null : round1(y(h.temperature))));

  const full = Math.max(FULL_BAR[units.precipitation], extent(hours.map((h) => h.precipitation))?.[1] ?? 0);
  const barWidth = Math.max(1, slot * 0.7);
  const bars = hours.flatMap((h, i) => {
    if (h.precipitation === null || !(h.precipitation > 0)) return [];
    const height = Math.max(1, (h.precipitation / full) * plot.height * BAR_SHARE);
    return [
      {
        x: round1((hourX[i] ?? 0) - barWidth / 2),
        y: round1(bottom - height),
        width: round1(barWidth),
        height: round1(height),
        opacity: barOpacity(h.precipitationProbability),
      },
    ];
  });

  const nights = nightBands(hours, series.sun, stepMs).flatMap((band) => {
    const x0 = clipX(xAt(band.from));
    const x1 = clipX(xAt(band.to));
    return x1 > x0 ? [{ x: round1(x0), y: plot.y, width: round1(x1 - x0), height: plot.height }] : [];
  });
  const sun = series.sun.map((s) => ({
    kind: s.kind,
    x: round1(clipX(xAt(s.at))),
    text: wording.t(s.kind === 'sunrise' ? 'window.chart.sunrise' : 'window.chart.sunset', { time: wording.clock(s.time) }),
  }));
  const nowXRaw = xAt(now);
  const nowX = hours.length && nowXRaw >= plot.x && nowXRaw <= plot.x + plot.width ? round1(nowXRaw) : null;

  const yLabels = (axis?.ticks ?? []).map((t) => ({ x: plot.x - 6, y: round1(y(t)), text: wording.temperature(t, '°', Number.isInteger(t) ? 0 : 1) }));
  const every = labelEveryHours(slot, stepHours);
  const xLabels = hours.flatMap((h, i) => {
    const hour = Number(h.time.slice(11, 13));
    if (hour % every !== 0 || Number(h.time.slice(14, 16)) !== 0) return [];
    return [{ x: round1(hourX[i] ?? 0), y: bottom + 14, text: hour === 0 ? wording.weekday(h.time.slice(0, 10)) : wording.clock(h.time) }];
  });

  return {
    size,
    plot,
    hourX: hourX.map(round1),
    temperatureY,
    temperaturePath: linePath(hours.map((h, i) => at(h.temperature, i))),
    feelsLikePath: linePath(hours.map((h, i) => at(h.feelsLike, i))),
    bars,
    nights,
    sun,
    nowX,
    yLabels,
    xLabels,
  };
}
