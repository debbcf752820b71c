// A page with only the weather visuals on it (the hourly chart, the days, a large icon), served on
// 127.0.0.1 under the app's own Content Security Policy, for the browser tests and the redraw
// bench. Runs in Node: the page's script is bundled from the renderer's real modules.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Weather } from '../../main/core/model/model.ts';
import { CONTENT_SECURITY_POLICY } from '../../main/shell/security.ts';
import { writeConditionIcons } from '../../.ci/build-icons.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** What the page's script offers the test, as `window.chartPage`. */
export type ChartPageApi = Readonly<{
  /** Draws `weather` in the Wording of `languages` (a person's, in order); British English without. */
  show(weather: Weather, now: number, languages?: readonly string[]): void;
  /** Median milliseconds of `count` redraws of the chart, each through to layout. */
  medianRedrawMs(count: number): number;
}>;

const PAGE_SCRIPT = `
import { chartSeries } from './renderer/chart/chart-series.ts';
import { daysList } from './renderer/chart/days-list.ts';
import { HourlyChart } from './renderer/chart/hourly-chart.ts';
import { conditionIconElement } from './renderer/icons/icon-element.ts';
import type { Weather } from './main/core/model/model.ts';
import { createWording, wordingFor } from './main/wording/wording.ts';
import type { ChartPageApi } from './test/e2e/chart-page.ts';

const app = document.getElementById('app') as HTMLElement;
const lead = document.createElement('div');
lead.className = 'lead';
const chart = new HourlyChart();
// English with a 24-hour clock, as the tests' times are written.
const BRITISH = createWording('en', { formatLocale: 'en-GB' });
const days = document.createElement('section');
days.setAttribute('aria-label', 'Next days');
app.append(lead, chart.el, days);

const api: ChartPageApi = {
  show(w: Weather, now: number, languages?: readonly string[]) {
    const wording = languages ? wordingFor(languages) : BRITISH;
    lead.replaceChildren(conditionIconElement(w.current.condition.code, w.current.isDay, wording, { size: 96, animated: true }));
    chart.draw(chartSeries(w, now), now, wording);
    days.replaceChildren(daysList(w, w.current.time.slice(0, 10), wording));
  },
  medianRedrawMs(count: number) {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      chart.redraw();
      chart.el.getBoundingClientRect();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)] ?? NaN;
  },
};
(window as unknown as { chartPage: ChartPageApi }).chartPage = api;
app.removeAttribute('aria-busy');
`;

const HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="color-scheme" content="light dark">
  <title>Skytray chart</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="styles.css">
  <script src="app.js" defer></script>
</head>
<body><main id="app" aria-busy="true"><h1>Berlin</h1></main></body>
</html>`;

export type ChartPageServer = Readonly<{ url: string; close(): Promise<void> }>;

export async function startChartPage(): Promise<ChartPageServer> {
  const dir = mkdtempSync(join(tmpdir(), 'skytray-chart-'));
  const icons = writeConditionIcons(dir);
  const script = await build({
    stdin: { contents: PAGE_SCRIPT, resolveDir: root, loader: 'ts', sourcefile: 'chart-page-entry.ts' },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome130',
    platform: 'browser',
    logLevel: 'warning',
  });
  const files = new Map<string, [string, string]>([
    ['/', ['text/html; charset=utf-8', HTML]],
    ['/app.js', ['text/javascript; charset=utf-8', script.outputFiles[0]?.text ?? '']],
    [
      '/styles.css',
      ['text/css; charset=utf-8', readFileSync(join(root, 'renderer/styles.css'), 'utf8') + readFileSync(join(root, 'renderer/chart/chart.css'), 'utf8')],
    ],
  ]);
  for (const file of icons) {
    files.set(`/icons/${file}`, ['image/svg+xml', readFileSync(join(dir, 'icons', file), 'utf8')]);
    files.set(`/icons/animated/${file}`, ['image/svg+xml', readFileSync(join(dir, 'icons', 'animated', file), 'utf8')]);
  }
  rmSync(dir, { recursive: true, force: true });
  const server = createServer((req, res) => {
    const found = files.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!found) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    res.writeHead(200, { 'content-type': found[0], 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'no-store' }).end(found[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
