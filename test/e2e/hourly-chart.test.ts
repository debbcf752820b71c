// The weather visuals in real Chromium, on their own page under the app's policy: the chart's
// keyboard and pointer, its table, the days' range bars, the icons, light and dark, and axe.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { START, sampleWeather } from '../renderer/chart/sample-weather.ts';
import { startChartPage, type ChartPageApi } from './chart-page.ts';
import { axeViolations, browserSession, shotPath } from './window-session.ts';

const NOW = START + 20 * 60_000;

const session = browserSession(startChartPage);

async function open(
  options: { width?: number; scheme?: 'light' | 'dark'; weather?: ReturnType<typeof sampleWeather>; languages?: readonly string[] } = {},
): Promise<Page> {
  const page = await session.open({ colorScheme: options.scheme ?? 'light' });
  await page.setViewportSize({ width: options.width ?? 480, height: 900 });
  await page.evaluate(([w, now, languages]) => (window as unknown as { chartPage: ChartPageApi }).chartPage.show(w, now, languages), [
    options.weather ?? sampleWeather(),
    NOW,
    options.languages,
  ] as const);
  await page.locator('.chart-svg path.temperature').waitFor({ state: 'attached' });
  return page;
}

const slider = (page: Page) => page.getByRole('slider', { name: 'Hour' });
const hourTable = (page: Page) => page.getByRole('table', { name: /Next 48 hours/ });

describe('the weather visuals', { timeout: 45_000 }, () => {
  it('draw 48 hours: both lines, the wet hours’ bars, two nights, the sun’s times and now', async () => {
    const page = await open();
    const svg = page.locator('.chart-svg');
    expect((await svg.locator('path.temperature').getAttribute('d'))?.match(/L/g)).toHaveLength(47);
    expect(await svg.locator('path.feels-like').getAttribute('d')).toMatch(/^M/);
    expect(await svg.locator('rect.bar').count()).toBe(6);
    expect(await svg.locator('rect.night').count()).toBe(2);
    expect(await svg.locator('text.sun-label').allTextContents()).toEqual(['↓16:02', '↑07:41', '↓16:02', '↑07:41']);
    expect(await svg.locator('line.now').count()).toBe(1);
    // Drawn at the width it was given: text stays its size rather than being scaled.
    const box = await svg.boundingBox();
    expect(await svg.getAttribute('viewBox')).toBe(`0 0 ${Math.round(box?.width ?? 0)} 200`);
  });

  it('moves an hour with the arrow keys, to the ends with Home and End, and says the hour', async () => {
    const page = await open();
    await slider(page).focus();
    await expect.poll(() => slider(page).getAttribute('aria-valuenow')).toBe('0');
    expect(await slider(page).getAttribute('aria-valuetext')).toMatch(/^Wed 14:00: Partly cloudy, /);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await slider(page).getAttribute('aria-valuenow')).toBe('3');
    expect(await slider(page).getAttribute('aria-valuetext')).toMatch(/^Wed 17:00: Clear, -?\d+°C, feels like -?\d+°C, 0\.0 mm, 10% chance$/);
    expect(await page.locator('.chart-readout').textContent()).toBe(await slider(page).getAttribute('aria-valuetext'));
    await page.keyboard.press('End');
    expect(await slider(page).getAttribute('aria-valuenow')).toBe('47');
    await page.keyboard.press('ArrowRight');
    expect(await slider(page).getAttribute('aria-valuenow')).toBe('47');
    await page.keyboard.press('Home');
    await page.keyboard.press('PageDown');
    expect(await slider(page).getAttribute('aria-valuetext')).toMatch(/^Wed 20:00: /);
    expect(await page.locator('.chart-cursor').getAttribute('visibility')).toBe('visible');
  });

  it('shows the hour under the pointer', async () => {
    const page = await open();
    const box = await page.locator('.chart-frame').boundingBox();
    if (!box) throw new Error('no chart on the page');
    // The plot starts 34 px in; 48 slots share the rest less 8 px.
    const slot = (box.width - 42) / 48;
    await page.mouse.move(box.x + 34 + slot * 24.5, box.y + 100);
    await expect.poll(() => page.locator('.chart-readout').textContent()).toMatch(/^Thu 14:00: Rain, /);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height + 200);
    await expect.poll(() => page.locator('.chart-cursor').getAttribute('visibility')).toBe('hidden');
  });

  it('writes German words, numbers, weekdays and 24-hour times', async () => {
    const page = await open({ languages: ['de-DE'] });
    expect(await page.locator('.chart-svg text.x-label').allTextContents()).toContain('Do');
    const table = page.getByRole('table', { name: /Nächste 48 Stunden/ });
    expect(await table.locator('tbody tr').nth(24).locator('th, td').allTextContents()).toEqual([
      'Do 14:00',
      'Regen',
      expect.stringMatching(/ °C$/),
      expect.stringMatching(/ °C$/),
      '0,4 mm',
      '80\u00a0%',
    ]);
    expect(await page.locator('.days .day .day-name').nth(1).textContent()).toBe('Do');
    expect(await page.getByRole('slider', { name: 'Stunde' }).getAttribute('aria-valuetext')).toMatch(/^Mi 14:00: /);
  });

  it('writes a 12-hour clock for American English', async () => {
    const page = await open({ languages: ['en-US'] });
    expect(await hourTable(page).locator('tbody tr').nth(24).locator('th').textContent()).toBe('Thu 2:00 PM');
    expect(await page.locator('.chart-svg text.sun-label').allTextContents()).toEqual(['↓4:02 PM', '↑7:41 AM', '↓4:02 PM', '↑7:41 AM']);
  });

  it('has the same forecast as a table, for screen readers and on request', async () => {
    const page = await open();
    const table = page.getByRole('table', { name: /Next 48 hours/ });
    expect(await table.locator('tbody tr').count()).toBe(48);
    expect(await table.locator('tbody tr').nth(24).locator('th, td').allTextContents()).toEqual([
      'Thu 14:00',
      'Rain',
      expect.stringMatching(/°C$/),
      expect.stringMatching(/°C$/),
      '0.4 mm',
      '80%',
    ]);
    const toggle = page.getByRole('button', { name: 'Show table' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const box = page.locator('.chart-table-box');
    expect((await box.boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);
    await toggle.click();
    expect(await page.getByRole('button', { name: 'Hide table' }).getAttribute('aria-expanded')).toBe('true');
    expect((await box.boundingBox())?.height ?? 0).toBeGreaterThan(100);
  });

  it('says how far a shorter forecast reaches', async () => {
    const w = sampleWeather();
    const page = await open({ weather: { ...w, hourly: w.hourly.slice(0, 20) } });
    expect(await page.getByRole('heading', { level: 3 }).first().textContent()).toBe('Next 20 hours');
    expect(
      await page
        .getByRole('table', { name: /^Next 20 hours/ })
        .locator('tbody tr')
        .count(),
    ).toBe(20);
    expect(await slider(page).getAttribute('aria-valuemax')).toBe('19');
  });

  it('places each day’s range on the week’s scale, with icons that load', async () => {
    const page = await open();
    const rows = page.locator('.days .day');
    expect(await rows.count()).toBe(7);
    expect(await rows.first().locator('.day-name').textContent()).toBe('Today');
    const spans = await page.locator('.range-track').evaluateAll((tracks) =>
      tracks.map((t) => {
        const track = t.getBoundingClientRect();
        const fill = t.querySelector('.range-fill')?.getBoundingClientRect();
        return fill ? [Math.round(((fill.left + 3 - track.left) / track.width) * 100), Math.round(((fill.right - 3 - track.left) / track.width) * 100)] : null;
      }),
    );
    // The week runs from -6° (Friday night) to 11° (Sunday).
    expect(spans[2]).toEqual([0, 29]);
    expect(spans[4]).toEqual([47, 100]);
    const icons = await page
      .locator('img.condition-icon')
      .evaluateAll((imgs) =>
        imgs.map((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0 && (i as HTMLImageElement).alt !== ''),
      );
    expect(icons.length).toBe(8);
    expect(icons.every(Boolean)).toBe(true);
  });

  it('animates the large icon only when the system allows motion', async () => {
    const page = await open();
    const source = (): Promise<string> => page.locator('.lead img').evaluate((img) => (img as HTMLImageElement).currentSrc);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect.poll(source).toMatch(/\/icons\/animated\/partly-cloudy-day\.svg$/);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(source).toMatch(/\/icons\/partly-cloudy-day\.svg$/);
  });

  it('draws in the system’s colours when forced colours are on', async () => {
    const page = await open();
    const stroke = (): Promise<string> => page.locator('.chart-svg path.temperature').evaluate((p) => getComputedStyle(p).stroke);
    expect(await stroke()).toBe('rgb(194, 65, 12)');
    await page.emulateMedia({ forcedColors: 'active' });
    await expect.poll(stroke).not.toBe('rgb(194, 65, 12)');
    await page.screenshot({ path: shotPath('chart-480-forced-colors.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('passes an accessibility check at 360, 480 and 900 px and is saved as a screenshot (%s)', async (scheme) => {
    const page = await open({ scheme });
    for (const width of [360, 480, 900]) {
      await page.setViewportSize({ width, height: 900 });
      await expect
        .poll(() => page.locator('.chart-svg').getAttribute('width'))
        .toBe(String(await page.locator('.chart-frame').evaluate((f) => Math.round(f.clientWidth))));
      await page.screenshot({ path: shotPath(`chart-${width}-${scheme}.png`), fullPage: true });
      expect(await axeViolations(page), `${width} px, ${scheme}`).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${width} px: nothing wider than the window`).toBe(0);
    }
  });
});
