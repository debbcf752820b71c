// The call budget in the window: the hint beside the refresh interval and the calls used in
// Diagnostics. Real Chromium, the real renderer and engine, the local provider standing in for
// Open-Meteo's public service with a small daily budget.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness/harness.ts';
import { place } from '../support/engine.ts';
import { launchChromium, openPage, type WatchedPage } from './browser.ts';

let harness: Harness;
let browser: Browser;
let current: WatchedPage | null = null;

beforeAll(async () => {
  [harness, browser] = await Promise.all([startHarness({ callBudget: { minute: 300, hour: 4000, day: 100 } }), launchChromium()]);
}, 60_000);
afterAll(async () => {
  await current?.page.close();
  await browser?.close();
  await harness?.close();
});

describe('the window: the call budget', { timeout: 45_000 }, () => {
  it('warns beside the refresh interval when the places would outrun the day, and shows the calls used', async () => {
    for (const city of ['Berlin', 'Tokyo', 'Lima']) harness.service.addFavourite(place(city));
    await expect.poll(() => harness.service.getSnapshots().filter((s) => s.weather).length, { timeout: 10_000 }).toBe(3);
    // Air quality comes with each forecast, on its own queue: counted once it is in.
    await expect.poll(() => harness.service.getExtras().filter((e) => e.airQualityAge.fetchedAt !== null).length, { timeout: 10_000 }).toBe(3);
    current = await openPage(browser, harness.url);
    const { page } = current;

    await page.getByRole('tab', { name: 'Settings' }).click();
    // 3 places x 2.7 calls x 96 refreshes a day x 1.25 = 972 of 100; 100 calls last 148 minutes.
    const hint = page.locator('#interval-hint.warning');
    await hint.waitFor();
    expect(await hint.textContent()).toBe(
      '3 places every 15 minutes need about 972 calls a day, more than the 100 calls a day Skytray allows itself: it would run out after about 2 h 28 min each day. Every 146 minutes or longer fits.',
    );
    await page.getByLabel('Refresh every (minutes)').fill('146');
    await page.getByLabel('Refresh every (minutes)').press('Tab');
    await page.locator('#interval-hint:not(.warning)', { hasText: '3 places every 146 minutes use about 100 of the 100 calls a day' }).waitFor();

    await page.getByRole('tab', { name: 'Diagnostics' }).click();
    const table = page.locator('.diagnostics table', { hasText: 'Open-Meteo calls (weighted), against Skytray’s own limits' });
    await table.waitFor();
    // 8.1 for the three forecasts and 3.2 for their air quality, asked with them from the same budget:
    // Berlin's with pollen (12 variables weigh 1.2), Tokyo's and Lima's without (1 each).
    expect(await table.locator('tbody tr').last().locator('th, td').allTextContents()).toEqual(['Last 24 hours', '11.3', '100']);
    expect(await page.locator('#report').inputValue()).toMatch(
      /Open-Meteo calls \(weighted\): [\d.]+ of 300 in the last minute, [\d.]+ of 4,000 in the last hour, 11\.3 of 100 in the last 24 hours/,
    );
    expect(current.problems, 'console errors or failed requests').toEqual([]);
  });
});
