// Where the night falls in the chart. Each hour says whether it is day (so polar days and nights
// come out right); a sunrise or sunset near the edge of a night then puts that edge at its minute.
import type { ChartHour, SunEvent } from './chart-series.ts';

/** A stretch of time, epoch milliseconds, from inclusive to exclusive. */
export type Span = Readonly<{ from: number; to: number }>;

/**
 * The nights among `hours`, each hour standing for the `stepMs` around its time. The band runs from
 * the sunset just before the first dark hour (if there is one within a step) to the sunrise just
 * after the last (likewise); otherwise it runs from edge to edge of the dark hours. The drawing
 * clips it to the chart.
 */
export function nightBands(hours: readonly ChartHour[], sun: readonly SunEvent[], stepMs: number): Span[] {
  const bands: Span[] = [];
  let i = 0;
  while (i < hours.length) {
    const first = hours[i];
    if (!first || first.isDay) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < hours.length && hours[j + 1]?.isDay === false) j++;
    const last = hours[j] ?? first;
    const sunset = sun.find((s) => s.kind === 'sunset' && s.at > first.at - stepMs && s.at <= first.at);
    const sunrise = sun.find((s) => s.kind === 'sunrise' && s.at >= last.at && s.at < last.at + stepMs);
    bands.push({
      from: sunset?.at ?? first.at - stepMs / 2,
      to: sunrise?.at ?? last.at + stepMs / 2,
    });
    i = j + 1;
  }
  return bands;
}
