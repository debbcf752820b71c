// Draws a chart's geometry as SVG. Colours come from CSS custom properties (light, dark, forced
// colours); strokes keep their width however the page is zoomed.
import type { ChartGeometry } from './chart-layout.ts';

const SVG = 'http://www.w3.org/2000/svg';

type SvgAttrs = Record<string, string | number>;

function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: SvgAttrs = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  el.append(...children);
  return el;
}

const STROKE = { 'vector-effect': 'non-scaling-stroke' } as const;

function axes(g: ChartGeometry): SVGGElement {
  const { plot } = g;
  return s(
    'g',
    { class: 'chart-axes' },
    ...g.yLabels.flatMap((l) => [
      s('line', { class: 'gridline', x1: plot.x, x2: plot.x + plot.width, y1: l.y, y2: l.y, ...STROKE }),
      s('text', { class: 'y-label', x: l.x, y: l.y, 'text-anchor': 'end', 'dominant-baseline': 'middle' }, l.text),
    ]),
    ...g.xLabels.map((l) => s('text', { class: 'x-label', x: l.x, y: l.y, 'text-anchor': 'middle' }, l.text)),
  );
}

function sunMarks(g: ChartGeometry): SVGGElement {
  const top = g.plot.y;
  return s(
    'g',
    { class: 'chart-sun' },
    ...g.sun.flatMap((m) => [
      s('line', { class: `sun-mark ${m.kind}`, x1: m.x, x2: m.x, y1: top - 4, y2: top + g.plot.height, ...STROKE }),
      s('text', { class: `sun-label ${m.kind}`, x: m.x, y: top - 6, 'text-anchor': 'middle' }, m.text),
    ]),
  );
}

/** The whole picture for one geometry; the cursor is a separate, cheaper update. */
export function drawChart(svg: SVGSVGElement, g: ChartGeometry, words: Readonly<{ now: string }>): SVGGElement {
  const { width, height } = g.size;
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  const cursor = s(
    'g',
    { class: 'chart-cursor', visibility: 'hidden' },
    s('line', { y1: g.plot.y, y2: g.plot.y + g.plot.height, ...STROKE }),
    s('circle', { r: 4, ...STROKE }),
  );
  svg.replaceChildren(
    s('g', { class: 'chart-nights' }, ...g.nights.map((r) => s('rect', { class: 'night', x: r.x, y: r.y, width: r.width, height: r.height }))),
    axes(g),
    s(
      'g',
      { class: 'chart-bars' },
      ...g.bars.map((b) => s('rect', { class: 'bar', x: b.x, y: b.y, width: b.width, height: b.height, 'fill-opacity': b.opacity })),
    ),
    s('path', { class: 'feels-like', d: g.feelsLikePath, ...STROKE }),
    s('path', { class: 'temperature', d: g.temperaturePath, ...STROKE }),
    sunMarks(g),
    ...(g.nowX === null
      ? []
      : [
          s('line', { class: 'now', x1: g.nowX, x2: g.nowX, y1: g.plot.y, y2: g.plot.y + g.plot.height, ...STROKE }),
          s('text', { class: 'now-label', x: g.nowX + 3, y: g.plot.y + 10 }, words.now),
        ]),
    cursor,
  );
  return cursor;
}

/** Moves the cursor to hour `index`, or hides it. */
export function placeCursor(cursor: SVGGElement, g: ChartGeometry, index: number | null): void {
  const x = index === null ? undefined : g.hourX[index];
  if (x === undefined) {
    cursor.setAttribute('visibility', 'hidden');
    return;
  }
  cursor.setAttribute('visibility', 'visible');
  cursor.setAttribute('transform', `translate(${x} 0)`);
  const y = index === null ? null : g.temperatureY[index];
  const dot = cursor.querySelector('circle');
  dot?.setAttribute('cy', String(y ?? -100));
  dot?.setAttribute('visibility', y === null || y === undefined ? 'hidden' : 'visible');
}
