// The weather visuals right to left, in real Chromium on their own page: time runs from the right
// (now at the right edge, later to the left), each arrow key and the pointer move the way they
// point, the temperature axis stands on the right, the days' ranges run from cold at the right to
// warm at the left, and every label still reads as written.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { START, sampleWeather } from '../renderer/chart/sample-weather.ts';
import { launchChromium, openPage, type WatchedPage } from './browser.ts';
import { startChartPage, type ChartPageApi, type ChartPageServer } from './chart-page.ts';

const NOW = START + 20 * 60_000;

let server: ChartPageServer;
let browser: Browser;
let current: WatchedPage | null = null;

beforeAll(async () => {
  [server, browser] = await Promise.all([startChartPage(), launchChromium()]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(async () => {
  const problems = current?.problems ?? [];
  await current?.page.close();
  current = null;
  expect(problems, 'console errors or failed requests').toEqual([]);
});

/** The chart page with the document right to left, as the window is in Arabic. */
async function openRightToLeft(): Promise<Page> {
  current = await openPage(browser, server.url);
  const page = current.page;
  await page.setViewportSize({ width: 480, height: 900 });
  await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
  await page.evaluate(([w, now]) => (window as unknown as { chartPage: ChartPageApi }).chartPage.show(w, now), [sampleWeather(), NOW] as const);
  await page.locator('.chart-svg path.temperature').waitFor({ state: 'attached' });
  return page;
}

const slider = (page: Page) => page.getByRole('slider', { name: 'Hour' });

describe('the chart right to left', () => {
  it('starts at the right: the first hour’s label and the temperature axis are on the right', async () => {
    const page = await openRightToLeft();
    const frame = await page.locator('.chart-frame').boundingBox();
    if (!frame) throw new Error('no chart on the page');
    const first = await page.locator('.chart-svg .x-label').first().boundingBox();
    const last = await page.locator('.chart-svg .x-label').last().boundingBox();
    const axis = await page.locator('.chart-svg .y-label').first().boundingBox();
    expect(first!.x).toBeGreaterThan(last!.x);
    expect(first!.x).toBeGreaterThan(frame.x + frame.width / 2);
    expect(axis!.x).toBeGreaterThan(frame.x + frame.width - 40);
  });

  it('keeps every label reading as written: mirrored back about its own centre', async () => {
    const page = await openRightToLeft();
    // Net of the picture's mirror and the label's own, a label is drawn unmirrored.
    const scales = await page.locator('.chart-svg text').evaluateAll((texts) =>
      texts.map((t) => {
        const own = new DOMMatrix(getComputedStyle(t).transform === 'none' ? undefined : getComputedStyle(t).transform);
        const picture = new DOMMatrix(getComputedStyle((t as SVGTextElement).ownerSVGElement!).transform);
        return own.a * picture.a;
      }),
    );
    expect(scales.length).toBeGreaterThan(10);
    expect(new Set(scales)).toEqual(new Set([1]));
  });

  it('the left arrow moves later, the right arrow earlier', async () => {
    const page = await openRightToLeft();
    await slider(page).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await slider(page).getAttribute('aria-valuenow')).toBe('2');
    await page.keyboard.press('ArrowRight');
    expect(await slider(page).getAttribute('aria-valuenow')).toBe('1');
  });

  it('shows the hour under the pointer, counted from the right', async () => {
    const page = await openRightToLeft();
    const box = await page.locator('.chart-frame').boundingBox();
    if (!box) throw new Error('no chart on the page');
    // Mirrored: the plot starts 34 px in from the right; 48 slots share the rest less 8 px.
    const slot = (box.width - 42) / 48;
    await page.mouse.move(box.x + box.width - 34 - slot * 24.5, box.y + 100);
    await expect.poll(() => page.locator('.chart-readout').textContent()).toMatch(/^Thu 14:00: Rain, /);
  });

  it('runs each day’s range from cold at the right to warm at the left', async () => {
    const page = await openRightToLeft();
    const spans = await page.locator('.range-track').evaluateAll((tracks) =>
      tracks.map((t) => {
        const track = t.getBoundingClientRect();
        const fill = t.querySelector('.range-fill')?.getBoundingClientRect();
        return fill
          ? [Math.round(((track.right - (fill.right - 3)) / track.width) * 100), Math.round(((track.right - (fill.left + 3)) / track.width) * 100)]
          : null;
      }),
    );
    // The week runs from -6° (Friday night) to 11° (Sunday), measured from the right.
    expect(spans[2]).toEqual([0, 29]);
    expect(spans[4]).toEqual([47, 100]);
  });
});
