// The About section in real Chromium: the running version from the diagnostics report, the licence
// and home page, the credits the icons' and data's licences ask for (OpenWeatherMap's only while it
// is the weather service), no accessibility violations and no console errors, light and dark.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../main/core/app-version.ts';
import { startHarness } from '../harness/harness.ts';
import { axeViolations, browserSession } from './window-session.ts';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { homepage: string; license: string };

const session = browserSession(() => startHarness());

describe('the window: About', { timeout: 45_000 }, () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows the version, licence, home page and credits, and passes axe (${colorScheme})`, async () => {
      const page = await session.open({ colorScheme });
      await page.getByRole('tab', { name: 'Settings' }).click();
      const about = page.getByRole('region', { name: 'About Skytray' });
      await about.waitFor();
      await expect.poll(() => about.locator('#about-version').textContent()).toBe(`Skytray ${APP_VERSION}`);
      const text = (await about.textContent()) ?? '';
      expect(text).toContain(`under the ${packageJson.license} licence`);
      expect(text).toContain(packageJson.homepage);
      const credits = await about.getByRole('listitem').allTextContents();
      expect(credits.some((c) => c.includes('Meteocons by Bas Milius, MIT licence'))).toBe(true);
      expect(credits.some((c) => c.includes('Weather data by Open-Meteo.com, licensed under CC BY 4.0'))).toBe(true);
      expect(credits.some((c) => c.includes('OpenWeather,'))).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('credits OpenWeatherMap while it is the weather service, and Open-Meteo again after', async () => {
    const page = await session.open();
    await page.getByRole('tab', { name: 'Settings' }).click();
    const credits = page.getByRole('region', { name: 'About Skytray' }).getByRole('listitem');
    await credits.first().waitFor();
    session.server.service.updateSettings({ provider: 'openweathermap' });
    await credits.filter({ hasText: 'Weather data by OpenWeather, licensed under CC BY-SA 4.0' }).waitFor();
    expect(await credits.filter({ hasText: 'Weather data by Open-Meteo.com' }).count()).toBe(0);
    session.server.service.updateSettings({ provider: 'open-meteo' });
    await credits.filter({ hasText: 'Weather data by Open-Meteo.com' }).waitFor();
    expect(await credits.filter({ hasText: 'OpenWeather,' }).count()).toBe(0);
  });
});
