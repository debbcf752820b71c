// Air quality, UV and the next two hours in the window, and their settings: real Chromium, the real
// renderer, the real engine behind the loopback bridge, the local provider and its air-quality API.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { precipitationSteps, rainSpells, RAIN_LOOKAHEAD_MS } from '../../main/core/service/rain-spell.ts';
import type { Harness } from '../harness/harness.ts';
import type { OpenOptions } from './browser.ts';
import { axeViolations, leadShown, shotPath, windowSession } from './window-session.ts';

const session = windowSession({ limits: { minPlaceIntervalMs: 0 } });
const openWith = async (city: string, options: OpenOptions = {}): Promise<Page> => leadShown(await session.openWith([city], options));

describe('the window: air quality', { timeout: 45_000 }, () => {
  /** The reading main has for the one favourite: what the window must show. */
  async function reading(): Promise<NonNullable<Awaited<ReturnType<Harness['service']['placeExtras']>>[number]['airQuality']['reading']>> {
    const [extras] = await session.harness.service.placeExtras();
    const r = extras?.airQuality.reading;
    if (!r) throw new Error('no air-quality reading');
    return r;
  }

  it('shows the European index outside the US, with its category, the pollutants and the pollen, in units', async () => {
    const page = await openWith('Berlin', { colorScheme: 'dark' });
    const aqi = page.getByTestId('aqi');
    await aqi.waitFor();
    const r = await reading();
    expect(await aqi.textContent()).toBe(`European AQI${r.europeanAqi} · ${r.europeanCategory?.label}`);
    expect(await aqi.getAttribute('data-level')).toBe(r.europeanCategory?.level);
    // The swatch carries the EEA's own colour for the band.
    const swatch = await aqi.locator('.aqi-swatch').evaluate((el) => getComputedStyle(el).backgroundColor);
    const hex = r.europeanCategory?.colour ?? '';
    expect(swatch).toBe(`rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`);
    const facts = await page
      .locator('.air .fact')
      .evaluateAll((els) => els.map((e) => `${e.querySelector('dt')?.textContent}=${e.querySelector('dd')?.textContent}`));
    expect(facts.slice(0, 4)).toEqual([
      `PM2.5=${r.pm2_5?.toFixed(1)} µg/m³`,
      `PM10=${r.pm10?.toFixed(1)} µg/m³`,
      `O₃=${r.ozone?.toFixed(1)} µg/m³`,
      `NO₂=${r.nitrogenDioxide?.toFixed(1)} µg/m³`,
    ]);
    expect(facts.slice(4)).toHaveLength(Object.keys(r.pollen).length);
    expect(facts.slice(4).every((f) => /^[A-Z][a-z]+=\d+ grains\/m³$/.test(f))).toBe(true);
    await page.setViewportSize({ width: 480, height: 900 });
    await page.locator('.air').scrollIntoViewIfNeeded();
    await page.screenshot({ path: shotPath('air-dark.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the US index for a place in the US, with the EPA’s category, and no pollen where none is given', async () => {
    const page = await openWith('Honolulu');
    const aqi = page.getByTestId('aqi');
    await aqi.waitFor();
    const r = await reading();
    expect(await aqi.textContent()).toBe(`US AQI${r.usAqi} · ${r.usCategory?.label}`);
    expect(await page.locator('.air .pollen').count()).toBe(0);
  });
});

describe('the window: settings for warnings and air quality', { timeout: 45_000 }, () => {
  afterEach(() => {
    const { notifications } = session.harness.service.getSettings();
    session.harness.service.updateSettings({
      airQualityScale: 'auto',
      notifications: { ...notifications, warnings: 'Severe', extremeAlertsIgnoreQuietHours: false },
    });
  });

  it('chooses the air-quality index, which warnings notify and whether Extreme ones break quiet hours', async () => {
    const page = await openWith('Berlin');
    await page
      .getByTestId('aqi')
      .filter({ hasText: /^European AQI/ })
      .waitFor();
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Air quality index').selectOption({ label: 'US (EPA)' });
    await page.getByLabel('Notify me of official warnings').selectOption({ label: 'Extreme only' });
    await page.getByLabel('Extreme warnings may break quiet hours').check();
    await expect
      .poll(() => {
        const s = session.harness.service.getSettings();
        return [s.airQualityScale, s.notifications.warnings, s.notifications.extremeAlertsIgnoreQuietHours];
      })
      .toEqual(['us', 'Extreme', true]);
    expect(await axeViolations(page)).toEqual([]);
    // Berlin's air is now read on the EPA's index.
    await page.getByRole('tab', { name: 'Places' }).click();
    await page
      .getByTestId('aqi')
      .filter({ hasText: /^US AQI\d+ · / })
      .waitFor();
  });
});

/** The WHO's bands (Global Solar UV Index: A Practical Guide, 2002), for the index read as a whole number. */
const whoCategory = (uv: number): string => {
  const whole = Math.round(uv);
  return whole <= 2 ? 'Low' : whole <= 5 ? 'Moderate' : whole <= 7 ? 'High' : whole <= 10 ? 'Very high' : 'Extreme';
};

describe('the window: UV and the next two hours', { timeout: 45_000 }, () => {
  it('gives UV now and today’s highest with the WHO category, and the next two hours as the engine reads them', async () => {
    const page = await openWith('Berlin', { colorScheme: 'light' });
    const uv = page.getByTestId('uv');
    await uv.waitFor();
    const snapshot = session.harness.service.getSnapshots()[0];
    const w = snapshot?.weather;
    if (!w) throw new Error('no weather');
    const now = w.current.uvIndex ?? NaN;
    const max = w.daily.find((d) => d.date === w.current.time.slice(0, 10))?.uvIndexMax ?? NaN;
    expect(await uv.locator('.uv-now').textContent()).toBe(`${Math.round(now)} now · ${whoCategory(now)}`);
    expect(await uv.locator('.uv-max').textContent()).toBe(`Today’s highest ${Math.round(max)} · ${whoCategory(max)}`);
    // The engine's own reading of the same quarter-hours, as its rain-soon notice makes it.
    const at = Date.now();
    const spell = rainSpells(precipitationSteps(w), at, w.timezone).find((s) => s.startsAt - at <= RAIN_LOOKAHEAD_MS);
    const expected = !spell
      ? 'No rain in the next two hours'
      : spell.startsAt <= at
        ? `Rain now, ${spell.intensity}`
        : `Rain from ${spell.start.slice(11, 16)}, ${spell.intensity}`;
    expect(await page.getByTestId('rain-sentence').textContent()).toBe(expected);
    // Berlin is inside ICON-D2's domain: real quarter-hours, a bar for each not over that begins within two hours.
    expect(w.quarterHours?.source).toBe('regional-model');
    const steps = precipitationSteps(w).filter((s) => s.endsAt > at && s.endsAt - s.minutes * 60_000 < at + RAIN_LOOKAHEAD_MS);
    expect(steps.length).toBeGreaterThanOrEqual(8);
    expect(await page.locator('.rain-strip .rain-bar').count()).toBe(steps.length);
    expect(await page.locator('.rain-strip .rain-bar.wet').count()).toBe(steps.filter((s) => (s.mm ?? 0) >= 0.1).length);
    expect(await page.locator('.rain-next .hint').count()).toBe(0);
    await page.setViewportSize({ width: 480, height: 900 });
    await page.screenshot({ path: shotPath('uv-rain-light.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says when the quarter-hours are only the hours spread out', async () => {
    // Tokyo is outside every regional 15-minute model: Open-Meteo interpolates.
    const page = await openWith('Tokyo');
    await page.getByTestId('rain-next').locator('.hint').waitFor();
    expect(await page.getByTestId('rain-next').locator('.hint').textContent()).toBe('From hourly values: when in the hour it starts is a guess.');
    expect(session.harness.service.getSnapshots()[0]?.weather?.quarterHours?.source).toBe('interpolated');
  });
});
