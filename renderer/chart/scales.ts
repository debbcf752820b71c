// Linear scales and round-numbered axes: the arithmetic of the chart, kept apart from drawing so
// it can be checked in plain Node.

export type Domain = readonly [number, number];

/** Maps a domain onto a range linearly; a zero-width domain maps everything to the range's middle. */
export function linearScale(domain: Domain, range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/** The smallest and largest finite values, or null when there are none. */
export function extent(values: Iterable<number | null>): Domain | null {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? [min, max] : null;
}

/** A step of 1, 2 or 5 times a power of ten that cuts `span` into about `count` parts. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !(count > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  // A hair of tolerance: 0.3 / 3 is 0.10000000000000002, which is still a step of 0.1.
  const fraction = raw / power - 1e-9;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

export type Axis = Readonly<{ domain: Domain; ticks: readonly number[] }>;

/**
 * A domain widened to round numbers around the data, with its ticks. A flat series (every hour the
 * same) still gets a span of `minSpan`, centred on it, so a line is drawn mid-height rather than
 * on an edge.
 */
export function niceAxis(data: Domain, count: number, minSpan: number): Axis {
  let [lo, hi] = data;
  if (hi - lo < minSpan) {
    const middle = (lo + hi) / 2;
    lo = middle - minSpan / 2;
    hi = middle + minSpan / 2;
  }
  const step = niceStep(hi - lo, count);
  // `+ 0` turns -0 (Math.ceil(-0.6) * 2) into 0.
  const start = Math.floor(lo / step + 1e-9) * step + 0;
  const end = Math.ceil(hi / step - 1e-9) * step + 0;
  const ticks: number[] = [];
  // Whole steps counted, not added up, so 0.1 + 0.2 never prints as 0.30000000000000004.
  for (let i = 0; start + i * step <= end + step / 1e6; i++) ticks.push(Number((start + i * step).toFixed(10)) + 0);
  return { domain: [start, end], ticks };
}
