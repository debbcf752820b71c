// The window in the person's language, end to end: real Chromium, the real renderer, the engine
// behind the loopback bridge. Only the English catalogue exists so far, so these tests look at what
// a language changes besides its words: <html lang> and dir, numbers, the clock, place names.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OpenOptions } from './browser.ts';
import { leadShown, windowSession } from './window-session.ts';

// American English unless a test asks otherwise: the first checks read its 12-hour clock.
const session = windowSession({ limits: { minPlaceIntervalMs: 0 } }, { locale: 'en-US' });
beforeEach(() => {
  const { provider, service } = session.harness;
  provider?.resetFaults();
  service.setOnline(true);
  service.updateSettings({ language: null, hourCycle: null, units: 'metric', windUnit: null });
});
/** Favourites added before the window opens, their weather in, then the window. */
async function openWith(cities: string[], options: OpenOptions = {}): Promise<Page> {
  const page = await session.openWith(cities, options);
  return cities.length ? leadShown(page) : page;
}

const html = (page: Page): Promise<[string | null, string | null]> =>
  page.evaluate(() => [document.documentElement.getAttribute('lang'), document.documentElement.getAttribute('dir')]);
const fact = (page: Page, name: string): Promise<string> =>
  page
    .locator(`.fact[data-fact="${name}"] dd`)
    .textContent()
    .then((text) => text ?? '');
/** Tabs and controls by id: their names change with the language. */
const tab = (page: Page, name: 'places' | 'settings'): Promise<void> => page.locator(`#tab-${name}`).click();

describe('the window’s language', { timeout: 45_000 }, () => {
  it('switches language in Settings: <html lang> and dir, numbers and the clock redrawn, each language named in itself', async () => {
    const page = await openWith(['Tokyo']);
    expect(await html(page)).toEqual(['en', 'ltr']);
    // Chromium's own language is American English: a 12-hour clock, a decimal point.
    expect(await fact(page, 'local-time')).toMatch(/^\d{1,2}:\d{2} (AM|PM)$/);
    expect(await fact(page, 'precipitation')).toMatch(/^\d+\.\d mm/);

    await tab(page, 'settings');
    const languages = await page
      .locator('#language option')
      .evaluateAll((options) => options.map((o) => [o.getAttribute('value'), o.textContent, o.getAttribute('lang')]));
    expect(languages).toEqual([
      ['', 'Automatic', null],
      ['en', 'English', 'en'],
      ['de', 'Deutsch', 'de'],
      ['fr', 'Français', 'fr'],
      ['es', 'Español', 'es'],
      ['it', 'Italiano', 'it'],
      ['pt-BR', 'Português (Brasil)', 'pt-BR'],
      ['nl', 'Nederlands', 'nl'],
      ['pl', 'Polski', 'pl'],
      ['ja', '日本語', 'ja'],
      ['zh-Hans', '简体中文', 'zh-Hans'],
      ['ar', 'العربية', 'ar'],
    ]);

    await page.locator('#language').selectOption('de');
    await expect.poll(() => html(page)).toEqual(['de', 'ltr']);
    expect(session.harness.service.getSettings().language).toBe('de');
    // The panel was drawn again with the choice in it.
    expect(await page.locator('#language').inputValue()).toBe('de');
    await tab(page, 'places');
    // German: a decimal comma and the 24-hour clock, without the weather being fetched again.
    await expect.poll(() => fact(page, 'precipitation')).toMatch(/^\d+,\d mm/);
    expect(await fact(page, 'local-time')).toMatch(/^\d{2}:\d{2}$/);

    await tab(page, 'settings');
    await page.locator('#clock').selectOption('h12');
    await tab(page, 'places');
    await expect.poll(() => fact(page, 'local-time')).toMatch(/^\d{1,2}:\d{2}\s\S+$/);
    expect(session.harness.service.getSettings().hourCycle).toBe('h12');

    await tab(page, 'settings');
    await page.locator('#language').selectOption('ar');
    await expect.poll(() => html(page)).toEqual(['ar', 'rtl']);
    await page.locator('#language').selectOption('');
    await expect.poll(() => html(page)).toEqual(['en', 'ltr']);
    expect(session.harness.service.getSettings().language).toBeNull();
  });

  it('follows the browser’s languages while the language is Automatic', async () => {
    const page = await openWith(['Tokyo'], { locale: 'de-DE' });
    expect(await html(page)).toEqual(['de', 'ltr']);
    expect(await fact(page, 'precipitation')).toMatch(/^\d+,\d mm/);
    expect(await fact(page, 'local-time')).toMatch(/^\d{2}:\d{2}$/);
    await tab(page, 'settings');
    expect(await page.locator('#language').inputValue()).toBe('');
  });

  it('Units offer Automatic (by region), which leaves the units to the region', async () => {
    session.harness.service.updateSettings({ units: 'imperial' });
    const page = await openWith(['Tokyo']);
    await tab(page, 'settings');
    expect(await page.locator('input[name="units"][value="imperial"]').isChecked()).toBe(true);
    await page.getByLabel('Automatic (by region)').check();
    await expect.poll(() => session.harness.service.getSettings().unitsChosen).toBe(false);
    expect(await page.locator('input[name="units"][value="auto"]').isChecked()).toBe(true);
  });

  it('Wind speed is chosen apart from the units, and the wind is shown in it', async () => {
    const page = await openWith(['Tokyo']);
    await tab(page, 'settings');
    expect(await page.locator('input[name="wind-unit"][value="km/h"]').isChecked()).toBe(true);
    await page.getByLabel('Metres per second (m/s)').check();
    await expect.poll(() => session.harness.service.getSettings().windUnit).toBe('m/s');
    expect(session.harness.service.getSettings().units).toBe('metric');
    await tab(page, 'places');
    await expect.poll(() => fact(page, 'wind'), { timeout: 15_000 }).toMatch(/m\/s/);
  });
});

describe('place search in the window’s language', { timeout: 45_000 }, () => {
  async function searchFor(page: Page, query: string, name: string): Promise<string> {
    await page.locator('#search').fill(query);
    const option = page.locator('#search-results [role="option"]').filter({ has: page.locator('.name', { hasText: name }) });
    await option.first().waitFor();
    return (await option.first().locator('.where').textContent()) ?? '';
  }

  it('names places in the chosen language, and a favourite keeps the name it was saved with', async () => {
    session.harness.service.updateSettings({ language: 'de' });
    const page = await openWith([]);
    // Found by its English name, named as a German reader knows it.
    expect(await searchFor(page, 'Munich', 'München')).toBe('Bayern, Deutschland');
    await page.locator('#search-results [role="option"]').first().click();
    await page.locator('#favourites li .name', { hasText: 'München' }).waitFor();

    await tab(page, 'settings');
    await page.locator('#language').selectOption('en');
    await expect.poll(() => html(page)).toEqual(['en', 'ltr']);
    await tab(page, 'places');
    // The saved place keeps its German name in English, in the list, the heading and the store.
    expect(await page.locator('#favourites li .name').evaluateAll((els) => els.map((e) => e.firstChild?.textContent))).toEqual(['München']);
    expect(await page.locator('#weather-title').textContent()).toBe('München');
    expect(session.harness.service.listFavourites().map((f) => f.place.name)).toEqual(['München']);
    // A new search is in English now.
    expect(await searchFor(page, 'Münch', 'Munich')).toBe('Bavaria, Germany');

    await tab(page, 'settings');
    await page.locator('#language').selectOption('ja');
    await tab(page, 'places');
    expect(await searchFor(page, 'ミュン', 'ミュンヘン')).toBe('バイエルン州, ドイツ');
  });
});
