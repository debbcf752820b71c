// The next 48 hours as one chart you can explore: the pointer or ←/→ (Home/End, PageUp/PageDown
// by six hours) picks an hour and shows its values. To assistive technology it is a slider whose
// value is the hour in words; the same data sits in a table, hidden until asked for.
import type { Wording } from '../../main/wording/wording.ts';
import { h } from '../dom.ts';
import { chartLayout, type ChartGeometry } from './chart-layout.ts';
import type { ChartSeries } from './chart-series.ts';
import { drawChart, placeCursor } from './chart-svg.ts';
import { chartTable } from './chart-table.ts';
import { hourSummary } from './hour-words.ts';

const HEIGHT = 200;
/** Drawn at this width until the chart has been laid out (a hidden tab has no width). */
const FALLBACK_WIDTH = 640;

export class HourlyChart {
  readonly el: HTMLElement;
  readonly #frame: HTMLElement;
  readonly #svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  readonly #readout = h('p', { class: 'chart-readout', 'aria-hidden': 'true' });
  readonly #title: HTMLHeadingElement;
  readonly #tableBox = h('div', { class: 'chart-table-box visually-hidden' });
  readonly #toggle: HTMLButtonElement;
  readonly #legend = {
    temperature: h('span', { class: 'key temperature' }),
    feelsLike: h('span', { class: 'key feels-like' }),
    precipitation: h('span', { class: 'key bar' }),
  };
  readonly #help: HTMLElement;
  #wording: Wording | null = null;
  #series: ChartSeries | null = null;
  #now = 0;
  #geometry: ChartGeometry | null = null;
  #cursor: SVGGElement | null = null;
  #index = 0;
  #hover: number | null = null;

  readonly id: string;

  constructor(id = 'hourly') {
    this.id = id;
    this.#svg.setAttribute('class', 'chart-svg');
    this.#svg.setAttribute('aria-hidden', 'true');
    this.#frame = h(
      'div',
      {
        class: 'chart-frame',
        role: 'slider',
        tabindex: 0,
        'aria-describedby': `${id}-help`,
        onkeydown: (e: KeyboardEvent) => this.#key(e),
        onpointermove: (e: PointerEvent) => this.#point(e),
        onpointerleave: () => this.#show(null),
        onfocus: () => this.#show(this.#hover),
        onblur: () => this.#show(this.#hover),
      },
      this.#svg,
    );
    this.#toggle = h('button', {
      type: 'button',
      class: 'chart-toggle',
      'aria-expanded': 'false',
      'aria-controls': `${id}-table`,
      onclick: () => this.#toggleTable(),
    });
    this.#help = h('p', { id: `${id}-help`, class: 'visually-hidden' });
    this.el = h(
      'section',
      { class: 'hourly-chart', 'aria-labelledby': `${id}-title` },
      h(
        'div',
        { class: 'chart-head' },
        (this.#title = h('h3', { id: `${id}-title` })),
        h('p', { class: 'chart-legend', 'aria-hidden': 'true' }, this.#legend.temperature, this.#legend.feelsLike, this.#legend.precipitation),
        this.#toggle,
      ),
      this.#readout,
      this.#frame,
      this.#help,
      this.#tableBox,
    );
    new ResizeObserver(() => {
      // A hidden tab has no width: keep the picture for when it shows again at the same width.
      const width = Math.round(this.#frame.clientWidth);
      if (this.#geometry && width > 0 && width !== this.#geometry.size.width) this.redraw();
    }).observe(this.#frame);
  }

  /** New data: the table and the picture. The chosen hour stays, as far as the new data reaches. */
  draw(series: ChartSeries, now: number, wording: Wording): void {
    this.#series = series;
    this.#now = now;
    this.#label(wording);
    // A forecast that reaches less far says so.
    this.#title.textContent = wording.t('window.chart.title', { hours: series.hours.length * series.stepHours });
    this.#index = Math.min(this.#index, Math.max(0, series.hours.length - 1));
    this.#hover = null;
    this.#frame.setAttribute('aria-valuemin', '0');
    this.#frame.setAttribute('aria-valuemax', String(Math.max(0, series.hours.length - 1)));
    this.#tableBox.replaceChildren(chartTable(series, `${this.id}-table`, wording));
    this.redraw();
  }

  /** The picture again at the current width: what a resize costs. */
  redraw(): void {
    const wording = this.#wording;
    if (!this.#series || !wording) return;
    const width = Math.round(this.#frame.clientWidth) || FALLBACK_WIDTH;
    this.#geometry = chartLayout(this.#series, { width, height: HEIGHT }, this.#now, wording);
    this.#cursor = drawChart(this.#svg, this.#geometry, { now: wording.t('window.chart.now') });
    this.#show(this.#hover);
  }

  /** The words that do not depend on the data, in the language of this draw. */
  #label(wording: Wording): void {
    this.#wording = wording;
    const { t } = wording;
    this.#frame.setAttribute('aria-label', t('window.chart.slider'));
    this.#legend.temperature.textContent = t('window.chart.legend.temperature');
    this.#legend.feelsLike.textContent = t('window.chart.legend.feelsLike');
    this.#legend.precipitation.textContent = t('window.chart.legend.precipitation');
    this.#help.textContent = t('window.chart.help');
    this.#toggle.textContent = this.#toggle.getAttribute('aria-expanded') === 'true' ? t('window.chart.hideTable') : t('window.chart.showTable');
  }

  #key(e: KeyboardEvent): void {
    const last = (this.#series?.hours.length ?? 1) - 1;
    // Right to left the picture is mirrored (chart.css): each arrow moves the way it points.
    const later = this.#mirrored() ? -1 : 1;
    const moves: Record<string, number> = {
      ArrowLeft: this.#index - later,
      ArrowRight: this.#index + later,
      ArrowDown: this.#index - 1,
      ArrowUp: this.#index + 1,
      PageUp: this.#index - 6,
      PageDown: this.#index + 6,
      Home: 0,
      End: last,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    this.#index = Math.min(last, Math.max(0, to));
    this.#hover = null;
    this.#show(null);
  }

  #point(e: PointerEvent): void {
    const g = this.#geometry;
    if (!g || !g.hourX.length) return;
    const box = this.#frame.getBoundingClientRect();
    const x = this.#mirrored() ? box.right - e.clientX : e.clientX - box.left;
    const slot = g.plot.width / g.hourX.length;
    this.#show(Math.min(g.hourX.length - 1, Math.max(0, Math.floor((x - g.plot.x) / slot))));
  }

  /** Whether the picture is drawn mirrored: the window reads right to left. */
  #mirrored(): boolean {
    return getComputedStyle(this.#frame).direction === 'rtl';
  }

  /** Shows hour `hover` (the pointer's), else the focused hour while focused, else the first. */
  #show(hover: number | null): void {
    this.#hover = hover;
    const series = this.#series;
    const g = this.#geometry;
    const wording = this.#wording;
    if (!series || !g || !this.#cursor || !wording) return;
    const none = wording.t('window.chart.noHours');
    const focused = document.activeElement === this.#frame;
    const index = hover ?? (focused ? this.#index : null);
    const hour = series.hours[index ?? 0];
    placeCursor(this.#cursor, g, index);
    this.#readout.textContent = hour ? hourSummary(hour, series.units, wording) : none;
    const chosen = series.hours[this.#index];
    this.#frame.setAttribute('aria-valuenow', String(this.#index));
    this.#frame.setAttribute('aria-valuetext', chosen ? hourSummary(chosen, series.units, wording) : none);
  }

  #toggleTable(): void {
    const open = this.#toggle.getAttribute('aria-expanded') !== 'true';
    this.#toggle.setAttribute('aria-expanded', String(open));
    if (this.#wording) this.#label(this.#wording);
    this.#tableBox.classList.toggle('visually-hidden', !open);
  }
}
