// The chart's data as a table: what a screen reader reads, and what anyone can switch to.
import type { Wording } from '../../main/wording/wording.ts';
import { h } from '../dom.ts';
import type { ChartSeries } from './chart-series.ts';
import { hourCells } from './hour-words.ts';

const HEADINGS = ['time', 'condition', 'temperature', 'feelsLike', 'precipitation', 'chance'] as const;

export function chartTable(series: ChartSeries, id: string, wording: Wording): HTMLTableElement {
  const { t } = wording;
  return h(
    'table',
    { id, class: 'chart-table' },
    h('caption', {}, t('window.chart.tableCaption', { hours: series.hours.length * series.stepHours })),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        HEADINGS.map((column) => h('th', { scope: 'col' }, t(`window.chart.column.${column}`))),
      ),
    ),
    h(
      'tbody',
      {},
      series.hours.map((hour) => {
        const c = hourCells(hour, series.units, wording);
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
