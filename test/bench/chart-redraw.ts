// How long the window takes to redraw the 48-hour chart (what a resize costs), measured inside
// real Chromium with performance.now(): the median of many redraws, each through to layout. A frame
// at 60 Hz is 16 ms; a redraw must fit in one.
import { sampleWeather, START } from '../renderer/chart/sample-weather.ts';
import { launchChromium, openPage } from '../e2e/browser.ts';
import { startChartPage, type ChartPageApi } from '../e2e/chart-page.ts';
import type { Metric } from './metric.ts';

export async function benchChartRedraw(redraws: number): Promise<Metric[]> {
  const [server, browser] = await Promise.all([startChartPage(), launchChromium()]);
  try {
    const { page } = await openPage(browser, server.url);
    await page.setViewportSize({ width: 900, height: 900 });
    const median = await page.evaluate(
      ([w, now, count]) => {
        const api = (globalThis as unknown as { chartPage: ChartPageApi }).chartPage;
        api.show(w, now);
        api.medianRedrawMs(20);
        return api.medianRedrawMs(count);
      },
      [sampleWeather(), START, redraws] as const,
    );
    return [{ metric: 'window.chart_redraw_48h.median', value: Math.round(median * 1000) / 1000, unit: 'ms' }];
  } finally {
    await browser.close();
    await server.close();
  }
}
