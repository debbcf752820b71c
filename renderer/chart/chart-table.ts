// The chart's data as a table: what a screen reader reads, and what anyone can switch to.
import { h } from '../dom.ts';
import type { ChartSeries } from './chart-series.ts';
import { hourCells } from './hour-words.ts';

const HEADINGS = ['Time', 'Condition', 'Temperature', 'Feels like', 'Precipitation', 'Chance'] as const;

export function chartTable(series: ChartSeries, id: string): HTMLTableElement {
  return h(
    'table',
    { id, class: 'chart-table' },
    h('caption', {}, `Next ${series.hours.length * series.stepHours} hours, in the place’s local time`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        HEADINGS.map((title) => h('th', { scope: 'col' }, title)),
      ),
    ),
    h(
      'tbody',
      {},
      series.hours.map((hour) => {
        const c = hourCells(hour, series.units);
        return h(
          'tr',
          {},
          h('th', { scope: 'row' }, c.time),
          h('td', {}, c.condition),
          h('td', {}, c.temperature),
          h('td', {}, c.feelsLike),
          h('td', {}, c.precipitation),
          h('td', {}, c.chance),
        );
      }),
    ),
  );
}
