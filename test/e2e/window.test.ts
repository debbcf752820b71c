// The window end to end: real Chromium, the real renderer, the real engine behind the loopback
// bridge, the local provider behind that.
import type { OpenOptions } from './browser.ts';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_QUIET_HOURS, REFRESH_MINUTES } from '../../main/core/model/settings.ts';
import { axeViolations, shotPath, summariesShown, windowSession } from './window-session.ts';

// American English unless a test asks otherwise: these tests read its 12-hour clock.
const session = windowSession({ limits: { minPlaceIntervalMs: 0 } }, { locale: 'en-US' });
beforeEach(() => {
  const { provider, service } = session.harness;
  provider?.resetFaults();
  service.setOnline(true);
  if (service.getSettings().units !== 'metric') service.updateSettings({ units: 'metric' });
});
const open = (options: OpenOptions = {}): Promise<Page> => session.open(options);
const openWith = async (cities: string[], options: OpenOptions = {}): Promise<Page> => summariesShown(await session.openWith(cities, options), cities.length);

/** The requests the window made to main since `from` (an earlier length of the list). */
const invokedSince = (from: number): string[] => session.current?.invokes.slice(from) ?? [];
const invokeCount = (): number => session.current?.invokes.length ?? 0;

/** "01:45" as American English writes it: "1:45 AM". */
function twelveHour(hhmm: string): string {
  const [hour = 0, minute = 0] = hhmm.split(':').map(Number);
  return `${hour % 12 || 12}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
}

const names = (page: Page): Promise<string[]> => page.locator('#favourites li .name').evaluateAll((els) => els.map((e) => e.firstChild?.textContent ?? ''));

async function addByTyping(page: Page, query: string, pick: string): Promise<void> {
  await page.locator('#search').fill(query);
  const option = page.locator('#search-results [role="option"]', { hasText: pick }).first();
  await option.waitFor();
  await option.click();
  await page
    .locator('#favourites li', { hasText: pick.split(/(?=[A-Z])/)[0] ?? pick })
    .first()
    .waitFor();
}

describe('the window: finding places and choosing the tray’s', { timeout: 45_000 }, () => {
  it('searches as you type, tells namesakes apart, adds three places and shows their weather in local time', async () => {
    const page = await open();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search');
    const afterStart = invokeCount();
    // Keyboard: type (slowly enough that searches for parts of the word answer in between), arrow
    // down to the second Springfield, Enter.
    await page.keyboard.type('Springfield', { delay: 60 });
    const options = page.locator('#search-results [role="option"]');
    await options.first().waitFor();
    expect(await options.locator('.where').allTextContents()).toEqual([
      'Missouri, United States',
      'Massachusetts, United States',
      'Illinois, United States',
      'Oregon, United States',
    ]);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#search').getAttribute('aria-activedescendant')).toBe('search-option-1');
    await page.keyboard.press('Enter');
    await page.locator('#favourites .where', { hasText: 'Massachusetts' }).waitFor();
    await addByTyping(page, 'Berl', 'Berlin');
    await addByTyping(page, 'Toky', 'Tokyo');
    expect(await names(page)).toEqual(['Springfield', 'Berlin', 'Tokyo']);
    // Each add is one request; the list comes back as an event, and the new place is selected (and
    // its warnings and air quality asked for, as for any place the window shows).
    expect(invokedSince(afterStart).filter((c) => c !== 'places:search' && c !== 'weather:extras')).toEqual([
      'favourites:add',
      'favourites:add',
      'favourites:add',
    ]);
    await expect.poll(() => page.locator('#weather-title').textContent()).toBe('Tokyo');
    await page.locator('#favourites li .summary', { hasText: '°C' }).nth(2).waitFor();

    await page.locator('#favourites li', { hasText: 'Tokyo' }).locator('.select').click();
    await expect.poll(() => page.locator('#weather-title').textContent()).toBe('Tokyo');
    const snapshot = session.harness.service.getSnapshots().find((s) => s.favourite.place.name === 'Tokyo');
    const facts = Object.fromEntries(
      await page
        .locator('.fact')
        .evaluateAll((els) => els.map((e): [string, string] => [e.querySelector('dt')?.textContent ?? '', e.querySelector('dd')?.textContent ?? ''])),
    );
    // The place's own wall clock, on the 12-hour clock of the browser's American English.
    expect(facts['Local time']).toBe(twelveHour(snapshot?.weather?.current.time.slice(11, 16) ?? ''));
    expect(snapshot?.weather?.current.time).toMatch(/\+09:00$/);
    expect(
      await page
        .getByRole('table', { name: /^Next 48 hours/ })
        .locator('tbody tr')
        .count(),
    ).toBe(48);
    expect(await page.getByRole('slider', { name: 'Hour' }).getAttribute('aria-valuetext')).toMatch(
      new RegExp(`^\\w{3} ${twelveHour(snapshot?.weather?.hourly[0]?.time.slice(11, 16) ?? '')}: `),
    );
    expect(await page.locator('.days .day').count()).toBe(7);
    // Every condition icon is a drawing that loaded, with words for those who cannot see it.
    const icons = await page.locator('img.condition-icon').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth > 0));
    expect(icons.length).toBeGreaterThan(7);
    expect(icons.every(Boolean)).toBe(true);
    expect(await page.getByTestId('current-temperature').textContent()).toBe(`${Math.round(snapshot?.weather?.current.temperature ?? NaN)}°C`);
  });

  it('sets the primary place (the tray’s)', async () => {
    const page = await openWith(['Berlin', 'Tokyo']);
    const star = page.locator('#favourites li', { hasText: 'Tokyo' }).locator('.primary');
    expect(await star.getAttribute('aria-pressed')).toBe('false');
    await star.click();
    await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
    expect(session.harness.service.listFavourites().find((f) => f.primary)?.place.name).toBe('Tokyo');
    expect(await page.locator('#favourites li', { hasText: 'Berlin' }).locator('.primary').getAttribute('aria-pressed')).toBe('false');
  });
});

describe('the window: order, removal and Undo', { timeout: 45_000 }, () => {
  it('reorders by keyboard and by drag and drop, and the order is saved', async () => {
    const page = await openWith(['Berlin', 'Tokyo', 'Lima']);
    await page.locator('#favourites li', { hasText: 'Berlin' }).locator('.select').focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => names(page)).toEqual(['Tokyo', 'Berlin', 'Lima']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.textContent ?? '')).toContain('Berlin');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => names(page)).toEqual(['Tokyo', 'Lima', 'Berlin']);
    await page.locator('#favourites li', { hasText: 'Berlin' }).dragTo(page.locator('#favourites li', { hasText: 'Tokyo' }));
    await expect.poll(() => names(page)).toEqual(['Berlin', 'Tokyo', 'Lima']);
    expect(session.harness.service.listFavourites().map((f) => f.place.name)).toEqual(['Berlin', 'Tokyo', 'Lima']);
  });

  it('removes a place, and Undo puts it back where it was, primary and all, each in one request', async () => {
    const page = await openWith(['Berlin', 'Tokyo', 'Lima']);
    const beforeRemove = invokeCount();
    await page.getByRole('button', { name: 'Remove Berlin' }).click();
    await expect.poll(() => names(page)).toEqual(['Tokyo', 'Lima']);
    await page.locator('.toast', { hasText: 'Removed Berlin.' }).waitFor();
    expect(invokedSince(beforeRemove).filter((c) => c !== 'weather:extras')).toEqual(['favourites:remove']);
    const beforeUndo = invokeCount();
    await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => names(page)).toEqual(['Berlin', 'Tokyo', 'Lima']);
    await expect.poll(() => session.harness.service.listFavourites().find((f) => f.primary)?.place.name).toBe('Berlin');
    await expect.poll(() => page.locator('#weather-title').textContent()).toBe('Berlin');
    await page.locator('#favourites li', { hasText: 'Berlin' }).locator('.summary', { hasText: '°' }).waitFor({ timeout: 10_000 });
    expect(invokedSince(beforeUndo).filter((c) => c !== 'weather:extras')).toEqual(['favourites:restore']);
  });
});

describe('the window: weather as it changes', { timeout: 45_000 }, () => {
  it('moves ages on by itself, asking main for nothing', async () => {
    const page = await openWith(['Berlin'], { fakeClock: true });
    await page
      .getByTestId('data-age')
      .filter({ hasText: /^Updated just now$/ })
      .waitFor();
    const before = invokeCount();
    await page.clock.runFor(5 * 60_000);
    await page
      .getByTestId('data-age')
      .filter({ hasText: /^Updated 5 min\. ago$/ })
      .waitFor();
    expect(await page.locator('#status-line').textContent()).toBe('Updated 5 min. ago');
    expect(invokedSince(before)).toEqual([]);
  });

  it('refreshes all with progress', async () => {
    const page = await openWith(['Berlin', 'Tokyo', 'Lima']);
    session.harness.provider?.setFaults({ latencyMs: 400, concurrency: 1 });
    await page.locator('#refresh-all:not([disabled])').waitFor();
    const before = session.harness.provider?.requests.length ?? 0;
    await page.locator('#refresh-all').click();
    await page.locator('#refresh-progress:not([hidden])').waitFor();
    await expect.poll(() => page.locator('#refresh-all').textContent()).toMatch(/^Refreshing \d\/3…$/);
    await expect.poll(() => page.locator('#refresh-all').textContent(), { timeout: 10_000 }).toBe('Refresh all');
    expect(await page.locator('#refresh-progress').isHidden()).toBe(true);
    expect((session.harness.provider?.requests.length ?? 0) - before).toBeGreaterThan(0);
  });

  it('keeps the last data and says what is wrong when the provider fails, and shows the offline state', async () => {
    const page = await openWith(['Berlin']);
    const temperature = await page.getByTestId('current-temperature').textContent();
    session.harness.service.updateSettings({ units: 'imperial' });
    await page.getByTestId('current-temperature').filter({ hasText: '°F' }).waitFor();
    const imperial = await page.getByTestId('current-temperature').textContent();
    session.harness.provider?.setFaults({ always: { status: 503 } });
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    await page
      .locator('.inline-error', { hasText: 'Open-Meteo is having trouble (HTTP 503). Skytray will try again later. Showing the last good data.' })
      .waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('current-temperature').textContent()).toBe(imperial);
    session.harness.service.setOnline(false);
    // The OS says the network is gone (in the app: net.isOnline() false).
    await page.locator('#status-line', { hasText: 'Offline: showing saved weather' }).waitFor();
    await page
      .getByTestId('data-age')
      .filter({ hasText: /^Offline · showing data from/ })
      .waitFor();
    expect(temperature).toMatch(/°C$/);
  });
});

describe('the window: settings, diagnostics and accessibility', { timeout: 45_000 }, () => {
  it('changing units in Settings changes what the window shows', async () => {
    const page = await openWith(['Tokyo']);
    expect(await page.getByTestId('current-temperature').textContent()).toMatch(/°C$/);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Imperial (°F, mph, in)').check();
    await page.getByRole('tab', { name: 'Places' }).click();
    await page.getByTestId('current-temperature').filter({ hasText: '°F' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('.fact', { hasText: 'Wind' }).locator('dd').textContent()).toMatch(/mph/);
    await page.getByRole('tab', { name: 'Settings' }).click();
    // The inputs allow what main accepts: the ranges come from the engine's settings.
    const interval = page.getByLabel('Refresh every (minutes)');
    expect([await interval.getAttribute('min'), await interval.getAttribute('max')]).toEqual([String(REFRESH_MINUTES.min), String(REFRESH_MINUTES.max)]);
    await page.getByLabel(`Quiet from ${twelveHour(DEFAULT_QUIET_HOURS.start)} to ${twelveHour(DEFAULT_QUIET_HOURS.end)}`, { exact: true }).waitFor();
    await page.getByLabel('Refresh every (minutes)').fill('2');
    await page.getByLabel('Refresh every (minutes)').press('Tab');
    await page.locator('#interval-error', { hasText: 'Refresh interval must be a whole number of minutes from 5 to 180.' }).waitFor();
  });

  it('Settings keep the window in the taskbar and choose the log detail; Diagnostics show the log', async () => {
    const page = await openWith(['Berlin']);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Keep the window in the taskbar').check();
    await page.getByLabel('Log detail').selectOption('debug');
    await expect.poll(() => session.harness.service.getSettings()).toMatchObject({ keepWindowInTaskbar: true, logLevel: 'debug' });
    session.harness.service.updateSettings({ keepWindowInTaskbar: false, logLevel: 'info' });
    await page.getByRole('tab', { name: 'Diagnostics' }).click();
    await page.getByRole('button', { name: 'Show log file' }).click();
    await page.locator('.diagnostics [role="status"]', { hasText: 'The browser harness keeps no log file' }).waitFor();
  });

  it('diagnostics show the requests and a report with no secrets in it', async () => {
    const page = await openWith(['Berlin']);
    session.harness.service.updateSettings({ provider: 'openweathermap' });
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('OpenWeatherMap API key').fill('super-secret-key-123');
    await page.getByRole('button', { name: 'Save key' }).click();
    await page.locator('#key-message', { hasText: 'Key saved.' }).waitFor();
    await page.getByRole('button', { name: 'Test key' }).click();
    await page.locator('#key-message', { hasText: 'OpenWeatherMap accepted the key.' }).waitFor();
    await session.harness.service.refresh();
    await page.getByRole('tab', { name: 'Diagnostics' }).click();
    await page.locator('.diagnostics table tbody tr').first().waitFor();
    const report = await page.locator('#report').inputValue();
    expect(report).toContain('appid=REDACTED');
    expect(report).not.toContain('super-secret-key-123');
    expect(await page.locator('.diagnostics tbody th').allTextContents()).toContain('OpenWeatherMap');
    session.harness.service.updateSettings({ provider: 'open-meteo' });
  });

  it.each(['light', 'dark'] as const)('every tab passes an accessibility check at 360, 480 and 900 px and is saved as a screenshot (%s)', async (scheme) => {
    const page = await openWith(['Berlin', 'Tokyo', 'Springfield'], { colorScheme: scheme });
    for (const width of [360, 480, 900]) {
      await page.setViewportSize({ width, height: 900 });
      for (const tab of ['places', 'settings', 'diagnostics'] as const) {
        await page.getByRole('tab', { name: tab[0]!.toUpperCase() + tab.slice(1) }).click();
        if (tab === 'diagnostics') await page.locator('#report').waitFor();
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        await page.screenshot({ path: shotPath(`${tab}-${width}-${scheme}.png`), fullPage: true });
        expect(await axeViolations(page), `${tab} at ${width} px in ${scheme}`).toEqual([]);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
          `${tab} at ${width} px: nothing wider than the window`,
        ).toBe(0);
      }
    }
  });
});
