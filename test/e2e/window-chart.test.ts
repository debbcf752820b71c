// The weather visuals in the whole window: the current conditions lead, the chart keeps its hour
// through new data, a wide window uses its width, and the diagnostics table keeps words whole.
// Real Chromium, the real renderer, the real engine behind the loopback bridge.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { summariesShown, windowSession } from './window-session.ts';

const session = windowSession({ limits: { minPlaceIntervalMs: 0 } });
const openWith = async (cities: string[]): Promise<Page> => summariesShown(await session.openWith(cities), cities.length);

describe('the window’s weather visuals', { timeout: 45_000 }, () => {
  it('leads with the current conditions and what comes next, and keeps the chosen hour through new data', async () => {
    const page = await openWith(['Berlin']);
    await expect.poll(() => page.getByTestId('coming-next').textContent()).toMatch(/^(Dry|.+) (from (\w{3} )?\d\d:\d\d|for the next 48 hours)$/);
    expect(await page.locator('.lead-feels').textContent()).toMatch(/^Feels like -?\d+°High -?\d+° · Low -?\d+°$/);
    const slider = page.getByRole('slider', { name: 'Hour' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const before = await slider.getAttribute('aria-valuetext');
    const line = page.locator('.chart-svg path.temperature');
    await line.evaluate((path) => path.setAttribute('data-before-refresh', ''));
    await session.harness.service.refresh();
    // The chart was drawn again from the new data…
    await expect.poll(() => line.getAttribute('data-before-refresh')).toBeNull();
    // …and the keyboard is still on it, at the same hour.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('slider');
    expect(await slider.getAttribute('aria-valuenow')).toBe('2');
    expect(await slider.getAttribute('aria-valuetext')).toBe(before);
  });

  it('uses a wide window: the weather beside the places, the chart across the rest', async () => {
    const page = await openWith(['Berlin', 'Tokyo']);
    await page.setViewportSize({ width: 1400, height: 900 });
    const list = await page.locator('#favourites').boundingBox();
    const chart = await page.locator('.chart-frame').boundingBox();
    expect(chart?.x ?? 0).toBeGreaterThan((list?.x ?? 0) + (list?.width ?? 0));
    expect(chart?.width ?? 0).toBeGreaterThan(900);
    await expect.poll(() => page.locator('.chart-svg').getAttribute('width')).toBe(String(Math.round(chart?.width ?? 0)));
  });

  it('breaks no word in the middle in the diagnostics table, however narrow the window', async () => {
    const page = await openWith(['Berlin']);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByRole('tab', { name: 'Diagnostics' }).click();
    await page.locator('.diagnostics table tbody tr').first().waitFor();
    const broken = await page.locator('.diagnostics table').evaluate((table) => {
      const words: string[] = [];
      const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          if (range.getClientRects().length > 1) words.push(match[0]);
        }
      }
      return words;
    });
    expect(broken).toEqual([]);
  });
});
